import 'reflect-metadata';
import type pg from 'pg';
import { type Viewer } from '../core/auth/viewer.js';
import { director, directorate, withInProcessSchema } from './bench-in-process.js';
import { count, seconds } from './report.js';

/** Issue 10's targets: each under 10 s at 1,000,000 pupils. */
const TARGET_MS = 10_000;
const ROLLOVER_PUPILS = 1_500;
const MOVE_PUPILS = 10_000;
const CLASS_SIZE = 45;

interface Timed {
  dry: number;
  real: number;
  again: number;
}

export interface MobilityBench {
  rollover: { school: string; pupils: number; classes: number; placed: number; notPlaced: Record<string, number>; leaving: number; againChanged: boolean; ms: Timed };
  move: {
    pupils: number; moved: number; notPlaced: Record<string, number>; origins: number; province: string; regrouped: number;
    toSchool: string; classes: number; againMoved: number; ms: Timed;
  };
}

const ROLLOVER = `mutation BenchRollover($input: RolloverInput!) { rollOverSchoolYear(input: $input) {
  placed changed classesCreated leaving { count } placedByClass { className count } notPlaced { reason student { codeMassar } }
} }`;
const MOVE = `mutation BenchMove($input: MoveCohortInput!) { moveCohort(input: $input) {
  moved alreadyEnrolled byClass { className count students { codeMassar } } byOrigin { schoolCode count } notPlaced { reason }
} }`;


/**
 * The year rollover of a middle school of about 1,500 pupils, and a collective move of about
 * 10,000 pupils (6AP → 1AC) from the primary schools of one province into one middle school
 * (run by that province's directorate), each timed as a dry run, the real run, and a second run (which must change nothing), through
 * the GraphQL schema in-process. The year-end decisions are given by SQL first. Runs last: it
 * writes next year's enrolments (and may regroup schools into one province, see prepareMove).
 */
export async function benchMobility(url: string, client: pg.ClientBase, year: string, log: (line: string) => void = console.log): Promise<MobilityBench | string> {
  const next = `${Number(year.slice(0, 4)) + 1}-${Number(year.slice(0, 4)) + 2}`;
  return withInProcessSchema(url, async (run) => {
    const exec: Exec = (viewer, query, input) => run(viewer, query, { input });
    const rollover = await benchRollover(client, exec, year, next, log);
    const move = await benchMove(client, exec, year, next, log);
    return { rollover, move };
  });
}

type Exec = <T>(viewer: Viewer, query: string, input: Record<string, unknown>) => Promise<{ data: T; ms: number }>;

type Unplaced = { reason: string }[];
type RolloverAnswer = { rollOverSchoolYear: { placed: number; changed: boolean; leaving: { count: number }[]; notPlaced: Unplaced } };

/** Pupils not placed, per reason. */
const byReason = (rows: Unplaced) => rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.reason]: (acc[r.reason] ?? 0) + 1 }), {});
const reasons = (counts: Record<string, number>) => Object.entries(counts).map(([reason, n]) => `${reason} ${count(n)}`).join(', ') || 'none';

async function benchRollover(client: pg.ClientBase, exec: Exec, year: string, next: string, log: (line: string) => void): Promise<MobilityBench['rollover']> {
  // The middle school closest to 1,500 pupils, given year-end decisions as a class council would.
  const { rows: [school] } = await client.query(
    `SELECT s.id, s.code, count(*)::int AS pupils, count(DISTINCT e.class_id)::int AS classes
     FROM enrolment e JOIN school s ON s.id = e.school_id JOIN school_year y ON y.id = e.school_year_id
     WHERE y.name = $1 AND s.cycles = ARRAY['MIDDLE'] GROUP BY s.id ORDER BY abs(count(*) - $2), s.id LIMIT 1`,
    [year, ROLLOVER_PUPILS],
  );
  if (!school) throw new Error('no middle school');
  await client.query(
    `INSERT INTO year_decision (school_id, school_year_id, class_id, student_id, decision)
     SELECT e.school_id, e.school_year_id, e.class_id, e.student_id,
            CASE WHEN h < 85 THEN 'PROMOTED' WHEN h < 94 THEN 'REPEAT' WHEN h < 97 THEN 'DROPPED_OUT' ELSE 'EXCLUDED' END
     FROM (SELECT e.*, abs(hashtext(e.student_id::text)) % 100 AS h FROM enrolment e JOIN school_year y ON y.id = e.school_year_id
           WHERE e.school_id = $1 AND y.name = $2) e
     WHERE h < 99
     ON CONFLICT DO NOTHING`,
    [school.id, year],
  );
  log(`Mobility: rollover of school ${school.code} (${count(school.pupils)} pupils, ${school.classes} classes) into ${next}…`);
  const input = { schoolCode: school.code, toYear: next, dryRun: true };
  const viewer = director(school.id);
  const dry = await exec<RolloverAnswer>(viewer, ROLLOVER, input);
  const real = await exec<RolloverAnswer>(viewer, ROLLOVER, { ...input, dryRun: false });
  const again = await exec<RolloverAnswer>(viewer, ROLLOVER, { ...input, dryRun: false });
  if (dry.data.rollOverSchoolYear.placed !== real.data.rollOverSchoolYear.placed) throw new Error('the dry run and the real run disagree');
  const r = real.data.rollOverSchoolYear;
  return {
    school: school.code, pupils: school.pupils, classes: school.classes, placed: r.placed, notPlaced: byReason(r.notPlaced),
    leaving: r.leaving.reduce((n, l) => n + l.count, 0), againChanged: again.data.rollOverSchoolYear.changed,
    ms: { dry: dry.ms, real: real.ms, again: again.ms },
  };
}

type MoveAnswer = { moveCohort: { moved: number; alreadyEnrolled: number; notPlaced: Unplaced } };

/**
 * The province with the most 6AP pupils in primary schools. A province holds fewer than 10,000
 * of them below about 1.3 M pupils (Casablanca's prefecture has ~7,800 at 1 M): primary schools
 * of the same region are then regrouped into it (their province_id changed, said in the output),
 * as many as needed, so that one move has the targeted size.
 */
async function prepareMove(client: pg.ClientBase, year: string, next: string) {
  const sixth = `SELECT e.school_id, count(*)::int AS pupils FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id
    JOIN school_year y ON y.id = e.school_year_id JOIN school s ON s.id = e.school_id
    WHERE y.name = $1 AND l.code = '6AP' AND e.status = 'ACTIVE' AND NOT ('MIDDLE' = ANY (s.cycles)) GROUP BY e.school_id`;
  const { rows: [province] } = await client.query(
    `SELECT p.id, p.code, p.name_fr, p.region_id, sum(x.pupils)::int AS pupils FROM (${sixth}) x JOIN school s ON s.id = x.school_id JOIN province p ON p.id = s.province_id
     GROUP BY p.id ORDER BY sum(x.pupils) DESC LIMIT 1`,
    [year],
  );
  let regrouped = 0;
  if (province.pupils < MOVE_PUPILS) {
    const { rowCount } = await client.query(
      `WITH others AS (
         SELECT x.school_id, sum(x.pupils) OVER (ORDER BY x.pupils DESC, x.school_id) - x.pupils AS before
         FROM (${sixth}) x JOIN school s ON s.id = x.school_id JOIN province p ON p.id = s.province_id
         WHERE p.region_id = $2 AND p.id <> $3
       )
       UPDATE school s SET province_id = $3 FROM others o WHERE s.id = o.school_id AND o.before < $4`,
      [year, province.region_id, province.id, MOVE_PUPILS - province.pupils],
    );
    regrouped = rowCount ?? 0;
  }
  // Origin schools, largest first, until about 10,000 pupils; their 6AP pupils PROMOTED.
  const { rows: origins } = await client.query(
    `SELECT school_id, code FROM (
       SELECT x.school_id, s.code, sum(x.pupils) OVER (ORDER BY x.pupils DESC, x.school_id) - x.pupils AS before
       FROM (${sixth}) x JOIN school s ON s.id = x.school_id WHERE s.province_id = $2
     ) o WHERE before < $3`,
    [year, province.id, MOVE_PUPILS],
  );
  const ids = origins.map((o) => o.school_id);
  const { rows: [{ pupils }] } = await client.query(
    `WITH d AS (
       INSERT INTO year_decision (school_id, school_year_id, class_id, student_id, decision)
       SELECT e.school_id, e.school_year_id, e.class_id, e.student_id, 'PROMOTED'
       FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id JOIN school_year y ON y.id = e.school_year_id
       WHERE y.name = $1 AND l.code = '6AP' AND e.status = 'ACTIVE' AND e.school_id = ANY ($2::int[])
       ON CONFLICT DO NOTHING RETURNING 1
     ) SELECT count(*)::int AS pupils FROM d`,
    [year, ids],
  );
  // The largest middle school of the province receives them, in enough 1AC classes next year.
  const { rows: [toSchool] } = await client.query(
    `SELECT s.id, s.code FROM school s LEFT JOIN enrolment e ON e.school_id = s.id WHERE s.province_id = $1 AND s.cycles = ARRAY['MIDDLE']
     GROUP BY s.id ORDER BY count(e.id) DESC, s.id LIMIT 1`,
    [province.id],
  );
  const classes = Math.ceil(pupils / CLASS_SIZE) + 2;
  await client.query(
    `INSERT INTO school_class (school_id, school_year_id, level_id, name, capacity)
     SELECT $1, y.id, l.id, 'M1AC-' || lpad(g::text, 3, '0'), $4 FROM school_year y, level l, generate_series(1, $3::int) g
     WHERE y.name = $2 AND l.code = '1AC'`,
    [toSchool.id, next, classes, CLASS_SIZE],
  );
  return { provinceId: province.id as number, province: `${province.code} ${province.name_fr}`, regrouped, codes: origins.map((o) => o.code as string), pupils: pupils as number, toSchool, classes };
}

async function benchMove(client: pg.ClientBase, exec: Exec, year: string, next: string, log: (line: string) => void): Promise<MobilityBench['move']> {
  const p = await prepareMove(client, year, next);
  log(`Mobility: collective move of ${count(p.pupils)} pupils (6AP → 1AC) from ${p.codes.length} primary schools of ${p.province} into ${p.toSchool.code} (${p.classes} classes)…`);
  const input = { fromSchoolCodes: p.codes, levelCode: '6AP', toSchoolCode: p.toSchool.code, year, dryRun: true };
  const viewer = directorate(p.provinceId);
  const dry = await exec<MoveAnswer>(viewer, MOVE, input);
  const real = await exec<MoveAnswer>(viewer, MOVE, { ...input, dryRun: false });
  const again = await exec<MoveAnswer>(viewer, MOVE, { ...input, dryRun: false });
  if (dry.data.moveCohort.moved !== real.data.moveCohort.moved) throw new Error('the dry run and the real run disagree');
  return {
    pupils: p.pupils, moved: real.data.moveCohort.moved, notPlaced: byReason(real.data.moveCohort.notPlaced), origins: p.codes.length, province: p.province,
    regrouped: p.regrouped, toSchool: p.toSchool.code, classes: p.classes, againMoved: again.data.moveCohort.moved, ms: { dry: dry.ms, real: real.ms, again: again.ms },
  };
}

const verdict = (ms: number) => `target < 10 s: ${ms < TARGET_MS ? 'OK' : 'MISSED'}`;
const runs = (t: Timed) => `dry run ${seconds(t.dry)}, real run ${seconds(t.real)}, second run ${seconds(t.again)}`;

/** The benchmark's lines for the mobility targets. */
export function mobilityLines(m: MobilityBench | string): string[] {
  if (typeof m === 'string') return [`mobility      ${m}`];
  const { rollover: r, move: c } = m;
  return [
    `rollover      school ${r.school}, ${count(r.pupils)} pupils in ${r.classes} classes: ${runs(r.ms)}   ${verdict(r.ms.real)}`,
    `              ${count(r.placed)} placed, ${count(r.leaving)} leaving; not placed: ${reasons(r.notPlaced)}; second run ${r.againChanged ? 'CHANGED something' : 'changed nothing'}`,
    `collective    ${count(c.pupils)} pupils PROMOTED from 6AP in ${c.origins} primary schools of ${c.province} → ${c.toSchool}'s ${c.classes} 1AC classes: ${runs(c.ms)}   ${verdict(c.ms.real)}`,
    `  move        ${count(c.moved)} moved; not placed: ${reasons(c.notPlaced)}; second run moved ${count(c.againMoved)}` +
      (c.regrouped ? `; ${c.regrouped} primary schools of the region were regrouped into the province first (no province holds ${count(MOVE_PUPILS)} 6AP pupils at this size)` : ''),
  ];
}
