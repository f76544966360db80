import { type DataSource } from 'typeorm';
import { reach } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, notFound } from '../../core/errors.js';
import { resolveSchoolYear } from '../schooling/school-year.service.js';
import { figuresRule } from './analytics.access.js';
import { AnalyticsErrorReason } from './analytics.errors.js';
import { type SliceInput } from './analytics.types.js';

/** A slice with its codes turned into ids, each checked to be within the viewer's scope. */
export interface ResolvedSlice {
  viewer: Viewer;
  yearId: number;
  yearName: string;
  regionId: number | null;
  provinceId: number | null;
  schoolId: number | null;
  cycle: string | null;
  levelId: number | null;
  gender: string | null;
  milieu: string | null;
  sector: string | null;
  term: string;
}

type Territory = 'region' | 'province' | 'school';

/** The SQL of a territory's region and province ids, by its id parameter ($1). */
const TERRITORY_SQL: Record<Territory, string> = {
  region: 'SELECT r.id, r.id AS region_id, NULL::smallint AS province_id FROM region r WHERE r.code = $1',
  province: 'SELECT p.id, p.region_id, p.id AS province_id FROM province p WHERE p.code = $1',
  school: 'SELECT s.id, p.region_id, s.province_id FROM school s JOIN province p ON p.id = s.province_id WHERE s.code = $1',
};
const WHAT: Record<Territory, string> = { region: 'Region', province: 'Province', school: 'School' };

/** A territory's id by code, when the viewer's figures reach it; NOT_FOUND otherwise (unknown or outside the scope: the same answer). */
async function territoryId(db: DataSource, viewer: Viewer, kind: Territory, code: string): Promise<number> {
  const [row] = await db.query(
    `SELECT t.id, ${reach(figuresRule, viewer, { regionId: 't.region_id', provinceId: 't.province_id' })} AS visible FROM (${TERRITORY_SQL[kind]}) t`,
    [code.trim().toUpperCase()],
  );
  if (!row?.visible) throw notFound(WHAT[kind]);
  return Number(row.id);
}

export async function resolveSlice(db: DataSource, viewer: Viewer, input: SliceInput, yearName = input.year): Promise<ResolvedSlice> {
  const year = await resolveSchoolYear(db, yearName, 'slice.year');
  const regionId = input.regionCode ? await territoryId(db, viewer, 'region', input.regionCode) : null;
  const provinceId = input.provinceCode ? await territoryId(db, viewer, 'province', input.provinceCode) : null;
  const schoolId = input.schoolCode ? await territoryId(db, viewer, 'school', input.schoolCode) : null;
  let levelId: number | null = null;
  if (input.levelCode) {
    const [level] = await db.query('SELECT id, cycle FROM level WHERE code = $1', [input.levelCode.trim().toUpperCase()]);
    if (!level) throw badInput('slice.levelCode', AnalyticsErrorReason.UNKNOWN_LEVEL, `No level has the code ${input.levelCode}`);
    if (input.cycle && level.cycle !== input.cycle) throw badInput('slice.levelCode', AnalyticsErrorReason.SLICE_MISMATCH, `${input.levelCode} is not a level of the ${input.cycle} cycle`);
    levelId = Number(level.id);
  }
  return {
    viewer, yearId: year.id, yearName: year.name, regionId, provinceId, schoolId, levelId,
    cycle: input.cycle ?? null, gender: input.gender ?? null, milieu: input.milieu ?? null, sector: input.sector ?? null, term: input.term ?? 'YEAR',
  };
}

/** The same slice in another school year (trends, next year's flows). */
export const inYear = (slice: ResolvedSlice, yearId: number, yearName: string): ResolvedSlice => ({ ...slice, yearId, yearName });

/** What a cell table can be filtered by beyond its territory, milieu and sector. */
export interface CellShape {
  level: boolean;
  gender: boolean;
}

/**
 * The WHERE conditions of a slice over a cell table (alias c), its values appended to `params`,
 * and the viewer's scope; null when the slice filters on a dimension the table does not have
 * (the figure is then not available, rather than silently unfiltered).
 */
export function sliceWhere(slice: ResolvedSlice, shape: CellShape, params: unknown[], options: { withLevel?: boolean } = {}): string | null {
  const withLevel = options.withLevel ?? true;
  if (!shape.gender && slice.gender) return null;
  if (!shape.level && (slice.levelId || slice.cycle)) return null;
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [`c.school_year_id = ${param(slice.yearId)}`];
  if (slice.regionId) conditions.push(`c.region_id = ${param(slice.regionId)}`);
  if (slice.provinceId) conditions.push(`c.province_id = ${param(slice.provinceId)}`);
  if (slice.schoolId) conditions.push(`c.school_id = ${param(slice.schoolId)}`);
  if (slice.milieu) conditions.push(`c.milieu = ${param(slice.milieu)}`);
  if (slice.sector) conditions.push(`c.sector = ${param(slice.sector)}`);
  if (slice.gender) conditions.push(`c.gender = ${param(slice.gender)}`);
  if (withLevel && slice.cycle) conditions.push(`c.cycle = ${param(slice.cycle)}`);
  if (withLevel && slice.levelId) conditions.push(`c.level_id = ${param(slice.levelId)}`);
  conditions.push(reach(figuresRule, slice.viewer, { regionId: 'c.region_id', provinceId: 'c.province_id' }));
  return conditions.join(' AND ');
}
