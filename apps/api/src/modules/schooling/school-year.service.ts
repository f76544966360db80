import { type DataSource } from 'typeorm';
import { badInput } from '../../core/errors.js';
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

/** A school year by name (2025-2026), or the current one when no name is given. */
export async function resolveSchoolYear(db: DataSource, name: string | undefined, field = 'year'): Promise<SchoolYear> {
  if (name !== undefined && !/^\d{4}-\d{4}$/.test(name)) throw badInput(field, 'INVALID_YEAR', 'A school year looks like 2025-2026');
  const year = name ? await db.getRepository(SchoolYear).findOneBy({ name }) : await currentSchoolYear(db);
  if (!year) throw badInput(field, 'UNKNOWN_YEAR', `No school year ${name ?? ''} exists`.trim());
  return year;
}

/** Creates a school year with its two terms and its enrolment partition. */
export async function createSchoolYear(db: DataSource, name: string): Promise<SchoolYear> {
  const start = Number(name.slice(0, 4));
  if (!/^\d{4}-\d{4}$/.test(name) || Number(name.slice(5)) !== start + 1) throw badInput('name', 'INVALID_YEAR', 'A school year looks like 2025-2026');
  return db.transaction(async (tx) => {
    const [row] = await tx.query(
      `INSERT INTO school_year (name, starts_on, ends_on) VALUES ($1, $2, $3) RETURNING id`,
      [name, `${start}-09-01`, `${start + 1}-06-30`],
    );
    // S1 ends with January, S2 runs to the end of June (Moroccan school calendar).
    await tx.query(
      `INSERT INTO term (school_year_id, code, starts_on, ends_on) VALUES ($1, 'S1', $2, $3), ($1, 'S2', $4, $5)`,
      [row.id, `${start}-09-01`, `${start + 1}-01-31`, `${start + 1}-02-01`, `${start + 1}-06-30`],
    );
    await tx.query('SELECT create_school_year_partitions($1::smallint)', [row.id]);
    return tx.getRepository(SchoolYear).findOneByOrFail({ id: row.id });
  });
}
