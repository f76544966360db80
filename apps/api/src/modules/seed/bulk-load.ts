import type pg from 'pg';

interface Ddl {
  name: string;
  drop: string;
  create: string;
}

export interface RestoreStep {
  name: string;
  ms: number;
}

/**
 * Prepares empty tables for a bulk load inside the caller's transaction: drops their primary,
 * unique and exclusion keys, their other indexes and every foreign key from or to them, then truncates
 * them (which also lets COPY FREEZE write rows already frozen). Building an index once over the
 * loaded rows, and checking a foreign key with one join, is several times faster than doing it
 * row by row. Everything is put back, from the catalogue's own definitions, by the returned
 * function — in the same transaction, so that a failed load leaves the schema untouched.
 */
export async function prepareBulkLoad(
  db: pg.ClientBase,
  tables: string[],
  truncate: string[],
): Promise<(onStep?: (step: RestoreStep) => void) => Promise<void>> {
  // Exclusion constraints too (timetable clashes): one GiST build beats a GiST insert per row.
  const keys = await constraints(db, tables, "c.contype IN ('p', 'u', 'x') AND c.conrelid = ANY($1::regclass[])");
  const foreign = await constraints(db, tables, "c.contype = 'f' AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[]))");
  const indexes = await plainIndexes(db, tables);
  for (const ddl of [...foreign, ...keys, ...indexes]) await db.query(ddl.drop);
  await db.query(`TRUNCATE ${truncate.join(', ')}`);
  return async (onStep) => {
    for (const ddl of [...keys, ...indexes, ...foreign]) {
      const started = performance.now();
      await db.query(ddl.create);
      onStep?.({ name: ddl.name, ms: performance.now() - started });
    }
  };
}

// Top-level constraints only (conparentid = 0): those of partitions follow their parent's.
async function constraints(db: pg.ClientBase, tables: string[], where: string): Promise<Ddl[]> {
  const { rows } = await db.query(
    `SELECT quote_ident(c.conname) AS name, c.conrelid::regclass::text AS tbl, pg_get_constraintdef(c.oid) AS def
     FROM pg_constraint c WHERE c.conparentid = 0 AND ${where} ORDER BY c.oid`,
    [tables],
  );
  return rows.map((r) => ({
    name: r.name,
    drop: `ALTER TABLE ${r.tbl} DROP CONSTRAINT ${r.name}`,
    create: `ALTER TABLE ${r.tbl} ADD CONSTRAINT ${r.name} ${r.def}`,
  }));
}

// Indexes that back no constraint. On a partitioned table the catalogue prints "ON ONLY", which
// would build the parent index alone: recreated without it, it is built on every partition.
async function plainIndexes(db: pg.ClientBase, tables: string[]): Promise<Ddl[]> {
  const { rows } = await db.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
     ORDER BY i.indexrelid`,
    [tables],
  );
  return rows.map((r) => ({ name: r.name, drop: `DROP INDEX ${r.name}`, create: String(r.def).replace(' ON ONLY ', ' ON ') }));
}
