import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { startTestHttp } from '../../test/http.js';

const ME = JSON.stringify({ query: '{ me { role } }' });

// Past its limit of requests under way, the server refuses the next ones at once instead of queueing them.
describe('HTTP: load shedding', () => {
  let base: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const { db, drop } = await createTestDatabase();
    const http = await startTestHttp(db, pino({ level: 'silent' }), { maxConcurrentRequests: 2 });
    base = http.base;
    stop = async () => {
      await http.stop();
      await drop();
    };
  });
  afterAll(() => stop());

  /** A request whose body is still on its way: it holds one place until `finish` sends the rest. */
  function heldRequest(): { answer: Promise<{ status: number; body: string }>; finish: () => void; abort: () => void } {
    let req: ClientRequest;
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ME) } }, (res: IncomingMessage) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write(ME.slice(0, 5));
    });
    answer.catch(() => {});
    return { answer, finish: () => req.end(ME.slice(5)), abort: () => req.destroy() };
  }

  const post = () => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ME });

  it('answers 503 with Retry-After past the limit, at once, and answers the requests under way', async () => {
    const held = [heldRequest(), heldRequest()];
    // Both held requests reach the server before the third one is sent.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const refused = await post();
    expect(performance.now() - started).toBeLessThan(500);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({
      errors: [{ message: 'The server is busy: try again in a moment', extensions: { code: 'OVERLOADED', reason: 'OVERLOADED' } }],
    });

    held.forEach((h) => h.finish());
    for (const h of held) {
      const { status, body } = await h.answer;
      expect(status).toBe(200);
      expect(JSON.parse(body)).toEqual({ data: { me: null } });
    }
    // The places are free again.
    expect((await post()).status).toBe(200);
  });

  it('frees the place of a client that goes away before its answer', async () => {
    const gone = [heldRequest(), heldRequest()];
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await post()).status).toBe(503);
    gone.forEach((g) => g.abort());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await post()).status).toBe(200);
  });
});
