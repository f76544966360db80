import 'reflect-metadata';
import type pg from 'pg';
import { pino } from 'pino';
import { type Viewer } from '../core/auth/viewer.js';
import { createDataSource } from '../core/database/data-source.js';
import { rebuildAnalytics } from '../modules/analytics/rollup-rebuild.js';
import { REFRESH_EVERY_MS, refreshAnalytics, startAnalyticsRefresher } from '../modules/analytics/rollup-refresh.js';
import { ministry, region, type RunOperation, withInProcessSchema } from './bench-in-process.js';
import { percentileOf } from './bench-query.js';
import { count, seconds } from './report.js';

/** Issue 12's targets: every indicator query's p95, and a change in the figures. */
const QUERY_P95_TARGET_MS = 20;
const FRESHNESS_TARGET_MS = 60_000;
const RUNS = 50;
const WARM_UP = 3;
const POLL_MS = 250;
const POLL_GIVE_UP_MS = 120_000;
const ONE_SCHOOL_ROUNDS = 5;

const CELL_TABLES = ['analytics_pupil_cell', 'analytics_result_cell', 'analytics_class_cell', 'analytics_school_cell', 'analytics_support_cell', 'analytics_integrity_cell',
  'analytics_pupil_province', 'analytics_result_province', 'analytics_class_province', 'analytics_school_province', 'analytics_support_province'];

// The dashboard's own operations (apps/dashboard's DashboardIndicators, DashboardBreakdown and
// DashboardTrend): what a screen asks, so what its latency is.
const FIGURE = 'fragment F on Figure { value count suppressed }';
const ROW = `fragment Row on Indicators { year enrolled { ...F } newEntrants { ...F } repeaters { ...F } promotionRate { ...F } repetitionRate { ...F }
  dropoutRate { ...F } averageOfAverages { ...F } atLeast10Share { ...F } absenceRate { ...F } justifiedShare { ...F } averageClassSize { ...F }
  overcrowdedShare { ...F } pupilTeacherRatio { ...F } enrolmentParityIndex { ...F } successParityIndex { ...F } }`;
const INDICATORS = `query BenchIndicators($slice: SliceInput!) { indicators(slice: $slice) { ...Row hoursAbsent { ...F } classes { ...F }
  averageDistribution { from to pupils { ...F } } classSizeDistribution { from to pupils { ...F } }
  certificates { certificate candidates { ...F } successRate { ...F } }
  support { programme { code nameFr nameAr nameEn } eligible { ...F } beneficiaries { ...F } coverage { ...F } amount { ...F } } } } ${ROW} ${FIGURE}`;
const BREAKDOWN = `query BenchBreakdown($slice: SliceInput!, $by: Dimension!) { indicatorBreakdown(slice: $slice, by: $by) {
  code isoCode nameFr nameAr indicators { ...Row } } } ${ROW} ${FIGURE}`;
const TREND = `query BenchTrend($slice: SliceInput!) { indicatorTrend(slice: $slice) { ...Row } } ${ROW} ${FIGURE}`;
const WATCH = `query BenchWatch($slice: SliceInput!) { integrityWatch(slice: $slice) { band comparedSchools
  flagged { school { code nameFr } cycle milieu sector pupils continuousAverage examAverage gap groupSchools groupMeanGap groupSpread deviation } } }`;
const ENROLLED = `query BenchEnrolled($slice: SliceInput!) { indicators(slice: $slice) { enrolled { count } } }`;

interface Places {
  regionId: number; regionCode: string;
  provinceCode: string; provinceSchools: number;
  schoolId: number; schoolCode: string; schoolPupils: number;
  levelCode: string;
}

export interface QueryTiming {
  label: string;
  viewer: 'MINISTRY' | 'REGION';
  /** Rows (breakdowns, trend years, flagged schools), for the reader. */
  rows: number | null;
  /** Each run just after the roll-ups' version moved (as after a refresh): every figure computed, parents' breakdowns included. */
  ms: number[];
  /** Each run with the figures of the same version held across requests (another analyst asking the same screen). */
  warmMs: number[];
  /** Why it was not measured (e.g. integrityWatch not in the schema yet). */
  error?: string;
}

export interface FreshnessRound {
  change: string;
  /** From the change's commit until each figure showed it, ms (null: not within POLL_GIVE_UP_MS). */
  school: number | null;
  province: number | null;
  nation: number | null;
}

export interface AnalyticsBench {
  history: boolean;
  years: string[];
  rebuild: { pairs: number; ms: number; tables: Record<string, number>; cells: number; analyzeMs: number };
  places: Places;
  /** The nation's enrolled count through the API, and by SQL on the source tables. */
  check: { api: number; sql: number };
  queries: QueryTiming[];
  freshness: { periodMs: number; rounds: FreshnessRound[]; grade: number | null; refresherMs: number[]; oneSchoolMs: number[] } | string;
}

/**
 * Analytics (issue 12): the full rebuild of the roll-ups the seed's COPY left empty (it fires no
 * trigger), every indicator query through the schema in-process as the ministry and as a region
 * (RUNS runs each after WARM_UP, p50/p95 against QUERY_P95_TARGET_MS), then freshness with the
 * refresher running at its default period: a pupil of a school leaves, then comes back, and the
 * school's, its province's and the nation's enrolled count are polled through the API every
 * POLL_MS until they show it; a grade of last year changed (when the seed wrote one) until its
 * school's roll-up cell shows it; and the refresh of that one school, timed alone.
 */
export async function benchAnalytics(url: string, client: pg.ClientBase, year: string, log: (line: string) => void = console.log): Promise<AnalyticsBench | string> {
  log('Analytics: rebuilding every roll-up cell…');
  const outcome = await rebuildAnalytics(client, (table, ms) => log(`  ${table.padEnd(26)} ${seconds(ms)}`));
  // The cells were just truncated and refilled; autovacuum would analyze them within a minute.
  const analyzeStarted = performance.now();
  await client.query(`ANALYZE ${CELL_TABLES.join(', ')}`);
  const analyzeMs = performance.now() - analyzeStarted;
  const cells = (await client.query(`SELECT ${CELL_TABLES.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ')} AS n`)).rows[0].n;
  const years = (await client.query('SELECT DISTINCT y.name FROM analytics_pupil_cell c JOIN school_year y ON y.id = c.school_year_id ORDER BY 1')).rows.map((r) => r.name);
  const places = await choosePlaces(client, year);
  const sqlEnrolled = Number((await client.query(
    `SELECT count(*) FROM enrolment e JOIN school_year y ON y.id = e.school_year_id WHERE y.name = $1 AND e.status = 'ACTIVE'`, [year])).rows[0].count);
  return withInProcessSchema(url, async (run) => {
    const nation = await run<{ indicators: { enrolled: { count: number } } }>(ministry(), ENROLLED, { slice: { year } });
    const queries = await timeQueries(run, client, year, places, log, years[0] ?? year);
    const freshness = await benchFreshness(url, client, run, year, places, log).catch((error: Error) => `FAILED: ${error.message}`);
    return {
      history: years.length > 1, years, rebuild: { ...outcome, cells: Number(cells), analyzeMs }, places,
      check: { api: nation.data.indicators.enrolled.count, sql: sqlEnrolled }, queries, freshness,
    };
  });
}

/** The largest province (most schools), its largest school, its region, and a middle-school level. */
async function choosePlaces(client: pg.ClientBase, year: string): Promise<Places> {
  const { rows: [p] } = await client.query(
    `SELECT pr.code, pr.region_id, r.code AS region_code, count(*)::int AS schools FROM analytics_school_cell c
     JOIN province pr ON pr.id = c.province_id JOIN region r ON r.id = pr.region_id JOIN school_year y ON y.id = c.school_year_id
     WHERE y.name = $1 GROUP BY pr.id, r.code ORDER BY count(*) DESC, pr.code LIMIT 1`, [year]);
  const { rows: [s] } = await client.query(
    `SELECT s.id, s.code, c.pupils::int FROM analytics_school_cell c JOIN school s ON s.id = c.school_id JOIN province pr ON pr.id = c.province_id
     JOIN school_year y ON y.id = c.school_year_id WHERE y.name = $1 AND pr.code = $2 ORDER BY c.pupils DESC, s.code LIMIT 1`, [year, p.code]);
  return {
    regionId: Number(p.region_id), regionCode: p.region_code, provinceCode: p.code, provinceSchools: p.schools,
    schoolId: Number(s.id), schoolCode: s.code, schoolPupils: s.pupils, levelCode: '1AC',
  };
}

interface Case { label: string; query: string; variables: Record<string, unknown>; rows?: (data: Record<string, unknown>) => number }

/** `watchYear`: the year the integrity watch is asked for, the oldest with figures (the seed's history has its exams; this year's are not held yet). */
function cases(year: string, p: Places, watchYear = year): Case[] {
  const ind = (label: string, slice: Record<string, unknown>): Case => ({ label: `indicators ${label}`, query: INDICATORS, variables: { slice: { year, ...slice } } });
  const by = (dim: string, label: string, slice: Record<string, unknown>): Case => ({
    label: `indicatorBreakdown ${dim} (${label})`, query: BREAKDOWN, variables: { slice: { year, ...slice }, by: dim },
    rows: (d) => (d.indicatorBreakdown as unknown[]).length,
  });
  return [
    ind('nation', {}),
    ind(`region ${p.regionCode}`, { regionCode: p.regionCode }),
    ind(`province ${p.provinceCode}`, { provinceCode: p.provinceCode }),
    ind(`school ${p.schoolCode}`, { schoolCode: p.schoolCode }),
    ind('nation, girls', { gender: 'F' }),
    ind(`nation, level ${p.levelCode}`, { levelCode: p.levelCode }),
    by('REGION', 'nation', {}),
    by('PROVINCE', 'nation', {}),
    by('SCHOOL', `province ${p.provinceCode}`, { provinceCode: p.provinceCode }),
    by('LEVEL', 'nation', {}),
    by('GENDER', 'nation', {}),
    { label: 'indicatorTrend (nation)', query: TREND, variables: { slice: { year } }, rows: (d) => (d.indicatorTrend as unknown[]).length },
    {
      label: `integrityWatch (nation, ${watchYear})`, query: WATCH, variables: { slice: { year: watchYear } },
      rows: (d) => (d.integrityWatch as { flagged: unknown[] }).flagged.length,
    },
  ];
}

/**
 * Each case RUNS times after WARM_UP, as the ministry, then as the region (whose "nation" is its
 * region): cold, each run after the figures' version moved as a refresh moves it (so nothing is
 * held across requests), then warm, the figures held.
 */
async function timeQueries(run: RunOperation, client: pg.ClientBase, year: string, places: Places, log: (line: string) => void, watchYear = year)
  : Promise<QueryTiming[]> {
  const viewers: [QueryTiming['viewer'], Viewer][] = [['MINISTRY', ministry()], ['REGION', region(places.regionId)]];
  const out: QueryTiming[] = [];
  for (const [name, viewer] of viewers) {
    log(`Analytics: ${cases(year, places, watchYear).length} indicator queries × ${RUNS} runs as ${name}…`);
    for (const c of cases(year, places, watchYear)) {
      const timing: QueryTiming = { label: c.label, viewer: name, rows: null, ms: [], warmMs: [] };
      try {
        for (const [times, cold] of [[timing.ms, true], [timing.warmMs, false]] as const) {
          for (let i = 0; i < WARM_UP + RUNS; i++) {
            if (cold) await client.query('UPDATE analytics_setting SET refreshed_at = clock_timestamp()');
            const r = await run<Record<string, unknown>>(viewer, c.query, c.variables);
            if (i >= WARM_UP) times.push(r.ms);
            if (c.rows) timing.rows = c.rows(r.data);
          }
        }
      } catch (error) {
        timing.error = (error as Error).message.slice(0, 160);
      }
      out.push(timing);
    }
  }
  return out;
}

/** Polls the school's, province's and nation's enrolled count every POLL_MS until each equals its expected value. */
async function pollUntil(run: RunOperation, year: string, p: Places, expected: { school: number; province: number; nation: number }, since: number)
  : Promise<Omit<FreshnessRound, 'change'>> {
  const slices = { school: { year, schoolCode: p.schoolCode }, province: { year, provinceCode: p.provinceCode }, nation: { year } };
  const seen: Omit<FreshnessRound, 'change'> = { school: null, province: null, nation: null };
  const keys = Object.keys(slices) as (keyof typeof slices)[];
  while (keys.some((k) => seen[k] === null) && performance.now() - since < POLL_GIVE_UP_MS) {
    const tick = performance.now();
    for (const k of keys.filter((x) => seen[x] === null)) {
      const r = await run<{ indicators: { enrolled: { count: number } } }>(ministry(), ENROLLED, { slice: slices[k] });
      if (r.data.indicators.enrolled.count === expected[k]) seen[k] = performance.now() - since;
    }
    await sleep(Math.max(0, POLL_MS - (performance.now() - tick)));
  }
  return seen;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function enrolledNow(run: RunOperation, year: string, p: Places) {
  const get = async (slice: Record<string, unknown>) =>
    (await run<{ indicators: { enrolled: { count: number } } }>(ministry(), ENROLLED, { slice: { year, ...slice } })).data.indicators.enrolled.count;
  return { school: await get({ schoolCode: p.schoolCode }), province: await get({ provinceCode: p.provinceCode }), nation: await get({}) };
}

/**
 * Freshness with the refresher of an API process (its own data source, default period): a pupil
 * of the chosen school leaves (enrolment LEFT), then is back on the roster, each committed by
 * SQL (the triggers see SQL as they see the API), timed until the API's figures show it. Then
 * a grade of last year (the seed's history) is changed and timed until its school's integrity
 * cell shows it (no indicator query reads grades; integrityWatch lists only flagged schools).
 * Last, with the refresher stopped, one school's refresh (refreshAnalytics with one pair queued).
 */
async function benchFreshness(url: string, client: pg.ClientBase, run: RunOperation, year: string, p: Places, log: (line: string) => void)
  : Promise<Exclude<AnalyticsBench['freshness'], string>> {
  const db = createDataSource({ url, entities: [], poolSize: 2 });
  await db.initialize();
  const refresherMs: number[] = [];
  // The refresher logs each round's time; the bench reads it from there.
  const refreshLog = pino({ level: 'info' }, { write: (line: string) => {
    const entry = JSON.parse(line) as { msg?: string; ms?: number; err?: { message?: string } };
    if (entry.msg === 'analytics refreshed' && entry.ms !== undefined) refresherMs.push(entry.ms);
    else if (entry.err) log(`  refresher: ${entry.msg} (${entry.err.message})`);
  } });
  try {
    const { rows: [pupil] } = await client.query(
      `SELECT e.id, e.school_year_id FROM enrolment e JOIN school_year y ON y.id = e.school_year_id
       WHERE y.name = $1 AND e.school_id = $2 AND e.status = 'ACTIVE' ORDER BY e.id DESC LIMIT 1`, [year, p.schoolId]);
    if (!pupil) throw new Error(`no pupil in ${p.schoolCode}`);
    const stop = startAnalyticsRefresher(db, refreshLog);
    const rounds: FreshnessRound[] = [];
    let grade: number | null = null;
    try {
      const changes: [string, string, number][] = [
        ['a pupil leaves (enrolment LEFT)', `UPDATE enrolment SET status = 'LEFT', ended_on = current_date WHERE id = $1 AND school_year_id = $2`, -1],
        ['the pupil back on the roster', `UPDATE enrolment SET status = 'ACTIVE', ended_on = NULL WHERE id = $1 AND school_year_id = $2`, +1],
      ];
      for (const [change, sql, delta] of changes) {
        const before = await enrolledNow(run, year, p);
        log(`Analytics freshness: ${change} in ${p.schoolCode}, refresher every ${seconds(REFRESH_EVERY_MS)}, polling every ${POLL_MS} ms…`);
        await client.query(sql, [pupil.id, pupil.school_year_id]);
        const since = performance.now();
        const expected = { school: before.school + delta, province: before.province + delta, nation: before.nation + delta };
        rounds.push({ change, ...(await pollUntil(run, year, p, expected, since)) });
      }
      grade = await gradeFreshness(client, log);
    } finally {
      await stop();
    }
    const oneSchoolMs = await oneSchoolRefresh(client, db, pupil, log, p.schoolCode);
    return { periodMs: REFRESH_EVERY_MS, rounds, grade, refresherMs, oneSchoolMs };
  } finally {
    await db.destroy();
  }
}

/** Last year's first CONTINUOUS grade moved by a point; ms until its school's integrity cell's sum moved (null: no such grade). */
async function gradeFreshness(client: pg.ClientBase, log: (line: string) => void): Promise<number | null> {
  const { rows: [g] } = await client.query(
    `SELECT g.assessment_id, g.student_id, g.school_year_id, g.school_id, g.value FROM grade g JOIN assessment a ON a.id = g.assessment_id
     WHERE a.kind = 'CONTINUOUS' AND g.value IS NOT NULL
       AND EXISTS (SELECT 1 FROM analytics_integrity_cell c WHERE c.school_id = g.school_id AND c.school_year_id = g.school_year_id)
     LIMIT 1`);
  if (!g) return null;
  const cellSum = async () => Number((await client.query(
    'SELECT sum(continuous_sum) AS s FROM analytics_integrity_cell WHERE school_id = $1 AND school_year_id = $2', [g.school_id, g.school_year_id])).rows[0].s);
  const before = await cellSum();
  const value = Number(g.value) >= 19 ? Number(g.value) - 1 : Number(g.value) + 1;
  log('Analytics freshness: a grade of last year changed, until its school\'s roll-up cell shows it…');
  await client.query('UPDATE grade SET value = $1 WHERE assessment_id = $2 AND student_id = $3 AND school_year_id = $4', [value, g.assessment_id, g.student_id, g.school_year_id]);
  const since = performance.now();
  while (performance.now() - since < POLL_GIVE_UP_MS) {
    if (Math.abs((await cellSum()) - before) > 1e-9) return performance.now() - since;
    await sleep(POLL_MS);
  }
  return null;
}

/** One school queued (a no-op update of one enrolment fires the trigger), its refresh timed, ONE_SCHOOL_ROUNDS times. */
async function oneSchoolRefresh(client: pg.ClientBase, db: Parameters<typeof refreshAnalytics>[0], pupil: { id: string; school_year_id: number },
  log: (line: string) => void, code: string): Promise<number[]> {
  log(`Analytics: the refresh of ${code} alone, ${ONE_SCHOOL_ROUNDS} times…`);
  const ms: number[] = [];
  for (let i = 0; i < ONE_SCHOOL_ROUNDS; i++) {
    await client.query('UPDATE enrolment SET status = status WHERE id = $1 AND school_year_id = $2', [pupil.id, pupil.school_year_id]);
    const r = await refreshAnalytics(db);
    if (r.pairs !== 1) throw new Error(`expected one school refreshed, got ${r.pairs}`);
    ms.push(r.ms);
  }
  return ms;
}

const f = (x: number) => `${x.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');

/** The benchmark's lines for analytics. */
export function analyticsLines(b: AnalyticsBench | string): string[] {
  if (typeof b === 'string') return [`analytics     ${b}`];
  const { rebuild: r, places: p } = b;
  const lines = [
    `analytics     years with figures: ${b.years.join(', ')} (${b.history ? 'the seed\'s history: a previous year' : 'no previous year: flows, trends and the watch have one year'})`,
    `rebuild       ${count(r.pairs)} school × year pairs, ${count(r.cells)} cells in ${seconds(r.ms)} (rebuildAnalytics, one transaction; then ANALYZE ${seconds(r.analyzeMs)}):`,
    `              ${Object.entries(r.tables).map(([t, ms]) => `${t.replace('analytics_', '')} ${seconds(ms)}`).join(' · ')}`,
    `check         nation enrolled through the API ${count(b.check.api)}, by SQL ${count(b.check.sql)}: ${b.check.api === b.check.sql ? 'same' : 'DIFFERENT'}`,
    `queries       ${RUNS} runs each after ${WARM_UP}, in-process through the schema (the dashboard's operations), cold (each run after the`,
    '              roll-ups\' version moved, as a refresh moves it: nothing held) and held (the same version asked again); region',
    `              ${p.regionCode},`,
    `              province ${p.provinceCode} (${p.provinceSchools} schools), school ${p.schoolCode} (${count(p.schoolPupils)} pupils); target p95 ≤ ${QUERY_P95_TARGET_MS} ms`,
  ];
  for (const q of b.queries) {
    const who = q.viewer.padEnd(8);
    if (q.error || !q.ms.length) {
      lines.push(`  ${who} ${q.label.padEnd(46)} not measured (${q.error ?? 'no run'})`);
      continue;
    }
    const [p95, warm95] = [percentileOf(q.ms, 0.95), percentileOf(q.warmMs, 0.95)];
    const rows = q.rows === null ? '' : ` ${q.rows} rows`;
    lines.push(`  ${who} ${q.label.padEnd(46)} cold p50 ${f(percentileOf(q.ms, 0.5)).padStart(9)} p95 ${f(p95).padStart(9)} ${verdict(p95 <= QUERY_P95_TARGET_MS)}`
      + ` · held p50 ${f(percentileOf(q.warmMs, 0.5)).padStart(8)} p95 ${f(warm95).padStart(8)} ${verdict(warm95 <= QUERY_P95_TARGET_MS)}${rows}`);
  }
  if (typeof b.freshness === 'string') return [...lines, `freshness     ${b.freshness}`];
  const fr = b.freshness;
  const at = (ms: number | null) => (ms === null ? `not within ${seconds(POLL_GIVE_UP_MS)}` : seconds(ms));
  const worst = Math.max(...fr.rounds.flatMap((x) => [x.school, x.province, x.nation].map((v) => v ?? Infinity)), fr.grade ?? 0);
  lines.push(`freshness     refresher every ${seconds(fr.periodMs)} (default), API polled every ${POLL_MS} ms; target ≤ ${seconds(FRESHNESS_TARGET_MS)}: ${verdict(worst <= FRESHNESS_TARGET_MS)}`);
  for (const x of fr.rounds) lines.push(`  ${x.change.padEnd(34)} school ${at(x.school)} · province ${at(x.province)} · nation ${at(x.nation)}`);
  lines.push(`  ${'a grade of last year changed'.padEnd(34)} ${fr.grade === null ? 'no grade in the seed (no history)' : `its school's cell ${at(fr.grade)}`}`);
  lines.push(`  refresher rounds ${fr.refresherMs.map((ms) => f(ms)).join(', ') || 'none logged'}; one school's refresh (${p.schoolCode}) median ${f(percentileOf(fr.oneSchoolMs, 0.5))}, max ${f(Math.max(...fr.oneSchoolMs))}`);
  return lines;
}
