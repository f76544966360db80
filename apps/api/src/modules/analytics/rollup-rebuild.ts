import type pg from 'pg';
import { DataSource } from 'typeorm';
import { recomputeTarget, setTarget, type Sql, TRUNCATE_CELLS } from './rollup-cells.js';
import { REFRESH_LOCK } from './rollup-refresh.js';

export interface RebuildOutcome {
  pairs: number;
  ms: number;
  tables: Record<string, number>;
}

/** The rebuild's work, in a REPEATABLE READ transaction the caller opened. */
async function rebuildIn(sql: Sql, onTable?: (table: string, ms: number) => void): Promise<Omit<RebuildOutcome, 'ms'>> {
  const tables: Record<string, number> = {};
  await sql(REFRESH_LOCK);
  const [{ upto }] = await sql('SELECT max(id) AS upto FROM analytics_change');
  await sql(TRUNCATE_CELLS);
  const pairs = await setTarget(sql, 'SELECT school_id, school_year_id FROM school_class');
  await recomputeTarget(sql, (table, ms) => {
    tables[table] = Math.round(ms);
    onTable?.(table, ms);
  });
  if (upto !== null) await sql('DELETE FROM analytics_change WHERE id <= $1', [upto]);
  await sql('UPDATE analytics_setting SET refreshed_at = now()');
  return { pairs, tables };
}

/**
 * Recomputes every cell from the source tables (recovery, and after a bulk load, whose COPY into
 * partitions fires no trigger), in one transaction, with the refresher's statements: the same
 * figures, and the refresher waits (the same lock, taken before the snapshot). One snapshot
 * (REPEATABLE READ): the queue rows taken off are exactly those whose changes the statements
 * read; writers are not blocked, and their later rows stay queued.
 */
export async function rebuildAnalytics(db: DataSource | pg.ClientBase, onTable?: (table: string, ms: number) => void): Promise<RebuildOutcome> {
  const started = performance.now();
  let outcome: Omit<RebuildOutcome, 'ms'>;
  if (db instanceof DataSource) {
    outcome = await db.transaction('REPEATABLE READ', (tx) => rebuildIn((t, p) => tx.query(t, p), onTable));
  } else {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      outcome = await rebuildIn(async (t, p) => (await db.query(t, p)).rows, onTable);
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  }
  return { ...outcome, ms: performance.now() - started };
}
