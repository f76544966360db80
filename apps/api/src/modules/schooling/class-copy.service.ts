import { type EntityManager } from 'typeorm';
import { type SchoolYearDates } from './school-calendar.js';

export interface CopiedClasses {
  /** Names of the classes made for the target year. */
  created: string[];
  /** Names of the source year's classes a class of the target year already bears: left as they are. */
  existing: string[];
}

/**
 * Next year's classes from this year's (the start-of-year rollover): same name, level, stream
 * and capacity, unless the target year already holds a class of that name. One statement, in the
 * caller's transaction; a concurrent copy of the same school waits on the unique name, then skips.
 */
export async function copyClassesToYear(tx: EntityManager, schoolId: number, fromYearId: number, toYearId: number): Promise<CopiedClasses> {
  const rows: { name: string; created: boolean }[] = await tx.query(
    `WITH source AS (SELECT c.name, c.level_id, c.stream_id, c.capacity FROM school_class c WHERE c.school_id = $1 AND c.school_year_id = $2),
     made AS (
       INSERT INTO school_class (school_id, school_year_id, level_id, stream_id, name, capacity)
       SELECT $1, $3, s.level_id, s.stream_id, s.name, s.capacity FROM source s
       WHERE NOT EXISTS (SELECT 1 FROM school_class t WHERE t.school_id = $1 AND t.school_year_id = $3 AND t.name = s.name)
       ORDER BY s.name
       ON CONFLICT (school_id, school_year_id, name) DO NOTHING
       RETURNING name
     )
     SELECT s.name, EXISTS (SELECT 1 FROM made m WHERE m.name = s.name) AS created FROM source s ORDER BY s.name`,
    [schoolId, fromYearId, toYearId],
  );
  return { created: rows.filter((r) => r.created).map((r) => r.name), existing: rows.filter((r) => !r.created).map((r) => r.name) };
}

/**
 * A school year that exists only inside the caller's transaction, for a preview that is rolled
 * back (a dry-run rollover into a year not created yet). Its id is negative, taken from the
 * backend's pid, so that previews burn no value of the smallint identity and two sessions'
 * drafts do not collide; it has no partition of its own, so the enrolments written in the
 * preview land in enrolment's default partition, and vanish with the rollback.
 */
export async function draftSchoolYear(tx: EntityManager, dates: SchoolYearDates): Promise<number> {
  const [row]: { id: number }[] = await tx.query(
    `INSERT INTO school_year (id, name, starts_on, ends_on) OVERRIDING SYSTEM VALUE
     VALUES (-1 - pg_backend_pid() % 32000, $1, $2, $3) RETURNING id`,
    [dates.name, dates.startsOn, dates.endsOn],
  );
  return row.id;
}
