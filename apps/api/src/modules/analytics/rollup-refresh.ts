import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { recomputeTarget, setTarget } from './rollup-cells.js';

/** At most this many (school, year) pairs per transaction: short transactions, steady progress. */
const BATCH = 200;
/**
 * One refresher (or rebuild) at a time across every API process: the lock on analytics_setting,
 * taken before the transaction's snapshot (LOCK TABLE takes none), which the indicator queries'
 * reads of the thresholds do not conflict with.
 */
export const REFRESH_LOCK = 'LOCK TABLE analytics_setting IN SHARE ROW EXCLUSIVE MODE';

/** Another refresher holds the lock. */
const isLockBusy = (error: unknown) => (error as { code?: string }).code === '55P03';

export interface RefreshOutcome {
  /** Pairs recomputed; null when another process held the lock. */
  pairs: number | null;
  ms: number;
}

/**
 * Applies the changes queued in analytics_change: recomputes the cells of the changed (school,
 * year) pairs and takes their queue rows off, batch by batch, each batch in one transaction (a
 * failure leaves its rows queued). Rows a transaction commits meanwhile stay for the next round.
 */
export async function refreshAnalytics(db: DataSource): Promise<RefreshOutcome> {
  const started = performance.now();
  let pairs = 0;
  for (;;) {
    // One snapshot per batch (REPEATABLE READ): the queue rows deleted are those visible when the
    // cells were read; a change committed meanwhile keeps its row for the next round.
    const done = await db.transaction('REPEATABLE READ', async (tx) => {
      try {
        await tx.query(`${REFRESH_LOCK} NOWAIT`);
      } catch (error) {
        if (isLockBusy(error)) return null;
        throw error;
      }
      const [{ upto }] = await tx.query('SELECT max(id) AS upto FROM analytics_change');
      if (upto === null) return 0;
      const n = await setTarget((t, p) => tx.query(t, p), `SELECT school_id, school_year_id FROM (SELECT DISTINCT school_id, school_year_id FROM analytics_change WHERE id <= $1) d
        ORDER BY school_year_id, school_id LIMIT ${BATCH}`, [upto]);
      await recomputeTarget((t, p) => tx.query(t, p));
      await tx.query(`DELETE FROM analytics_change q USING analytics_target t
        WHERE q.id <= $1 AND q.school_id = t.school_id AND q.school_year_id = t.school_year_id`, [upto]);
      await tx.query('UPDATE analytics_setting SET refreshed_at = now()');
      return n;
    });
    if (done === null) return { pairs: pairs || null, ms: performance.now() - started };
    pairs += done;
    if (done < BATCH) return { pairs, ms: performance.now() - started };
  }
}

/** How often each API process looks at the queue: a change is in the figures well within a minute. */
export const REFRESH_EVERY_MS = 5_000;

/** Starts the periodic refresh; the returned function stops it (and waits for a round under way). */
export function startAnalyticsRefresher(db: DataSource, log: Logger, everyMs = REFRESH_EVERY_MS): () => Promise<void> {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = refreshAnalytics(db)
      .then((r) => { if (r.pairs) log.info({ pairs: r.pairs, ms: Math.round(r.ms) }, 'analytics refreshed'); })
      .catch((error: unknown) => log.error({ err: error }, 'analytics refresh failed; the changes stay queued'))
      .finally(() => { running = null; });
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
