import { type DataSource } from 'typeorm';

// Login attempts from browsers that never logged in to the account are counted in PostgreSQL per
// identifier and per client address over a fixed window, so throttling holds across API replicas.
// A browser that did log in before is throttled by its own counter instead (device.service.ts).
export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_IDENTIFIER = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface ThrottleKeys {
  identifier: string;
  address: string;
}

/** An attempt let through to the password check: the counters' windows it was counted in. */
export interface Admission {
  windows: { key: string; windowStart: Date }[];
}

export type AdmissionResult = { admitted: true; admission: Admission } | { admitted: false; retryAt: Date };

interface CounterRow {
  key: string;
  attempts: number;
  window_start: Date;
  active: boolean;
}

// Milliseconds, so that the window a success takes its attempt back from compares equal in JS.
const WINDOW_START = `date_trunc('milliseconds', now())`;

const limitOf = (key: string) => (key.startsWith('id:') ? MAX_FAILURES_PER_IDENTIFIER : MAX_FAILURES_PER_ADDRESS);

/**
 * Counts this attempt and decides, atomically: the counters are locked (always in key order, so
 * that concurrent attempts cannot deadlock) until the decision is written. An attempt is let
 * through only while every counter is under its limit; a refused one is not counted.
 */
export async function admitAttempt(db: DataSource, { identifier, address }: ThrottleKeys): Promise<AdmissionResult> {
  const keys = [`id:${identifier}`, `ip:${address}`].sort();
  return db.transaction(async (tx) => {
    // Creates or locks each counter; a window that has ended reads as empty.
    const counters: CounterRow[] = await tx.query(
      `INSERT INTO login_throttle AS t (key, window_start) SELECT k, ${WINDOW_START} FROM unnest($1::text[]) AS k ORDER BY k
       ON CONFLICT (key) DO UPDATE SET attempts = t.attempts
       RETURNING key, attempts, window_start, window_start > now() - make_interval(mins => $2) AS active`,
      [keys, WINDOW_MINUTES],
    );
    const full = counters.filter((c) => c.active && c.attempts >= limitOf(c.key));
    if (full.length) {
      // A refused attempt leaves no row behind: a blocked client trying new identifiers must not grow the table.
      await tx.query('DELETE FROM login_throttle WHERE key = ANY($1::text[]) AND attempts = 0', [keys]);
      const last = Math.max(...full.map((c) => c.window_start.getTime()));
      return { admitted: false, retryAt: new Date(last + WINDOW_MINUTES * 60_000) };
    }
    // (WITH … SELECT: TypeORM answers an UPDATE with [rows, count], a SELECT with the rows.)
    const windows: { key: string; window_start: Date }[] = await tx.query(
      `WITH counted AS (
         UPDATE login_throttle SET
           attempts = CASE WHEN window_start > now() - make_interval(mins => $2) THEN attempts + 1 ELSE 1 END,
           window_start = CASE WHEN window_start > now() - make_interval(mins => $2) THEN window_start ELSE ${WINDOW_START} END
         WHERE key = ANY($1::text[]) RETURNING key, window_start
       ) SELECT key, window_start FROM counted`,
      [keys, WINDOW_MINUTES],
    );
    return { admitted: true, admission: { windows: windows.map((w) => ({ key: w.key, windowStart: w.window_start })) } };
  });
}

/**
 * A successful login takes back its own attempt (so that a school's pupils logging in from new
 * browsers do not fill the address's counter) and nothing else: the failures stay counted.
 */
export async function releaseAttempt(db: DataSource, { windows }: Admission): Promise<void> {
  await db.query(
    `UPDATE login_throttle t SET attempts = t.attempts - 1
     FROM unnest($1::text[], $2::timestamptz[]) AS w(key, window_start)
     WHERE t.key = w.key AND t.window_start = w.window_start AND t.attempts > 0`,
    [windows.map((w) => w.key), windows.map((w) => w.windowStart)],
  );
}

/** Counters whose window has ended are useless; called at login time, cheap with the index. */
export async function pruneCounters(db: DataSource): Promise<void> {
  await db.query(`DELETE FROM login_throttle WHERE window_start < now() - make_interval(mins => $1)`, [WINDOW_MINUTES]);
}
