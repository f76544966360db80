import { type Server } from 'node:http';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shedLoad } from '../../core/http/load-shedding.js';
import { createTestDatabase } from '../../test/database.js';
import { startTestHttp } from '../../test/http.js';

const ME = JSON.stringify({ query: '{ me { role } }' });
const OVERLOADED = { errors: [{ message: 'The server is busy: try again in a moment', extensions: { code: 'OVERLOADED', reason: 'OVERLOADED' } }] };

const post = (base: string, signal?: AbortSignal) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ME, signal });

// Past its limit of requests under way, the server refuses the next ones at once instead of queueing them.
describe('HTTP: load shedding', () => {
  it('refuses GraphQL requests past the limit with 503, Retry-After and OVERLOADED (the real app)', async () => {
    const { db, drop } = await createTestDatabase();
    // A limit of 0: every GraphQL request is past it, whatever else runs on the machine.
    const http = await startTestHttp(db, pino({ level: 'silent' }), { maxConcurrentRequests: 0 });
    try {
      const refused = await post(http.base);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(await refused.json()).toEqual(OVERLOADED);
    } finally {
      await http.stop();
      await drop();
    }
  });

  describe('with two places', () => {
    let base: string;
    let server: Server;
    const waiting: (() => void)[] = [];
    let arrived = 0;

    beforeAll(async () => {
      const app = express();
      // Each request under way waits until the test lets it go.
      app.post('/graphql', shedLoad(2), (_req, res) => {
        arrived++;
        waiting.push(() => res.json({ data: { me: null } }));
      });
      server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      const address = server.address();
      base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    const until = async (n: number) => {
      for (let i = 0; i < 100 && arrived < n; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(arrived).toBe(n);
    };
    const letGo = () => waiting.splice(0).forEach((answer) => answer());

    it('answers 503 at once past the limit, and answers the requests under way', async () => {
      arrived = 0;
      const held = [post(base), post(base)];
      await until(2);
      const started = performance.now();
      const refused = await post(base);
      expect(performance.now() - started).toBeLessThan(500);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(await refused.json()).toEqual(OVERLOADED);
      letGo();
      for (const answer of await Promise.all(held)) expect(answer.status).toBe(200);
      // The places are free again.
      const next = post(base);
      await until(3);
      letGo();
      expect((await next).status).toBe(200);
    });

    it('frees the place of a client that goes away before its answer', async () => {
      arrived = 0;
      const gone = new AbortController();
      const held = [post(base, gone.signal).catch(() => null), post(base, gone.signal).catch(() => null)];
      await until(2);
      expect((await post(base)).status).toBe(503);
      gone.abort();
      await Promise.all(held);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const next = post(base);
      await until(3);
      letGo();
      expect((await next).status).toBe(200);
    });
  });
});
