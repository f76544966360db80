import { type DataSource } from 'typeorm';
import { reach, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/errors.js';
import { resolveSchoolYear } from '../schooling/school-year.service.js';
import { provinceFiguresRule, regionFiguresRule, schoolFiguresRule } from './support.access.js';
import { SupportFigure } from './support.types.js';

export interface FiguresArgs { year: string; regionCode?: string; provinceCode?: string; schoolCode?: string }

/** The id of a territory by its code, visible under its figures rule, else NOT_FOUND (a missing code answers the same). */
async function territoryId(db: DataSource, viewer: Viewer, table: 'region' | 'province' | 'school', code: string): Promise<number> {
  const [row] = await db.query(`SELECT id FROM ${table} WHERE code = $1`, [code.trim().toUpperCase()]);
  const what = table === 'region' ? 'Region' : table === 'province' ? 'Province' : 'School';
  if (!row) throw notFound(what);
  const rule = table === 'region' ? regionFiguresRule : table === 'province' ? provinceFiguresRule : schoolFiguresRule;
  await requireVisible(db, viewer, rule, [row.id], what);
  return Number(row.id);
}

/**
 * Counts and amounts per programme for a year, over the schools named (a region, a province, a
 * school: the intersection when several) within the viewer's scope, else all of its scope: the
 * nation for the ministry, an academy, a directorate, a school's own staff. No pupil is named;
 * one statement, grouped by programme (every programme answers, with 0 when none).
 */
export async function supportFigures(db: DataSource, viewer: Viewer, args: FiguresArgs): Promise<SupportFigure[]> {
  const year = await resolveSchoolYear(db, args.year);
  const region = args.regionCode ? await territoryId(db, viewer, 'region', args.regionCode) : null;
  const province = args.provinceCode ? await territoryId(db, viewer, 'province', args.provinceCode) : null;
  const school = args.schoolCode ? await territoryId(db, viewer, 'school', args.schoolCode) : null;
  const rows: { programme_id: number; beneficiaries: number; amount: string | null; cash: boolean }[] = await db.query(
    `SELECT p.id AS programme_id, count(f.id)::int AS beneficiaries, sum(f.amount_mad) AS amount, p.kind = 'CASH' AS cash
     FROM support_programme p
     LEFT JOIN (
       SELECT b.id, b.programme_id, am.amount_mad FROM support_beneficiary b
       JOIN school sc ON sc.id = b.school_id JOIN province pr ON pr.id = sc.province_id
       LEFT JOIN support_programme_amount am ON am.programme_id = b.programme_id AND am.level_id = b.level_id
       WHERE b.school_year_id = $1 AND ($2::smallint IS NULL OR pr.region_id = $2) AND ($3::int IS NULL OR sc.province_id = $3) AND ($4::int IS NULL OR sc.id = $4)
         AND ${reach(schoolFiguresRule, viewer, 'b.school_id')}
     ) f ON f.programme_id = p.id
     GROUP BY p.id ORDER BY p.id`,
    [year.id, region, province, school],
  );
  return rows.map((r) => Object.assign(new SupportFigure(), {
    programmeId: r.programme_id, beneficiaries: r.beneficiaries, amountPerPeriod: r.cash ? Number(r.amount ?? 0) : null,
  }));
}
