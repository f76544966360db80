import { type DataSource } from 'typeorm';

// Failed logins are counted in PostgreSQL per identifier and per client address, over a
// sliding window, so throttling holds across API replicas.
const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_IDENTIFIER = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface ThrottleKeys {
  identifier: string;
  address: string;
}

const keys = ({ identifier, address }: ThrottleKeys) => [`id:${identifier}`, `ip:${address}`];

export async function isThrottled(db: DataSource, k: ThrottleKeys): Promise<boolean> {
  const [row] = await db.query(
    `SELECT count(*) FILTER (WHERE key = $1)::int AS by_identifier, count(*) FILTER (WHERE key = $2)::int AS by_address
     FROM login_failure WHERE key = ANY(ARRAY[$1, $2]) AND failed_at > now() - make_interval(mins => $3)`,
    [...keys(k), WINDOW_MINUTES],
  );
  return row.by_identifier >= MAX_FAILURES_PER_IDENTIFIER || row.by_address >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordFailure(db: DataSource, k: ThrottleKeys): Promise<void> {
  const [a, b] = keys(k);
  await db.query('INSERT INTO login_failure (key) VALUES ($1), ($2)', [a, b]);
}

export async function clearFailures(db: DataSource, k: ThrottleKeys): Promise<void> {
  await db.query('DELETE FROM login_failure WHERE key = $1', [keys(k)[0]]);
}

/** Old rows are useless once outside the window; called at login time, cheap with the index. */
export async function pruneFailures(db: DataSource): Promise<void> {
  await db.query(`DELETE FROM login_failure WHERE failed_at < now() - make_interval(mins => $1)`, [WINDOW_MINUTES]);
}
