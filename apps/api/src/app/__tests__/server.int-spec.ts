import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config.js';
import { createTestDatabase } from '../../test/database.js';
import { DEMO_ACCOUNTS, DEMO_NATIONAL_STUDENTS, DEMO_PASSWORD } from '../demo/demo-seed.js';
import { startServer } from '../server.js';

const log = pino({ level: 'silent' });

describe('startServer on a DATABASE_URL', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('stops with one clear line when PostgreSQL is unreachable', async () => {
    const config = { ...loadConfig({}), port: 0, databaseUrl: 'postgres://massar:x@127.0.0.1:9/massar' };
    await expect(startServer(config, log)).rejects.toThrow(/^cannot reach PostgreSQL at 127\.0\.0\.1:9/);
  });

  it('seeds demo mode once, and every demo account can log in', async () => {
    const { url, drop } = await createTestDatabase();
    cleanups.push(drop);
    const config = { ...loadConfig({}), port: 0, databaseUrl: url };
    const first = await startServer(config, log);
    expect(first.demoSeeded).toBe(true);
    // A national slice around the demo school: every region has schools and pupils.
    const [slice] = await first.db.query(
      `SELECT count(DISTINCT p.region_id)::int AS regions, (SELECT count(*) FROM enrolment)::int AS pupils
       FROM school sc JOIN province p ON p.id = sc.province_id`,
    );
    expect(slice.regions).toBe(12);
    expect(slice.pupils).toBeGreaterThan(DEMO_NATIONAL_STUDENTS);
    for (const account of DEMO_ACCOUNTS) {
      const response = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: `mutation { login(input: { identifier: "${account.email}", password: "${DEMO_PASSWORD}" }) { viewer { role } } }` }),
      });
      const body = (await response.json()) as { data: { login: { viewer: { role: string } } } };
      expect(body.data.login.viewer.role).toBe(account.role);
    }
    await first.stop();
    const second = await startServer(config, log);
    expect(second.demoSeeded).toBe(false);
    await second.stop();
  });
});
