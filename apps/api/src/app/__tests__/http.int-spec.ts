import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../core/auth/password.js';
import { MAX_FAILURES_PER_IDENTIFIER } from '../../core/auth/throttle.service.js';
import { REDACTED_PATHS } from '../../core/logger.js';
import { createTestDatabase } from '../../test/database.js';
import { startTestHttp } from '../../test/http.js';
import { factories } from '../../test/factories.js';

// Sessions, cookies, CSRF prevention, throttling and logging through the real HTTP stack.
describe('HTTP: login, session, logout', () => {
  let base: string;
  let stop: () => Promise<void>;
  let pupilCode: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    const { db, drop } = await createTestDatabase();
    const f = factories(db);
    const school = await f.school();
    const pupil = await f.student({ classId: await f.schoolClass(school.id) });
    pupilCode = pupil.code;
    const hash = await hashPassword('secret-pass-1');
    await db.query(`INSERT INTO account (email, password_hash, role, display_name, school_id) VALUES ('dir@test.ma', $1, 'DIRECTOR', 'Directrice Test', $2)`, [hash, school.id]);
    await db.query(`INSERT INTO account (email, password_hash, role, display_name) VALUES ('locked@test.ma', $1, 'MINISTRY', 'Analyste')`, [hash]);
    await db.query(`INSERT INTO account (password_hash, role, display_name, student_id) VALUES ($1, 'PUPIL', 'Élève', $2)`, [hash, pupil.id]);
    const sink = new Writable({ write: (chunk, _enc, done) => { logLines.push(String(chunk)); done(); } });
    const log = pino({ level: 'debug', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    const http = await startTestHttp(db, log);
    base = http.base;
    stop = async () => {
      await http.stop();
      await drop();
    };
  });
  afterAll(() => stop());

  async function gql(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes vary per query
    return { response, body: (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] } };
  }
  const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { viewer { role displayName scope { kind code } } } }';

  it('logs in by e-mail with an httpOnly session cookie, answers me, and logs out', async () => {
    const { response, body } = await gql(LOGIN, { i: { identifier: 'DIR@test.ma ', password: 'secret-pass-1' } });
    expect(body.data.login.viewer).toMatchObject({ role: 'DIRECTOR', displayName: 'Directrice Test', scope: { kind: 'SCHOOL' } });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/massar_session=[\w-]{20,}/);
    expect(setCookie).toMatch(/HttpOnly/i);
    const cookie = setCookie.split(';')[0];
    expect((await gql('{ me { role } }', {}, cookie)).body.data.me.role).toBe('DIRECTOR');
    const out = await gql('mutation { logout }', {}, cookie);
    expect(out.body.data.logout).toBe(true);
    expect((await gql('{ me { role } }', {}, cookie)).body.data.me).toBeNull();
  });

  it('logs a pupil in by code Massar', async () => {
    const { body } = await gql(LOGIN, { i: { identifier: pupilCode.toLowerCase(), password: 'secret-pass-1' } });
    expect(body.data.login.viewer.role).toBe('PUPIL');
  });

  it('answers a wrong password with UNAUTHENTICATED, then RATE_LIMITED after repeated failures', async () => {
    const wrong = await gql(LOGIN, { i: { identifier: 'locked@test.ma', password: 'nope' } });
    expect(wrong.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    for (let i = 1; i < MAX_FAILURES_PER_IDENTIFIER; i++) await gql(LOGIN, { i: { identifier: 'locked@test.ma', password: 'nope' } });
    const right = await gql(LOGIN, { i: { identifier: 'locked@test.ma', password: 'secret-pass-1' } });
    expect(right.body.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ me { role } }')}`);
    expect(response.status).toBe(400);
  });

  it('never writes a password, a session token or a cookie to the log', async () => {
    const { response } = await gql(LOGIN, { i: { identifier: 'dir@test.ma', password: 'secret-pass-1' } });
    const token = (response.headers.get('set-cookie') ?? '').split(';')[0].split('=')[1];
    await gql('{ me { role } }', {}, `massar_session=${token}`);
    const all = logLines.join('');
    expect(all).toContain('"requestId"');
    expect(all).not.toContain('secret-pass-1');
    expect(all).not.toContain(token);
  });

  it('serves liveness and readiness', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('rejects queries deeper than the limit', async () => {
    const nested = Array.from({ length: 8 }, () => 'provinces { region {').join(' ');
    const deep = `{ regions { ${nested} code ${'} } '.repeat(8)} } }`;
    const { body } = await gql(deep);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    expect(JSON.stringify(body.errors)).toMatch(/depth/i);
    expect(body.data).toBeUndefined();
  });
});
