import { type DataSource } from 'typeorm';
import { type Context } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { ScopeKind } from '../../core/auth/grants.js';
import { AnalyticsErrorReason } from './analytics.errors.js';
import { Dimension, IndicatorRow, Indicators } from './analytics.types.js';
import { type Group, groupFigures } from './indicators.service.js';
import { type ResolvedSlice, inYear } from './slice.js';

export function indicatorsOf(slice: ResolvedSlice, by: Dimension | null, key: string | null): Indicators {
  return Object.assign(new Indicators(), { year: slice.yearName, of: { slice, by, key } });
}

interface Label { key: string; code: string; isoCode: string | null; nameFr: string; nameAr: string }

/** Names of the values of the dimensions that are enums (the apps word them per locale too). */
const ENUM_NAMES: Partial<Record<Dimension, Record<string, [string, string]>>> = {
  [Dimension.CYCLE]: { PRIMARY: ['Primaire', 'الابتدائي'], MIDDLE: ['Collège', 'الإعدادي'], SECONDARY: ['Lycée', 'التأهيلي'] },
  [Dimension.GENDER]: { F: ['Filles', 'إناث'], M: ['Garçons', 'ذكور'] },
  [Dimension.MILIEU]: { URBAN: ['Urbain', 'حضري'], RURAL: ['Rural', 'قروي'] },
  [Dimension.SECTOR]: { PUBLIC: ['Public', 'عمومي'], PRIVATE: ['Privé', 'خصوصي'] },
};

const LABEL_SQL: Partial<Record<Dimension, string>> = {
  [Dimension.REGION]: 'SELECT id::text AS key, code, iso_code, name_fr, name_ar FROM region WHERE id::text = ANY($1)',
  [Dimension.PROVINCE]: 'SELECT id::text AS key, code, iso_code, name_fr, name_ar FROM province WHERE id::text = ANY($1)',
  [Dimension.SCHOOL]: 'SELECT id::text AS key, code, NULL AS iso_code, name_fr, name_ar FROM school WHERE id::text = ANY($1)',
  [Dimension.LEVEL]: 'SELECT id::text AS key, code, NULL AS iso_code, name_fr, name_ar FROM level WHERE id::text = ANY($1)',
};

async function labels(db: DataSource, by: Dimension, keys: string[]): Promise<Label[]> {
  const sql = LABEL_SQL[by];
  if (sql) {
    const rows: { key: string; code: string; iso_code: string | null; name_fr: string; name_ar: string }[] = await db.query(sql, [keys]);
    return rows.map((r) => ({ key: r.key, code: r.code, isoCode: r.iso_code, nameFr: r.name_fr, nameAr: r.name_ar }));
  }
  const names = ENUM_NAMES[by] ?? {};
  return keys.map((key) => ({ key, code: key, isoCode: null, nameFr: names[key]?.[0] ?? key, nameAr: names[key]?.[1] ?? key }));
}

/**
 * The rows of a breakdown: every value of the dimension with pupils in the slice (within the
 * viewer's scope, which the cells' statement applies), ordered by code. Each row's indicators read
 * the same grouped statements, run once for all rows; `asked`: the groups the rows' fields read.
 */
export async function breakdownRows(ctx: Context, slice: ResolvedSlice, by: Dimension, asked: Iterable<Group> = []): Promise<IndicatorRow[]> {
  // The nation's 12,000 schools in one answer would be megabytes: a school list is per territory.
  const national = slice.viewer.grants.some((g) => g.scope.kind === ScopeKind.NATION);
  if (by === Dimension.SCHOOL && national && !slice.regionId && !slice.provinceId && !slice.schoolId) {
    throw badInput('by', AnalyticsErrorReason.SLICE_TOO_WIDE, 'A breakdown by school needs a region or a province');
  }
  // The rows' fields would ask their groups only once the rows (the pupils' group) and their
  // labels are read: asked now, they are computed alongside. Their errors come with the fields.
  for (const group of asked) groupFigures(ctx, slice, by, group).catch(() => {});
  const keys = [...(await groupFigures(ctx, slice, by, 'pupils')).keys()];
  const rows = await labels(ctx.db, by, keys);
  return rows
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((l) => Object.assign(new IndicatorRow(), {
      code: l.code, isoCode: l.isoCode, nameFr: l.nameFr, nameAr: l.nameAr, indicators: indicatorsOf(slice, by, l.key),
    }));
}

/** The slice in every school year up to its own with figures, oldest first. */
export async function trendYears(db: DataSource, slice: ResolvedSlice): Promise<Indicators[]> {
  const years: { id: number; name: string }[] = await db.query(
    `SELECT y.id, y.name FROM school_year y
     WHERE y.starts_on <= (SELECT starts_on FROM school_year WHERE id = $1)
       AND EXISTS (SELECT 1 FROM analytics_pupil_cell c WHERE c.school_year_id = y.id)
     ORDER BY y.starts_on`,
    [slice.yearId],
  );
  return years.map((y) => indicatorsOf(inYear(slice, Number(y.id), y.name), null, null));
}
