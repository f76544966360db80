import { createHash } from 'node:crypto';
import argon2 from 'argon2';
import { pino } from 'pino';
import { type DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_DEVICE } from '../../core/auth/device.service.js';
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_IDENTIFIER } from '../../core/auth/throttle.service.js';
import { createTestDatabase } from '../../test/database.js';
import { startTestHttp } from '../../test/http.js';

// Login throttling through the real HTTP stack: guessers are throttled per identifier and per
// address, atomically, but cannot lock out the real user on a browser that logged in before.
describe('HTTP: login throttling with device cookies', () => {
  const PASSWORD = 'secret-pass-1';
  const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { viewer { displayName } } }';
  let db: DataSource;
  let base: string;
  let stop: () => Promise<void>;
  let accounts = 0;
  let addresses = 0;

  beforeAll(async () => {
    const test = await createTestDatabase();
    db = test.db;
    const log = pino({ level: 'silent' });
    // trustProxy: each test plays its own client addresses through X-Forwarded-For.
    const http = await startTestHttp(db, log, { trustProxy: true });
    base = http.base;
    stop = async () => {
      await http.stop();
      await test.drop();
    };
  });
  afterAll(() => stop());

  // argon2id at a small cost: verify reads the cost from the hash, so each of the hundreds of
  // guesses below is checked for real in milliseconds instead of ~0.2 s; throttling does not
  // depend on the cost.
  const hash = argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 });
  async function account(): Promise<string> {
    const email = `user${++accounts}@test.ma`;
    await db.query(`INSERT INTO account (email, password_hash, role, display_name) VALUES ($1, $2, 'MINISTRY', $1)`, [email, await hash]);
    return email;
  }
  const newAddress = () => `10.0.${Math.floor(++addresses / 250)}.${addresses % 250}`;

  /** A browser: its own address and cookie jar (only the device cookie matters here). */
  function browser(address = newAddress()) {
    let device: string | null = null;
    return {
      get device() {
        return device;
      },
      set device(value: string | null) {
        device = value;
      },
      async login(identifier: string, password: string) {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'apollo-require-preflight': 'true',
            'x-forwarded-for': address,
            ...(device ? { cookie: `massar_device=${device}` } : {}),
          },
          body: JSON.stringify({ query: LOGIN, variables: { i: { identifier, password } } }),
        });
        const setCookies = response.headers.getSetCookie();
        const deviceCookie = setCookies.find((c) => c.startsWith('massar_device='));
        if (deviceCookie) device = deviceCookie.split(';')[0].slice('massar_device='.length);
        const body = (await response.json()) as {
          data?: { login: { viewer: { displayName: string } } } | null;
          errors?: { message: string; extensions: { code: string; reason?: string; retryAfterSeconds?: number } }[];
        };
        const error = body.errors?.[0];
        return { ok: !!body.data?.login, code: error?.extensions.code, reason: error?.extensions.reason, error, deviceCookie };
      },
    };
  }
  /** Wrong passwords from fresh browsers (no device cookie) at one address, all checked. */
  async function guess(identifiers: string[], address = newAddress()) {
    const results = await Promise.all(identifiers.map((identifier) => browser(address).login(identifier, 'wrong')));
    expect(results.map((r) => r.reason)).toEqual(identifiers.map(() => 'INVALID_CREDENTIALS'));
  }
  const times = (n: number, identifier: string) => Array.from({ length: n }, () => identifier);

  it('counts the address the proxy saw, not the ones a client writes into X-Forwarded-For', async () => {
    const proxySaw = newAddress();
    const identifiers = await Promise.all(Array.from({ length: MAX_FAILURES_PER_ADDRESS }, () => account()));
    // Each guess claims another origin before the address the (one trusted) proxy appended.
    await Promise.all(identifiers.map((identifier, i) => browser(`203.0.113.${i}, ${proxySaw}`).login(identifier, 'wrong')));
    const next = await browser(`198.51.100.7, ${proxySaw}`).login(await account(), 'wrong');
    expect(next.reason).toBe('RATE_LIMITED');
  });

  it('counts an IPv6 client by its /64, so that a new address in the same prefix buys no new guesses', async () => {
    const identifiers = await Promise.all(Array.from({ length: MAX_FAILURES_PER_ADDRESS }, () => account()));
    await Promise.all(identifiers.map((identifier, i) => browser(`2001:db8:77:1::${(i + 1).toString(16)}`).login(identifier, 'wrong')));
    expect((await browser('2001:db8:77:1:ffff::9').login(await account(), 'wrong')).reason).toBe('RATE_LIMITED');
    expect((await browser('2001:db8:77:2::1').login(await account(), 'wrong')).reason).toBe('INVALID_CREDENTIALS');
  });

  it('keeps no counter for the identifiers a blocked address goes on trying', async () => {
    const blocked = newAddress();
    await guess(await Promise.all(Array.from({ length: MAX_FAILURES_PER_ADDRESS }, () => account())), blocked);
    const rows = async () => (await db.query('SELECT count(*)::int AS n FROM login_throttle'))[0].n as number;
    const before = await rows();
    const tries = await Promise.all(Array.from({ length: 20 }, (_, i) => browser(blocked).login(`nobody${i}@spray.ma`, 'wrong')));
    expect(tries.map((t) => t.reason)).toEqual(tries.map(() => 'RATE_LIMITED'));
    expect(await rows()).toBe(before);
  });

  it('sets a long-lived httpOnly device cookie on a successful login, stored only as a hash', async () => {
    const email = await account();
    const home = browser();
    const { ok, deviceCookie } = await home.login(email, PASSWORD);
    expect(ok).toBe(true);
    expect(deviceCookie).toMatch(/HttpOnly/i);
    expect(deviceCookie).toMatch(/SameSite=Strict/i);
    expect(deviceCookie).toMatch(/Path=\/graphql/);
    const expires = new Date(/Expires=([^;]+)/i.exec(deviceCookie!)![1]);
    expect(expires.getTime() - Date.now()).toBeGreaterThan(90 * 86_400_000);
    const token = home.device!;
    expect(token).toMatch(/^[\w-]{43}$/);
    const rows: { token_hash: Buffer; email: string }[] = await db.query(
      'SELECT d.token_hash, a.email FROM login_device d JOIN account a ON a.id = d.account_id WHERE a.email = $1',
      [email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash.equals(createHash('sha256').update(token).digest())).toBe(true);
  });

  it('lets the real user in from a browser that logged in before, after 5 failures by others; a new browser is throttled', async () => {
    const email = await account();
    const home = browser();
    expect((await home.login(email, PASSWORD)).ok).toBe(true);
    await guess(times(MAX_FAILURES_PER_IDENTIFIER, email));

    const attacker = await browser().login(email, PASSWORD);
    expect(attacker).toMatchObject({ ok: false, code: 'RATE_LIMITED', reason: 'RATE_LIMITED' });
    expect(attacker.error?.message).toMatch(/try again in 1[345] minutes/);
    expect(attacker.error?.extensions.retryAfterSeconds).toBeGreaterThan(12 * 60);
    expect(attacker.error?.extensions.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);

    expect((await home.login(email, PASSWORD)).ok).toBe(true);
    // Logging in again renews the device cookie; the new one keeps working.
    expect((await home.login(email, PASSWORD)).ok).toBe(true);
    // The real user's success cleared nothing: new browsers are still throttled.
    expect((await browser().login(email, PASSWORD)).code).toBe('RATE_LIMITED');
  });

  it('lets the real user in from a known browser behind an address that 30 failures locked; successes do not count', async () => {
    const school = newAddress();
    const email = await account();
    const staffRoom = browser(school);
    expect((await staffRoom.login(email, PASSWORD)).ok).toBe(true);
    // Pupils logging in from the computer room's new browsers take back their attempts...
    for (const pupil of [await account(), await account()]) expect((await browser(school).login(pupil, PASSWORD)).ok).toBe(true);
    // ...so the address still has its 30 failures for a pupil guessing accounts from the shared connection.
    await guess(Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_v, i) => `nobody${i}@test.ma`), school);
    const colleague = await account();
    const locked = await browser(school).login(colleague, PASSWORD);
    expect(locked.code).toBe('RATE_LIMITED');
    expect(locked.error?.message).toMatch(/try again in 1[345] minutes/);
    expect((await browser().login(colleague, PASSWORD)).ok).toBe(true); // from home
    expect((await staffRoom.login(email, PASSWORD)).ok).toBe(true);
  });

  it('keeps counting a user’s own failures after a success from a new browser', async () => {
    const email = await account();
    await guess(times(MAX_FAILURES_PER_IDENTIFIER - 1, email));
    expect((await browser().login(email, PASSWORD)).ok).toBe(true);
    await guess(times(1, email));
    expect((await browser().login(email, PASSWORD)).code).toBe('RATE_LIMITED');
  });

  it('refuses concurrent wrong guesses past the limit without checking them', async () => {
    const email = await account();
    const address = newAddress();
    const results = await Promise.all(Array.from({ length: 20 }, () => browser(address).login(email, 'wrong')));
    const reasons = results.map((r) => r.reason);
    expect(reasons.filter((r) => r === 'INVALID_CREDENTIALS')).toHaveLength(MAX_FAILURES_PER_IDENTIFIER);
    expect(reasons.filter((r) => r === 'RATE_LIMITED')).toHaveLength(20 - MAX_FAILURES_PER_IDENTIFIER);
  });

  it('refuses concurrent guesses from one address past its limit', async () => {
    const address = newAddress();
    const results = await Promise.all(Array.from({ length: MAX_FAILURES_PER_ADDRESS + 10 }, (_v, i) => browser(address).login(`spray${i}@test.ma`, 'wrong')));
    const reasons = results.map((r) => r.reason);
    expect(reasons.filter((r) => r === 'INVALID_CREDENTIALS')).toHaveLength(MAX_FAILURES_PER_ADDRESS);
    expect(reasons.filter((r) => r === 'RATE_LIMITED')).toHaveLength(10);
  });

  it('gives a copied device cookie its own, bounded, budget of guesses', async () => {
    const email = await account();
    const home = browser();
    expect((await home.login(email, PASSWORD)).ok).toBe(true);
    await guess(times(MAX_FAILURES_PER_IDENTIFIER, email));
    const thief = browser();
    thief.device = home.device;
    const results = await Promise.all(Array.from({ length: MAX_FAILURES_PER_DEVICE + 10 }, () => thief.login(email, 'wrong')));
    const reasons = results.map((r) => r.reason);
    // The identifier is locked: past the device's budget, the thief is a new browser like any other.
    expect(reasons.filter((r) => r === 'INVALID_CREDENTIALS')).toHaveLength(MAX_FAILURES_PER_DEVICE);
    expect(reasons.filter((r) => r === 'RATE_LIMITED')).toHaveLength(10);
    expect((await thief.login(email, PASSWORD)).code).toBe('RATE_LIMITED');
  });

  it('renews the device on each success, so that an older copy of the cookie stops helping', async () => {
    const email = await account();
    const home = browser();
    expect((await home.login(email, PASSWORD)).ok).toBe(true);
    const copied = home.device;
    expect((await home.login(email, PASSWORD)).ok).toBe(true);
    expect(home.device).not.toBe(copied);
    await guess(times(MAX_FAILURES_PER_IDENTIFIER, email));
    const thief = browser();
    thief.device = copied;
    expect((await thief.login(email, PASSWORD)).code).toBe('RATE_LIMITED');
    expect((await home.login(email, PASSWORD)).ok).toBe(true);
  });

  it('trusts a device cookie only for the account it was issued to, and keeps one per account on a shared browser', async () => {
    const parent = await account();
    const pupil = await account();
    const other = await account();
    const familyPhone = browser();
    expect((await familyPhone.login(parent, PASSWORD)).ok).toBe(true);
    expect((await familyPhone.login(pupil, PASSWORD)).ok).toBe(true);
    expect(familyPhone.device?.split('.')).toHaveLength(2);
    await guess(times(MAX_FAILURES_PER_IDENTIFIER, parent));
    await guess(times(MAX_FAILURES_PER_IDENTIFIER, pupil));
    await guess(times(MAX_FAILURES_PER_IDENTIFIER, other));
    expect((await familyPhone.login(other, PASSWORD)).code).toBe('RATE_LIMITED');
    expect((await familyPhone.login(parent, PASSWORD)).ok).toBe(true);
    expect((await familyPhone.login(pupil, PASSWORD)).ok).toBe(true);
  });
});
