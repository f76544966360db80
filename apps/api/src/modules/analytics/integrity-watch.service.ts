import { type DataSource } from 'typeorm';
import { IntegrityFlag, IntegrityWatch, WatchedSchool } from './integrity-watch.types.js';
import { readSettings } from './indicators.service.js';
import { type ResolvedSlice, sliceWhere } from './slice.js';

// The integrity watch (issue 12, "Beyond the peers"). For each school × cycle of the slice, the
// gap between its pupils' continuous-assessment means and their regional/national exam means
// (analytics_integrity_cell: pupils with both). Each gap is compared with the gaps of the OTHER
// schools of its group — same cycle, milieu and sector, within the slice and so within the
// viewer's territory — leaving the school out so that an inflating school does not widen the band
// it is judged by. A school beyond `band` standard deviations of its group is listed for review.
// A school × cycle with fewer pupils than the suppression threshold is not compared (its averages
// would be about a few pupils); a group needs MIN_GROUP_SCHOOLS others to have a spread at all.

export const MIN_GROUP_SCHOOLS = 5;
/** The list is for review, most deviant first; past this many the slice is too wide to review anyway. */
const MAX_FLAGS = 500;

export async function integrityWatch(db: DataSource, slice: ResolvedSlice): Promise<IntegrityWatch> {
  const settings = await readSettings(db);
  const watch = Object.assign(new IntegrityWatch(), {
    band: settings.integrityBand, minGroupSchools: MIN_GROUP_SCHOOLS, minPupils: settings.minCellPupils, comparedSchools: 0, flagged: [] as IntegrityFlag[],
  });
  const params: unknown[] = [];
  // Per school × cycle only: a level's figures beside its cycle's would give the other levels' by difference.
  const where = sliceWhere({ ...slice, levelId: null }, { level: true, gender: false }, params);
  if (where === null) return watch; // a gender filter: the cells are not split by gender
  params.push(settings.minCellPupils, MIN_GROUP_SCHOOLS, settings.integrityBand, MAX_FLAGS);
  const [k, minOthers, band, max] = [params.length - 3, params.length - 2, params.length - 1, params.length].map((i) => `$${i}`);
  const [row] = await db.query(
    `WITH s AS (
       SELECT c.school_id, c.cycle, c.milieu, c.sector, sum(c.pupils)::int AS pupils,
              (sum(c.continuous_sum) / sum(c.pupils))::float8 AS continuous, (sum(c.exam_sum) / sum(c.pupils))::float8 AS exam
       FROM analytics_integrity_cell c WHERE ${where}
       GROUP BY 1, 2, 3, 4 HAVING sum(c.pupils) >= ${k}
     ), g AS (
       SELECT s.*, s.continuous - s.exam AS gap, count(*) OVER w AS n,
              sum(s.continuous - s.exam) OVER w AS sum_gap, sum((s.continuous - s.exam) ^ 2) OVER w AS sum_sq
       FROM s WINDOW w AS (PARTITION BY s.cycle, s.milieu, s.sector)
     ), o AS (
       -- The others' mean and sample standard deviation, from the group's sums less the school's own.
       SELECT g.*, g.n - 1 AS others, (g.sum_gap - g.gap) / (g.n - 1) AS others_mean,
              sqrt(greatest(((g.sum_sq - g.gap ^ 2) - (g.sum_gap - g.gap) ^ 2 / (g.n - 1)) / (g.n - 2), 0)) AS others_sd
       FROM g WHERE g.n - 1 >= ${minOthers}
     ), f AS (
       SELECT o.*, (o.gap - o.others_mean) / o.others_sd AS deviation, sc.code, sc.name_fr, sc.name_ar, p.code AS province_code
       FROM o JOIN school sc ON sc.id = o.school_id JOIN province p ON p.id = sc.province_id
       WHERE o.others_sd > 0 AND abs(o.gap - o.others_mean) > ${band} * o.others_sd
       ORDER BY abs(o.gap - o.others_mean) / o.others_sd DESC, sc.code LIMIT ${max}
     )
     SELECT (SELECT count(*) FROM o)::int AS compared, coalesce((SELECT json_agg(f ORDER BY abs(f.deviation) DESC, f.code) FROM f), '[]') AS flagged`,
    params,
  );
  const r2 = (x: number) => Math.round(x * 100) / 100;
  watch.comparedSchools = row.compared;
  watch.flagged = (row.flagged as Record<string, never>[]).map((f) => Object.assign(new IntegrityFlag(), {
    school: Object.assign(new WatchedSchool(), { code: f.code, nameFr: f.name_fr, nameAr: f.name_ar, provinceCode: f.province_code }),
    cycle: f.cycle, milieu: f.milieu, sector: f.sector, pupils: f.pupils,
    continuousAverage: r2(f.continuous), examAverage: r2(f.exam), gap: r2(f.gap),
    groupSchools: f.others, groupMeanGap: r2(f.others_mean), groupSpread: r2(f.others_sd), deviation: r2(f.deviation),
  }));
  return watch;
}
