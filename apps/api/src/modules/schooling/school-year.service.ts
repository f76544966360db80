import { LRUCache } from 'lru-cache';
import { type DataSource } from 'typeorm';
import { perDatabase } from '../../core/database/per-database.js';
import { badInput } from '../../core/errors.js';
import { schoolYearDates } from './school-calendar.js';
import { SchoolingErrorReason } from './schooling.errors.js';
import { SchoolYear } from './school-year.entity.js';

/** The school year under way today, else the latest one. */
export async function currentSchoolYear(db: DataSource): Promise<SchoolYear | null> {
  return db
    .getRepository(SchoolYear)
    .createQueryBuilder('y')
    .orderBy('(y.starts_on <= current_date)', 'DESC')
    .addOrderBy('y.starts_on', 'DESC')
    .getOne();
}

/**
 * School years change once a year, and nearly every request names one: each replica remembers
 * them for a minute (per database), and forgets them when it creates a year itself.
 */
const YEAR_MEMORY_MS = 60_000;
const yearsOf = perDatabase(() => new LRUCache<string, SchoolYear>({ max: 100, ttl: YEAR_MEMORY_MS }));

/** A school year by name (2025-2026), or the current one when no name is given. */
export async function resolveSchoolYear(db: DataSource, name: string | undefined, field = 'year'): Promise<SchoolYear> {
  if (name !== undefined && !/^\d{4}-\d{4}$/.test(name)) throw badInput(field, SchoolingErrorReason.INVALID_YEAR, 'A school year looks like 2025-2026');
  const known = yearsOf(db).get(name ?? '');
  if (known) return known;
  const year = name ? await db.getRepository(SchoolYear).findOneBy({ name }) : await currentSchoolYear(db);
  if (!year) throw badInput(field, SchoolingErrorReason.UNKNOWN_YEAR, `No school year ${name ?? ''} exists`.trim());
  yearsOf(db).set(name ?? '', Object.freeze(year));
  return year;
}

/** The school year with its two terms and its partitions, created when missing. */
export async function ensureSchoolYear(db: DataSource, name: string): Promise<SchoolYear> {
  let dates;
  try {
    dates = schoolYearDates(name);
  } catch {
    throw badInput('name', SchoolingErrorReason.INVALID_YEAR, 'A school year looks like 2025-2026');
  }
  const created = await db.transaction(async (tx) => {
    await tx.query('INSERT INTO school_year (name, starts_on, ends_on) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [
      name, dates.startsOn, dates.endsOn,
    ]);
    const year = await tx.getRepository(SchoolYear).findOneByOrFail({ name });
    await tx.query(
      `INSERT INTO term (school_year_id, code, starts_on, ends_on) VALUES ($1, 'S1', $2, $3), ($1, 'S2', $4, $5)
       ON CONFLICT (school_year_id, code) DO NOTHING`,
      [year.id, ...dates.s1, ...dates.s2],
    );
    await tx.query('SELECT create_school_year_partitions($1::smallint)', [year.id]);
    return year;
  });
  // After the commit: a request in between would remember the year before.
  yearsOf(db).clear();
  return created;
}
