import type pg from 'pg';
import { type SchoolYearDates, schoolYearDates } from '../schooling/school-calendar.js';
import { YEAR_PARTITIONED, type YearPartitioned } from './rows.js';

/** Creates the school year, its terms and its partitions when missing. */
export async function ensureSchoolYear(
  db: pg.ClientBase, name: string,
): Promise<{ id: number; partitions: Record<YearPartitioned, string>; dates: SchoolYearDates }> {
  const dates = schoolYearDates(name);
  await db.query(
    'INSERT INTO school_year (name, starts_on, ends_on) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING',
    [name, dates.startsOn, dates.endsOn],
  );
  const { rows } = await db.query('SELECT id FROM school_year WHERE name = $1', [name]);
  const id = Number(rows[0].id);
  for (const [code, [from, to]] of [['S1', dates.s1], ['S2', dates.s2]] as const) {
    await db.query(
      'INSERT INTO term (school_year_id, code, starts_on, ends_on) VALUES ($1, $2, $3, $4) ON CONFLICT (school_year_id, code) DO NOTHING',
      [id, code, from, to],
    );
  }
  await db.query('SELECT create_school_year_partitions($1::smallint)', [id]);
  const partitions = {} as Record<YearPartitioned, string>;
  for (const table of YEAR_PARTITIONED) partitions[table] = await partitionOf(db, table, id);
  return { id, partitions, dates };
}

// Found by its bound rather than by name, so a change of naming in the migration cannot break it.
async function partitionOf(db: pg.ClientBase, table: YearPartitioned, yearId: number): Promise<string> {
  const { rows } = await db.query(
    `SELECT c.oid::regclass::text AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = $2::regclass AND pg_get_expr(c.relpartbound, c.oid) = $1`,
    [`FOR VALUES IN ('${yearId}')`, table],
  );
  if (rows.length !== 1) throw new Error(`no ${table} partition for school year ${yearId}`);
  return rows[0].name;
}
