import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../core/http/app.js';
import { createApolloServer } from '../../core/http/graphql-server.js';
import { createTestDatabase } from '../../test/database.js';
import { getSchema } from '../schema.js';

// The headers every response carries, through the real HTTP stack, on an app page and the API.
describe('HTTP: security headers', () => {
  const servers: { base: string; close: () => Promise<void> }[] = [];
  let plain: string;
  let https: string;
  let stop: () => Promise<void>;
  const spaDir = mkdtempSync(join(tmpdir(), 'massar-spa-'));

  beforeAll(async () => {
    writeFileSync(join(spaDir, 'index.html'), '<!doctype html><html><head><script type="module" src="/staff/assets/app.js"></script></head><body></body></html>');
    const { db, drop } = await createTestDatabase();
    const log = pino({ level: 'silent' });
    const apollo = createApolloServer(await getSchema(), log);
    await apollo.start();
    for (const secureCookies of [false, true]) {
      const app = createApp({ db, apollo, log, secureCookies, trustProxy: false, sessionDays: 1, spas: [{ path: '/staff', dir: spaDir }] });
      const server = await new Promise<Server>((resolve) => { const s = app.listen(0, () => resolve(s)); });
      const address = server.address();
      servers.push({ base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => new Promise((r) => server.close(() => r())) });
    }
    [plain, https] = servers.map((s) => s.base);
    stop = async () => {
      for (const s of servers) await s.close();
      await apollo.stop();
      await drop();
      rmSync(spaDir, { recursive: true, force: true });
    };
  });
  afterAll(() => stop());

  const directives = (csp: string | null) => new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  it('sends a Content-Security-Policy, anti-framing, nosniff and Referrer-Policy on an app page', async () => {
    const response = await fetch(`${plain}/staff/classes/1`);
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('style-src')).toContain("'self'");
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends the same headers on the API and on refusals', async () => {
    const requests: RequestInit[] = [
      { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body: JSON.stringify({ query: '{ me { role } }' }) },
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' },
    ];
    for (const init of requests) {
      const response = await fetch(`${plain}/graphql`, init);
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('sends HSTS only when served over HTTPS in production', async () => {
    expect((await fetch(`${plain}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    expect((await fetch(`${https}/healthz`)).headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
  });

  it('serves no landing page that loads outside scripts on GET /graphql from a browser', async () => {
    const response = await fetch(`${plain}/graphql`, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(/<script|<html|cdn\.|apollographql/i);
    expect(JSON.parse(text).errors[0].extensions.code).toBeTruthy();
  });
});
