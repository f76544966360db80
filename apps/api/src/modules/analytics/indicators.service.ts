import { LRUCache } from 'lru-cache';
import pLimit from 'p-limit';
import { type DataSource } from 'typeorm';
import { reach } from '../../core/auth/rules.js';
import { type Context, perRequest } from '../../core/context.js';
import { perDatabase } from '../../core/database/per-database.js';
import { cellColumns, figuresRule } from './analytics.access.js';
import { AnalyticsSettings, Dimension, Figure } from './analytics.types.js';
import { parentsOf, suppressLikeParents, suppressTable, type Table } from './consistent-suppression.js';
import { AVERAGE_BINS, CLASS_SIZE_BOUNDS } from './rollup-cells.js';
import { type CellShape, type ResolvedSlice, inYear, sliceWhere } from './slice.js';
import { complementary, countFigure, figure, notAvailable, rateFigure, round, suppressedFigure, untilNothingMoreHidden } from './suppression.js';

// The indicators, read from the roll-up cells: each group of figures is one SUM over the cells of
// the slice (grouped by the breakdown's dimension, if any), run once per request and shared by
// every row and field that needs it. Figures are built with the suppression rules, then the
// breakdown's rows are suppressed complementarily, figure by figure.

/** The figures of one row of a group, by name (e.g. `enrolled`, `bins.3`, `support.2.coverage`). */
export type RowFigures = Record<string, Figure>;
/** A group's rows by key (the dimension's value as text; `all` without a breakdown). */
export type GroupFigures = Map<string, RowFigures>;

export const ALL = 'all';

const KEY_SQL: Record<Dimension, string> = {
  [Dimension.REGION]: 'c.region_id',
  [Dimension.PROVINCE]: 'c.province_id',
  [Dimension.SCHOOL]: 'c.school_id',
  [Dimension.CYCLE]: 'c.cycle',
  [Dimension.LEVEL]: 'c.level_id',
  [Dimension.GENDER]: 'c.gender',
  [Dimension.MILIEU]: 'c.milieu',
  [Dimension.SECTOR]: 'c.sector',
};

const PUPILS: CellShape = { level: true, gender: true };
const CLASSES: CellShape = { level: true, gender: false };
const SCHOOLS: CellShape = { level: false, gender: false };

/** Whether a table of this shape can be grouped by the dimension. */
const groupable = (by: Dimension | null, shape: CellShape) =>
  !(by === Dimension.GENDER && !shape.gender) && !((by === Dimension.LEVEL || by === Dimension.CYCLE) && !shape.level);

const keySql = (by: Dimension | null) => (by ? `(${KEY_SQL[by]})::text` : `'${ALL}'`);

export async function readSettings(db: DataSource): Promise<AnalyticsSettings> {
  const [s] = await db.query('SELECT min_cell_pupils, overcrowded_above, integrity_band, refreshed_at FROM analytics_setting');
  return Object.assign(new AnalyticsSettings(), {
    minCellPupils: s.min_cell_pupils, overcrowdedAbove: s.overcrowded_above, integrityBand: Number(s.integrity_band), refreshedAt: s.refreshed_at,
  });
}

const n = (x: unknown) => Number(x ?? 0);

/**
 * At most this many analytics statements at a time per API process and database: a cold
 * drill-down asks its parents' breakdowns at once (dozens of statements), which must not take
 * every connection of the pool from the logins and grade entries queued behind them.
 */
const ANALYTICS_STATEMENTS = 4;
const statementSlots = perDatabase(() => pLimit(ANALYTICS_STATEMENTS));
const statement = (db: DataSource, sql: string, params: unknown[]): Promise<Record<string, unknown>[]> =>
  statementSlots(db)(() => db.query(sql, params));

/**
 * The roll-up a slice reads: without a school, and not broken down by school, the provinces'
 * rows (the school cells summed per province, milieu and sector: the same sums over far fewer
 * rows); the school cells otherwise.
 */
type Rollup = 'pupil' | 'result' | 'class' | 'school' | 'support';
const ROLLUPS: Record<Rollup, { cells: string; provinces: string }> = {
  pupil: { cells: 'analytics_pupil_cell', provinces: 'analytics_pupil_province' },
  result: { cells: 'analytics_result_cell', provinces: 'analytics_result_province' },
  class: { cells: 'analytics_class_cell', provinces: 'analytics_class_province' },
  school: { cells: 'analytics_school_cell', provinces: 'analytics_school_province' },
  // The province rows carry the programme's cash flag; a school's cells join the programme for it.
  support: {
    cells: '(SELECT s.*, p.kind = \'CASH\' AS cash FROM analytics_support_cell s JOIN support_programme p ON p.id = s.programme_id)',
    provinces: 'analytics_support_province',
  },
};
const rollupOf = (slice: ResolvedSlice, by: Dimension | null, rollup: Rollup): string =>
  (slice.schoolId === null && by !== Dimension.SCHOOL ? ROLLUPS[rollup].provinces : ROLLUPS[rollup].cells);

/** A statement's rows: the breakdown's (or the slice's own, key `all`), and with a breakdown the slice's own total from the same scan. */
interface Read {
  rows: Record<string, unknown>[];
  whole: Record<string, unknown>[] | null;
}

/**
 * Splits a statement's rows grouped by GROUPING SETS into the breakdown's and the total's (its
 * `whole` column), the total keyed `all`; a total over no cell at all is no row, as without a breakdown.
 */
function splitWhole(rows: Record<string, unknown>[], by: Dimension | null): Read {
  if (by === null) return { rows, whole: null };
  return {
    rows: rows.filter((r) => !r.whole),
    whole: rows.filter((r) => r.whole && Number(r.cells) > 0).map((r) => ({ ...r, key: ALL })),
  };
}

/** GROUP BY the key (and the extra key); with a breakdown, also the extra key alone: the slice's total, in the same scan. */
function groupBy(by: Dimension | null, key: string, extraKey: string): string {
  const extra = extraKey ? `, ${extraKey}` : '';
  return by === null ? `GROUP BY 1${extra ? ', 2' : ''}` : `GROUP BY GROUPING SETS ((${key}${extra}), (${extraKey}))`;
}

/** Runs a grouped statement over a cell table; null when the slice or the breakdown does not apply to it. */
async function grouped(db: DataSource, slice: ResolvedSlice, by: Dimension | null, shape: CellShape, from: (table: string) => string,
  rollup: Rollup, measures: string, extraKey = ''): Promise<Read | null> {
  if (!groupable(by, shape)) return null;
  const params: unknown[] = [];
  const where = sliceWhere(slice, shape, params);
  if (where === null) return null;
  const extra = extraKey ? `, ${extraKey}` : '';
  const whole = by === null ? 'false' : `grouping(${KEY_SQL[by]}) = 1`;
  const rows = await statement(db, `SELECT ${keySql(by)} AS key${extra}, ${whole} AS whole, count(*) AS cells, ${measures}
    FROM ${from(rollupOf(slice, by, rollup))} c WHERE ${where} ${groupBy(by, KEY_SQL[by as Dimension], extraKey)}`, params);
  return splitWhole(rows, by);
}

/** A group's figures: the breakdown's rows, and with a breakdown the slice's own (null: not read with them). */
export interface Built {
  rows: GroupFigures;
  whole: GroupFigures | null;
}

/** Builds a group's figures from its statement's rows, for the breakdown and for the total alike. */
function built(read: Read | null, build: (rows: Record<string, unknown>[]) => GroupFigures): Built {
  return { rows: build(read?.rows ?? []), whole: read?.whole ? build(read.whole) : null };
}

/** The pupils behind each figure of a group's rows, for the suppression of the tables they are cells of. */
const SIZES = new WeakMap<GroupFigures, Map<string, Record<string, number>>>();

/** Complementary suppression of each figure name across the rows. */
function suppressAcross(rows: GroupFigures, sizes: Map<string, Record<string, number>>, k: number): void {
  SIZES.set(rows, sizes);
  if (rows.size < 2) return;
  const names = new Set([...rows.values()].flatMap((r) => Object.keys(r)));
  for (const name of names) {
    const keys = [...rows.keys()].filter((k) => rows.get(k)![name]);
    complementary(keys.map((key) => rows.get(key)![name]), keys.map((key) => sizes.get(key)?.[name] ?? 0), k);
  }
}

/** Enrolment, new entrants, repeaters, attendance and the enrolment parity index. */
async function pupilsGroup(ctx: Context, slice: ResolvedSlice, by: Dimension | null): Promise<Built> {
  const read = await grouped(ctx.db, slice, by, PUPILS, (t) => t, 'pupil', `sum(c.enrolled) AS enrolled, sum(c.new_entrants) AS new_entrants,
    sum(c.repeaters) AS repeaters, sum(c.scheduled_minutes) AS scheduled, sum(c.absent_minutes) AS absent, sum(c.justified_minutes) AS justified,
    coalesce(sum(c.enrolled) FILTER (WHERE c.gender = 'F'), 0) AS girls, coalesce(sum(c.enrolled) FILTER (WHERE c.gender = 'M'), 0) AS boys`);
  const k = await requestThreshold(ctx);
  return built(read, (rows) => {
    const out: GroupFigures = new Map();
    const sizes = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const enrolled = n(r.enrolled);
      const [girls, boys] = [n(r.girls), n(r.boys)];
      out.set(String(r.key), {
        enrolled: countFigure(enrolled, k),
        newEntrants: countFigure(n(r.new_entrants), k),
        repeaters: countFigure(n(r.repeaters), k),
        absenceRate: rateFigure(n(r.absent), n(r.scheduled), [enrolled], k),
        justifiedShare: rateFigure(n(r.justified), n(r.absent), [enrolled], k),
        hoursAbsent: n(r.scheduled) > 0 ? figure(round(n(r.absent) / 60, 1), [enrolled], k) : notAvailable(),
        enrolmentParityIndex: boys > 0 ? figure(round(girls / boys, 3), [girls, boys], k) : notAvailable(),
      });
      sizes.set(String(r.key), { enrolled, newEntrants: n(r.new_entrants), repeaters: n(r.repeaters), absenceRate: enrolled, justifiedShare: enrolled,
        hoursAbsent: enrolled, enrolmentParityIndex: Math.min(girls, boys) });
    }
    suppressAcross(out, sizes, k);
    return out;
  });
}

/** The next school year after the slice's, when it has pupils: the reconstructed cohort needs it. Once per request. */
function nextYear(ctx: Context, yearId: number): Promise<{ id: number; name: string } | null> {
  return perRequest(ctx, `analytics:next-year:${yearId}`, async () => {
    const [row] = await ctx.db.query(
      `SELECT y.id, y.name FROM school_year y WHERE y.starts_on > (SELECT starts_on FROM school_year WHERE id = $1)
         AND EXISTS (SELECT 1 FROM analytics_pupil_cell c WHERE c.school_year_id = y.id)
       ORDER BY y.starts_on LIMIT 1`,
      [yearId],
    );
    return row ? { id: Number(row.id), name: row.name } : null;
  });
}

/**
 * Promotion, repetition and dropout rates of year t by the reconstructed cohort method (UNESCO
 * UIS, "Education Indicators: Technical Guidelines", 2009, promotion/repetition/dropout rates by
 * grade): over the levels g of the slice with a next level in the same cycle,
 *   promotion p = Σ (E(g+1, t+1) − R(g+1, t+1)) / Σ E(g, t),
 *   repetition r = Σ R(g, t+1) / Σ E(g, t),   dropout d = 1 − p − r,
 * with E the enrolled pupils and R the repeaters, the same slice in t+1. The last level of a cycle
 * has no rate here: its pupils move to another cycle (often another school), or graduate.
 */
async function flowsGroup(ctx: Context, slice: ResolvedSlice, by: Dimension | null): Promise<Built> {
  const none: Built = { rows: new Map(), whole: null };
  const next = await nextYear(ctx, slice.yearId);
  if (!next) return none;
  const params: unknown[] = [];
  const current = sliceWhere(slice, PUPILS, params);
  const following = sliceWhere(inYear(slice, next.id, next.name), PUPILS, params, { withLevel: false });
  if (current === null || following === null) return none;
  // By level, next year's rows are keyed by their own level: they join on the level alone.
  const sameKey = (alias: string) => (by === Dimension.LEVEL ? '' : ` AND ${alias}.key = t.key`);
  const rows = await statement(ctx.db,
    `WITH t AS (
       SELECT ${keySql(by)} AS key, c.level_id, sum(c.enrolled) AS e FROM ${rollupOf(slice, by, 'pupil')} c
       JOIN level lv ON lv.id = c.level_id JOIN level nx ON nx.id = lv.next_level_id AND nx.cycle = lv.cycle
       WHERE ${current} GROUP BY 1, 2),
     n AS (
       SELECT ${keySql(by)} AS key, c.level_id, sum(c.enrolled) AS e, sum(c.repeaters) AS r FROM ${rollupOf(slice, by, 'pupil')} c WHERE ${following} GROUP BY 1, 2)
     SELECT t.key, sum(t.e) AS e, sum(coalesce(np.e - np.r, 0)) AS promoted, sum(coalesce(nr.r, 0)) AS repeated
     FROM t JOIN level lv ON lv.id = t.level_id
     LEFT JOIN n np ON np.level_id = lv.next_level_id${sameKey('np')}
     LEFT JOIN n nr ON nr.level_id = t.level_id${sameKey('nr')}
     GROUP BY t.key`,
    params,
  );
  const k = await requestThreshold(ctx);
  // Not the slice's total too: a row's next year joins on its own key (a school's pupils next year
  // at its own next level), so the rows do not add up to the slice's flows (a school opened this
  // year has no row, its pupils count in the slice).
  return built({ rows, whole: null }, (part) => {
    const out: GroupFigures = new Map();
    const sizes = new Map<string, Record<string, number>>();
    for (const r of part) {
      const [e, promoted, repeated] = [n(r.e), n(r.promoted), n(r.repeated)];
      const dropped = Math.max(0, e - promoted - repeated);
      // The three rates add up to 1 over the same pupils: any one small flow hides all three. Their
      // count is not given: it is the slice's pupils but those of the cycles' last levels, which a
      // level breakdown may hide.
      const counts = [e, promoted, repeated, dropped];
      const rate = (x: number) => Object.assign(rateFigure(x, e, counts, k), { count: null });
      out.set(String(r.key), { promotionRate: rate(promoted), repetitionRate: rate(repeated), dropoutRate: rate(dropped) });
      const least = Math.min(...[promoted, repeated, dropped].map((x) => (x > 0 ? x : Infinity)));
      const flowSize = Number.isFinite(least) ? least : 0;
      sizes.set(String(r.key), { promotionRate: flowSize, repetitionRate: flowSize, dropoutRate: flowSize });
    }
    suppressAcross(out, sizes, k);
    return out;
  });
}

const binSums = Array.from({ length: AVERAGE_BINS }, (_, i) => `sum(c.bins[${i + 1}]) AS bin${i}`).join(', ');

/** Published results: average of the general averages, share ≥ 10, their distribution, the success parity index. */
async function resultsGroup(ctx: Context, slice: ResolvedSlice, by: Dimension | null): Promise<Built> {
  const term = slice.term === 'S1' ? 'S1' : slice.term === 'S2' ? 'S2' : 'YEAR';
  const read = await grouped(ctx.db, slice, by, PUPILS, (t) => `(SELECT * FROM ${t} WHERE term = '${term}')`, 'result',
    `sum(c.results) AS results, sum(c.average_sum) AS average_sum, sum(c.at_least_10) AS at_least_10, ${binSums},
     coalesce(sum(c.results) FILTER (WHERE c.gender = 'F'), 0) AS girls, coalesce(sum(c.at_least_10) FILTER (WHERE c.gender = 'F'), 0) AS girls_10,
     coalesce(sum(c.results) FILTER (WHERE c.gender = 'M'), 0) AS boys, coalesce(sum(c.at_least_10) FILTER (WHERE c.gender = 'M'), 0) AS boys_10`);
  const k = await requestThreshold(ctx);
  return built(read, (rows) => {
    const out: GroupFigures = new Map();
    const sizes = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const results = n(r.results);
      const [girls, boys, girls10, boys10] = [n(r.girls), n(r.boys), n(r.girls_10), n(r.boys_10)];
      const row: RowFigures = {
        averageOfAverages: rateFigure(n(r.average_sum), results, [results], k, 2),
        atLeast10Share: rateFigure(n(r.at_least_10), results, [results, n(r.at_least_10), results - n(r.at_least_10)], k),
        successParityIndex: girls > 0 && boys > 0 && boys10 > 0
          ? figure(round((girls10 / girls) / (boys10 / boys), 3), [girls, boys, girls10, boys10, girls - girls10, boys - boys10], k) : notAvailable(),
      };
      // A share's sensitive count is its smaller side (pupils below 10, or from 10): the complements are chosen by it.
      const size: Record<string, number> = {
        averageOfAverages: results, atLeast10Share: Math.min(n(r.at_least_10), results - n(r.at_least_10)),
        successParityIndex: Math.min(girls10, boys10, girls - girls10, boys - boys10),
      };
      const bins = Array.from({ length: AVERAGE_BINS }, (_, i) => n(r[`bin${i}`]));
      bins.forEach((b, i) => { row[`bins.${i}`] = countFigure(b, k); size[`bins.${i}`] = b; });
      out.set(String(r.key), row);
      sizes.set(String(r.key), size);
    }
    // The bins are a table: rows × bins, each row adding up to its results and each bin across the
    // rows to the slice's; protected both ways until nothing changes.
    untilNothingMoreHidden(() => figuresOf(out), () => {
      for (const [key, row] of out) protectBins(row, sizes.get(key)!, k);
      suppressAcross(out, sizes, k);
    });
    return out;
  });
}

/** A row's bins: below and from 10 each have a shown total too (the share ≥ 10 times the results), so each half is protected, then the whole. */
function protectBins(row: RowFigures, size: Record<string, number>, k: number): void {
  const names = Array.from({ length: AVERAGE_BINS }, (_, i) => `bins.${i}`);
  for (const part of [names.slice(0, 5), names.slice(5)]) {
    // A half whose hidden bins cannot be protected: its total (the share) is hidden instead.
    if (!complementary(part.map((name) => row[name]), part.map((name) => size[name]), k)) {
      for (const name of ['atLeast10Share', 'successParityIndex']) if (row[name] && !row[name].suppressed) row[name] = suppressedFigure();
    }
  }
  // The whole line adds up to the results, which no figure gives (counts are given for counts only).
  complementary(names.map((name) => row[name]), names.map((name) => size[name]), k);
}

/** A row's figures and sizes in a group with one statement row per key and extra key (certificate, programme), made on first use. */
function rowAt(out: GroupFigures, sizes: Map<string, Record<string, number>>, key: string): [RowFigures, Record<string, number>] {
  if (!out.has(key)) {
    out.set(key, {});
    sizes.set(key, {});
  }
  return [out.get(key)!, sizes.get(key)!];
}

/** Certificate exams (term YEAR): candidates and success rate per certificate. */
async function certificatesGroup(ctx: Context, slice: ResolvedSlice, by: Dimension | null): Promise<Built> {
  const read = await grouped(ctx.db, slice, by, PUPILS, (t) => `(SELECT * FROM ${t} WHERE term = 'YEAR' AND certificate IS NOT NULL)`, 'result',
    'sum(c.certificate_candidates) AS candidates, sum(c.certificate_passed) AS passed', 'c.certificate');
  const k = await requestThreshold(ctx);
  return built(read, (rows) => {
    const out: GroupFigures = new Map();
    const sizes = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const [row, size] = rowAt(out, sizes, String(r.key));
      const [candidates, passed] = [n(r.candidates), n(r.passed)];
      row[`certificates.${r.certificate}.candidates`] = countFigure(candidates, k);
      row[`certificates.${r.certificate}.successRate`] = rateFigure(passed, candidates, [candidates, passed, candidates - passed], k);
      size[`certificates.${r.certificate}.candidates`] = candidates;
      size[`certificates.${r.certificate}.successRate`] = Math.min(passed, candidates - passed);
    }
    suppressAcross(out, sizes, k);
    return out;
  });
}

const sizeBinSums = Array.from({ length: CLASS_SIZE_BOUNDS.length + 1 }, (_, i) => `sum(c.size_bins[${i + 1}]) AS size${i}`).join(', ');

/** Classes: their number, average size, overcrowded share and size distribution (no gender). */
async function classesGroup(ctx: Context, slice: ResolvedSlice, by: Dimension | null): Promise<Built> {
  const read = await grouped(ctx.db, slice, by, CLASSES, (t) => t, 'class',
    `sum(c.classes) AS classes, sum(c.pupils) AS pupils, sum(c.overcrowded) AS overcrowded, ${sizeBinSums}`);
  const k = await requestThreshold(ctx);
  return built(read, (rows) => {
    const out: GroupFigures = new Map();
    const sizes = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const [classes, pupils] = [n(r.classes), n(r.pupils)];
      const row: RowFigures = {
        classes: figure(classes, [pupils], k),
        averageClassSize: rateFigure(pupils, classes, [pupils], k, 1),
        overcrowdedShare: rateFigure(n(r.overcrowded), classes, [pupils], k),
      };
      const size: Record<string, number> = { classes: pupils, averageClassSize: pupils, overcrowdedShare: pupils };
      for (let i = 0; i <= CLASS_SIZE_BOUNDS.length; i += 1) {
        row[`sizes.${i}`] = figure(n(r[`size${i}`]), [pupils], k);
        size[`sizes.${i}`] = pupils;
      }
      out.set(String(r.key), row);
      sizes.set(String(r.key), size);
    }
    suppressAcross(out, sizes, k);
    return out;
  });
}

/** The pupil–teacher ratio: a school's teachers are not split by level or gender. */
async function teachersGroup(ctx: Context, slice: ResolvedSlice, by: Dimension | null): Promise<Built> {
  const read = await grouped(ctx.db, slice, by, SCHOOLS, (t) => t, 'school', 'sum(c.teachers) AS teachers, sum(c.pupils) AS pupils');
  const k = await requestThreshold(ctx);
  return built(read, (rows) => {
    const out: GroupFigures = new Map();
    const sizes = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const [teachers, pupils] = [n(r.teachers), n(r.pupils)];
      out.set(String(r.key), { pupilTeacherRatio: teachers > 0 ? figure(round(pupils / teachers, 1), [pupils], k) : notAvailable() });
      sizes.set(String(r.key), { pupilTeacherRatio: pupils });
    }
    suppressAcross(out, sizes, k);
    return out;
  });
}

/** Support coverage per programme: eligible, beneficiaries, coverage and amount. */
async function supportGroup(ctx: Context, slice: ResolvedSlice, by: Dimension | null): Promise<Built> {
  const read = await grouped(ctx.db, slice, by, PUPILS, (t) => t, 'support',
    'sum(c.eligible) AS eligible, sum(c.beneficiaries) AS beneficiaries, sum(c.amount) AS amount, bool_or(c.cash) AS cash',
    'c.programme_id');
  const k = await requestThreshold(ctx);
  return built(read, (rows) => {
    const out: GroupFigures = new Map();
    const sizes = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const [row, size] = rowAt(out, sizes, String(r.key));
      const [eligible, listed] = [n(r.eligible), n(r.beneficiaries)];
      const p = `support.${r.programme_id}`;
      row[`${p}.eligible`] = countFigure(eligible, k);
      row[`${p}.beneficiaries`] = countFigure(listed, k);
      row[`${p}.coverage`] = rateFigure(listed, eligible, [eligible, listed, eligible - listed], k);
      row[`${p}.amount`] = r.cash ? figure(round(n(r.amount), 2), [listed], k) : notAvailable();
      Object.assign(size, { [`${p}.eligible`]: eligible, [`${p}.beneficiaries`]: listed, [`${p}.coverage`]: Math.min(listed, eligible - listed), [`${p}.amount`]: listed });
    }
    suppressAcross(out, sizes, k);
    // A programme's amounts per level are public: with the shown rows' beneficiaries and amounts, two
    // hidden rows' beneficiaries could be solved for. Any row's beneficiaries hidden hides every row's amount.
    for (const name of new Set([...out.values()].flatMap((row) => Object.keys(row).filter((key) => key.endsWith('.beneficiaries'))))) {
      if (![...out.values()].some((row) => row[name]?.suppressed)) continue;
      const amount = name.replace(/\.beneficiaries$/, '.amount');
      for (const row of out.values()) if (row[amount] && row[amount].value !== null) row[amount] = suppressedFigure();
    }
    return out;
  });
}

export const GROUPS = {
  pupils: pupilsGroup,
  flows: flowsGroup,
  results: resultsGroup,
  certificates: certificatesGroup,
  classes: classesGroup,
  teachers: teachersGroup,
  support: supportGroup,
} as const;
export type Group = keyof typeof GROUPS;

/**
 * A slice's memo key, made once per slice object (a breakdown's rows share theirs: hundreds of
 * fields ask). The results' term is added by groupKey: the other groups do not read it.
 */
const sliceKeys = new WeakMap<ResolvedSlice, string>();
function sliceKey(s: ResolvedSlice): string {
  let key = sliceKeys.get(s);
  if (key === undefined) {
    key = [s.yearId, s.regionId, s.provinceId, s.schoolId, s.cycle, s.levelId, s.gender, s.milieu, s.sector].join('|');
    sliceKeys.set(s, key);
  }
  return key;
}

/** What the figures depend on besides the slice: the threshold, and the roll-ups' last change (each refresh or rebuild moves it). */
interface FiguresVersion {
  threshold: number;
  key: string;
}

/** The figures' version, read once per request (one row, one statement). */
function requestVersion(ctx: Context): Promise<FiguresVersion> {
  return perRequest(ctx, 'analytics:version', () => {
    // As text: to the microsecond (a Date keeps milliseconds).
    const made = ctx.db.query('SELECT min_cell_pupils, refreshed_at::text AS refreshed FROM analytics_setting')
      .then(([s]: { min_cell_pupils: number; refreshed: string | null }[]) => {
        const k = Number(s?.min_cell_pupils ?? 10);
        return { threshold: k, key: `${k}|${s?.refreshed ?? ''}` };
      });
    // Handled here as well: a group whose own statement failed first never awaits it.
    made.catch(() => {});
    return made;
  });
}

/** The suppression threshold, read once per request. */
export const requestThreshold = (ctx: Context): Promise<number> => requestVersion(ctx).then((v) => v.threshold);

/**
 * Group figures across requests, per database: the same slice asked by any analyst of the same
 * scope gets the same figures until the roll-ups next take changes in (refreshed_at) or the
 * threshold moves, so a screen's figures — and the parents' breakdowns that consistent
 * suppression needs — are computed once per refresh, not once per request. The promise is kept,
 * so concurrent first asks share one computation; a failed one is forgotten. Bounded by the
 * figures held (a region's 1,500 schools are about 60,000) and by entries.
 */
interface Held {
  version: string;
  figures: LRUCache<string, Promise<GroupFigures>>;
}
const sharedFigures = perDatabase((): Held => ({
  version: '',
  figures: new LRUCache<string, Promise<GroupFigures>>({ max: 20_000, maxSize: 500_000, sizeCalculation: () => ENTRY_SIZE }),
}));

/** What an entry weighs besides its figures (its key, maps, promise), in figures. */
const ENTRY_SIZE = 20;
const sizeOf = (rows: GroupFigures) => ENTRY_SIZE + [...rows.values()].reduce((sum, row) => sum + Object.keys(row).length, 0);

function shared(ctx: Context, slice: ResolvedSlice, memo: string, compute: () => Promise<GroupFigures>): Promise<GroupFigures> {
  return requestVersion(ctx).then((version) => {
    const held = sharedFigures(ctx.db);
    // A new version: what was held can never be asked for again.
    if (held.version !== version.key) {
      held.figures.clear();
      held.version = version.key;
    }
    // The cells' statements apply the viewer's scope: a region's "nation" is its region.
    const key = `${reach(figuresRule, slice.viewer, cellColumns('c'))}|${memo}`;
    const cached = held.figures.get(key);
    if (cached) return cached;
    const made = compute();
    held.figures.set(key, made);
    // Kept with its real size once computed, unless a newer version came meanwhile (its figures
    // may mix both: they are this request's only).
    made.then(
      (rows) => {
        if (held.figures.peek(key) !== made) return;
        if (held.version === version.key) held.figures.set(key, made, { size: sizeOf(rows) });
        else held.figures.delete(key);
      },
      () => { if (held.figures.peek(key) === made) held.figures.delete(key); },
    );
    return made;
  });
}

/**
 * A group's figures for a slice and breakdown, computed once per version of the roll-ups (shared)
 * and held for the request.
 */
export function groupFigures(ctx: Context, slice: ResolvedSlice, by: Dimension | null, group: Group): Promise<GroupFigures> {
  const memo = `analytics:${groupKey(group, by, slice)}`;
  // The figures and what their consistency needs are asked at once, not one after the other.
  return perRequest(ctx, memo, () => shared(ctx, slice, memo, () => {
    const raw = rawFigures(ctx, slice, by, group).then(copyOf);
    if (by === null) {
      return Promise.all([raw, parentRows(ctx, slice, group)]).then(([own, parents]) => countsOfCountsOnly(suppressLikeParents(own, ALL, parents)));
    }
    return Promise.all([raw, groupFigures(ctx, slice, null, group), tablesOfColumn(ctx, slice, by, group)])
      .then(([rows, own, tables]) => countsOfCountsOnly(asTableColumn(likeTheirSlice(own, rows), tables)));
  }));
}

/**
 * A figure's count is given when the figure is itself a count. A rate's or an average's
 * denominator would repeat, under another name, a count that complementary hiding chose per name
 * (a school's enrolment hidden, its absence rate's denominator shown).
 */
function countsOfCountsOnly(rows: GroupFigures): GroupFigures {
  for (const row of rows.values()) for (const f of Object.values(row)) if (f.count !== f.value) f.count = null;
  return rows;
}

/** A group's memo key for a slice and breakdown. */
const groupKey = (group: Group, by: Dimension | null, slice: ResolvedSlice) =>
  `${group}:${by ?? ''}:${sliceKey(slice)}${group === 'results' ? `|${slice.term}` : ''}`;
const rawMemo = (group: Group, by: Dimension | null, slice: ResolvedSlice) => `analytics:raw:${groupKey(group, by, slice)}`;

/**
 * A group's figures with its own rules only (primary, complementary across its rows), once per
 * request; a breakdown's statement also gives the slice's own (GROUPING SETS), which a slice's
 * breakdown always needs too (its rows are hidden where the slice's figures are).
 */
function rawFigures(ctx: Context, slice: ResolvedSlice, by: Dimension | null, group: Group): Promise<GroupFigures> {
  return perRequest(ctx, rawMemo(group, by, slice), () => {
    const read = GROUPS[group](ctx, slice, by);
    // The same statement gave the slice's own figures: its own statement is not run (unless already under way).
    if (by !== null) {
      perRequest(ctx, rawMemo(group, null, slice), () => {
        const own = read.then((b) => b.whole ?? GROUPS[group](ctx, slice, null).then((o) => o.rows));
        own.catch(() => {});
        return own;
      });
    }
    const rows = read.then((b) => b.rows);
    return by === Dimension.SCHOOL || by === Dimension.PROVINCE ? rows.then((r) => protectSubsets(ctx, by, r)) : rows;
  });
}

/**
 * Schools (provinces) fall into subsets whose totals are shown too — the slice's urban or private
 * schools, a region's provinces, a province's schools in a wider slice — so the complementary
 * hiding must leave no subset with a lone hidden row: protected subset by subset, and the whole,
 * until nothing changes.
 */
async function protectSubsets(ctx: Context, by: Dimension.SCHOOL | Dimension.PROVINCE, rows: GroupFigures): Promise<GroupFigures> {
  const sizes = SIZES.get(rows);
  if (!sizes) return rows;
  const sql = by === Dimension.SCHOOL
    ? `SELECT s.id::text AS key, ARRAY['m:' || s.milieu, 's:' || s.sector, 'p:' || s.province_id, 'r:' || p.region_id] AS subsets
       FROM school s JOIN province p ON p.id = s.province_id WHERE s.id::text = ANY($1)`
    : `SELECT id::text AS key, ARRAY['r:' || region_id] AS subsets FROM province WHERE id::text = ANY($1)`;
  const subsets = new Map<string, string[]>();
  const keys = [...rows.keys()].sort();
  const found = await perRequest(ctx, `analytics:subsets:${by}:${keys.join(',')}`, () => statement(ctx.db, sql, [keys]));
  for (const r of found as { key: string; subsets: string[] }[]) {
    for (const name of r.subsets) subsets.set(name, [...(subsets.get(name) ?? []), r.key]);
  }
  const k = await requestThreshold(ctx);
  const names = new Set([...rows.values()].flatMap((row) => Object.keys(row)));
  untilNothingMoreHidden(() => figuresOf(rows), () => {
    for (const keys of [...subsets.values(), [...rows.keys()]]) {
      for (const name of names) {
        const present = keys.filter((key) => rows.get(key)?.[name]);
        complementary(present.map((key) => rows.get(key)![name]), present.map((key) => sizes.get(key)?.[name] ?? 0), k);
      }
    }
  });
  return rows;
}

const copyRow = (row: RowFigures): RowFigures => Object.fromEntries(Object.entries(row).map(([name, f]) => [name, Object.assign(new Figure(), f)]));
const copyOf = (rows: GroupFigures): GroupFigures => new Map([...rows].map(([key, row]) => [key, copyRow(row)]));
const figuresOf = (rows: GroupFigures): Figure[] => [...rows.values()].flatMap((row) => Object.values(row));

const TERRITORIAL = new Set([Dimension.REGION, Dimension.PROVINCE, Dimension.SCHOOL]);

/** The slice narrowed to one value of a dimension (a breakdown row's key). */
function withValue(slice: ResolvedSlice, by: Dimension, key: string): ResolvedSlice {
  const changes: Record<Dimension, Partial<ResolvedSlice>> = {
    [Dimension.REGION]: { regionId: Number(key) }, [Dimension.PROVINCE]: { provinceId: Number(key) }, [Dimension.SCHOOL]: { schoolId: Number(key) },
    [Dimension.CYCLE]: { cycle: key }, [Dimension.LEVEL]: { levelId: Number(key) }, [Dimension.GENDER]: { gender: key },
    [Dimension.MILIEU]: { milieu: key }, [Dimension.SECTOR]: { sector: key },
  };
  return { ...slice, ...changes[by] };
}

/** A breakdown's rows, each figure hidden where the slice's own is: the rows of a hidden total must not add up to it. */
function likeTheirSlice(ownRows: GroupFigures, rows: GroupFigures): GroupFigures {
  const own = ownRows.get(ALL);
  if (!own) return rows;
  for (const [name, f] of Object.entries(own)) {
    if (!f.suppressed) continue;
    for (const row of rows.values()) if (row[name] && !row[name].suppressed) row[name] = suppressedFigure();
  }
  return rows;
}

/** A suppressed two-way table, and the column of it the breakdown is. */
interface TableColumn {
  table: Table;
  column: string;
}

/**
 * A breakdown of a filtered slice as one column of the two-way table of the breakdown's values ×
 * the filter's values (consistent-suppression.ts), for each filter that splits the breakdown's
 * rows (not a territory above territories: those rows are within it). The table is read a column
 * at a time (a filter's few values), or a row at a time when the filter is a territory, whose
 * siblings are many (a province's schools): a bounded number of statements either way.
 */
async function tablesOfColumn(ctx: Context, slice: ResolvedSlice, by: Dimension, group: Group): Promise<TableColumn[]> {
  const parents = (await requestParents(ctx, slice)).filter((p) => p.by !== by && !(TERRITORIAL.has(p.by) && TERRITORIAL.has(by)));
  if (!parents.length) return [];
  const k = await requestThreshold(ctx);
  return Promise.all(parents.map(async (p) => {
    const [rowMargins, columnMargins] = await Promise.all([groupFigures(ctx, p.slice, by, group), groupFigures(ctx, p.slice, p.by, group)]);
    const table: Table = { cells: new Map(), sizes: new Map() };
    const put = (r: string, c: string, raw: GroupFigures, key: string) => {
      const figures = raw.get(key);
      if (!figures) return;
      if (!table.cells.has(r)) [table.cells, table.sizes].forEach((m) => m.set(r, new Map()));
      table.cells.get(r)!.set(c, copyRow(figures));
      table.sizes.get(r)!.set(c, SIZES.get(raw)?.get(key) ?? {});
    };
    if (TERRITORIAL.has(p.by)) {
      await Promise.all([...rowMargins.keys()].map(async (r) => {
        const raw = await rawFigures(ctx, withValue(p.slice, by, r), p.by, group);
        for (const c of raw.keys()) put(r, c, raw, c);
      }));
    } else {
      await Promise.all([...columnMargins.keys()].map(async (c) => {
        const raw = await rawFigures(ctx, withValue(p.slice, p.by, c), by, group);
        for (const r of raw.keys()) put(r, c, raw, r);
      }));
    }
    suppressTable(table, rowMargins, columnMargins, k);
    return { table, column: p.key };
  }));
}

/** The breakdown's rows, each figure hidden where its cell of a table it is a column of is. */
function asTableColumn(rows: GroupFigures, tables: TableColumn[]): GroupFigures {
  for (const { table, column } of tables) {
    for (const [key, row] of rows) {
      const cell = table.cells.get(key)?.get(column);
      for (const [name, f] of Object.entries(cell ?? {})) if (f.suppressed && row[name] && !row[name].suppressed) row[name] = suppressedFigure();
    }
  }
  return rows;
}

/** The slice's row in each of its parents' breakdowns (consistent-suppression.ts): its own figures are suppressed wherever these are. */
async function parentRows(ctx: Context, slice: ResolvedSlice, group: Group): Promise<{ rows: GroupFigures; key: string }[]> {
  const parents = await requestParents(ctx, slice);
  return Promise.all(parents.map(async (p) => ({ rows: await groupFigures(ctx, p.slice, p.by, group), key: p.key })));
}

/** The slice's parents, once per request (every group asks). */
const requestParents = (ctx: Context, slice: ResolvedSlice) => perRequest(ctx, `analytics:parents:${sliceKey(slice)}|${slice.term}`, () => parentsOf(ctx.db, slice));
