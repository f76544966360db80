import 'reflect-metadata';
import type pg from 'pg';
import { director, type RunOperation, withInProcessSchema } from './bench-in-process.js';
import { count, seconds } from './report.js';

/** Issue 11's target: a month's Tayssir entitlements for a school of ~1,500 pupils under 1 s. */
const ENTITLEMENTS_TARGET_MS = 1_000;
const SCHOOL_PUPILS = 1_500;
const ROUNDS = 5;

export interface SchoolTimeBench {
  rollCall: { school: string; className: string; pupils: number; absent: number; ms: number[] };
  week: { school: string; slots: number; ms: number[] };
  entitlements: { school: string; pupils: number; beneficiaries: number; lost: number; month: string; pages: number; firstPageMs: number[]; allMs: number[]; madeRural: boolean };
}


const CLASS_WEEK = `query BenchClassWeek($code: String!, $year: String!) { school(code: $code) { classes(year: $year) { id name timetable(term: S1) { id weekday } } } }`;
const ROLL_CALL = `mutation BenchRollCall($input: RollCallInput!) { recordRollCall(input: $input) { id late } }`;
const SCHOOL_WEEK = `query BenchSchoolWeek($code: String!, $year: String!) { school(code: $code) { timetable(term: S1, year: $year) {
  id weekday startsAt endsAt room subject { code } teacher { lastName } schoolClass { name } } } }`;
const ENTITLEMENTS = `query BenchEntitlements($code: String!, $month: String!, $after: String) { school(code: $code) {
  entitlements(programmeCode: "TAYSSIR", month: $month, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { met amount explanation } } } } }`;

type Exec = RunOperation;

/**
 * School time and support through the GraphQL schema in-process, as the school's director: the
 * roll call of a 45-pupil class (recordRollCall, a new date then the same date again, which
 * replaces it), the school's week (School.timetable), and a month's Tayssir entitlements for
 * a school of about 1,500 pupils, every page of 100. Tayssir serves rural schools, and rural
 * schools of 1,500 pupils do not exist in the generated country: the middle school closest to
 * that size is made rural and all its pupils Tayssir beneficiaries first (said in the output).
 * The seed's absences (its month of roll calls) decide who lost the month.
 */
export async function benchSchoolTime(url: string, client: pg.ClientBase, year: string, log: (line: string) => void = console.log): Promise<SchoolTimeBench | string> {
  return withInProcessSchema(url, async (exec) => {
    const rollCall = await benchRollCall(client, exec, year, log);
    const week = await benchWeek(client, exec, year, log);
    const entitlements = await benchEntitlements(client, exec, year, log);
    return { rollCall, week, entitlements };
  });
}

async function benchRollCall(client: pg.ClientBase, exec: Exec, year: string, log: (line: string) => void): Promise<SchoolTimeBench['rollCall']> {
  const { rows: [c] } = await client.query(
    `SELECT c.id, c.name, s.id AS school_id, s.code, count(*)::int AS pupils FROM enrolment e JOIN school_class c ON c.id = e.class_id
     JOIN school s ON s.id = c.school_id JOIN school_year y ON y.id = e.school_year_id
     WHERE y.name = $1 GROUP BY c.id, s.id ORDER BY count(*) DESC, c.id LIMIT 1`,
    [year],
  );
  const { rows: pupils } = await client.query('SELECT s.code_massar FROM enrolment e JOIN student s ON s.id = e.student_id WHERE e.class_id = $1 ORDER BY s.id', [c.id]);
  const { rows: [term] } = await client.query(`SELECT t.starts_on::text, least(t.ends_on, current_date)::text AS ends_on FROM term t JOIN school_year y ON y.id = t.school_year_id WHERE y.name = $1 AND t.code = 'S1'`, [year]);
  const viewer = director(c.school_id);
  const week = await exec<{ school: { classes: { id: string; name: string; timetable: { id: string; weekday: number }[] }[] } }>(viewer, CLASS_WEEK, { code: c.code, year });
  const slot = week.data.school.classes.find((k) => k.name === c.name)?.timetable[0];
  if (!slot) throw new Error(`class ${c.name} has no S1 slot`);
  // The term's last day on the slot's weekday: after the seed's month, so the first run records a new roll call.
  const { rows: [{ date }] } = await client.query(
    `SELECT max(d)::date::text AS date FROM generate_series($1::date, $2::date, '1 day') d WHERE extract(isodow FROM d) = $3`,
    [term.starts_on, term.ends_on, slot.weekday],
  );
  log(`School time: roll call of ${c.name} in ${c.code} (${c.pupils} pupils) on ${date}…`);
  const absent = pupils.slice(0, 4).map((p, i) => ({ codeMassar: p.code_massar, late: i === 3, minutesLate: i === 3 ? 10 : undefined }));
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) ms.push((await exec(viewer, ROLL_CALL, { input: { slotId: slot.id, date, absent: i % 2 ? absent.slice(1) : absent } })).ms);
  return { school: c.code, className: c.name, pupils: c.pupils, absent: absent.length, ms };
}

async function benchWeek(client: pg.ClientBase, exec: Exec, year: string, log: (line: string) => void): Promise<SchoolTimeBench['week']> {
  const school = await schoolNear(client, year);
  log(`School time: the week of ${school.code} (${count(school.pupils)} pupils)…`);
  const ms: number[] = [];
  let slots = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const r = await exec<{ school: { timetable: unknown[] } }>(director(school.id), SCHOOL_WEEK, { code: school.code, year });
    slots = r.data.school.timetable.length;
    ms.push(r.ms);
  }
  return { school: school.code, slots, ms };
}

/** The middle school closest to SCHOOL_PUPILS pupils. */
async function schoolNear(client: pg.ClientBase, year: string): Promise<{ id: number; code: string; pupils: number; milieu: string }> {
  const { rows: [s] } = await client.query(
    `SELECT s.id, s.code, s.milieu, count(*)::int AS pupils FROM enrolment e JOIN school s ON s.id = e.school_id JOIN school_year y ON y.id = e.school_year_id
     WHERE y.name = $1 AND s.cycles = ARRAY['MIDDLE'] AND s.sector = 'PUBLIC' GROUP BY s.id ORDER BY abs(count(*) - $2), s.id LIMIT 1`,
    [year, SCHOOL_PUPILS],
  );
  if (!s) throw new Error('no public middle school');
  return s;
}

async function benchEntitlements(client: pg.ClientBase, exec: Exec, year: string, log: (line: string) => void): Promise<SchoolTimeBench['entitlements']> {
  const school = await schoolNear(client, year);
  const madeRural = school.milieu !== 'RURAL';
  if (madeRural) await client.query(`UPDATE school SET milieu = 'RURAL' WHERE id = $1`, [school.id]);
  await client.query(
    `INSERT INTO support_beneficiary (programme_id, school_year_id, student_id, school_id, level_id)
     SELECT p.id, e.school_year_id, e.student_id, e.school_id, c.level_id
     FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN school_year y ON y.id = e.school_year_id, support_programme p
     WHERE e.school_id = $1 AND y.name = $2 AND p.code = 'TAYSSIR' ON CONFLICT DO NOTHING`,
    [school.id, year],
  );
  await client.query('ANALYZE support_beneficiary');
  // The seed's month of roll calls.
  const { rows: [{ month }] } = await client.query(`SELECT to_char(max(held_on), 'YYYY-MM') AS month FROM roll_call WHERE school_id = $1`, [school.id]);
  log(`Support: ${month}'s Tayssir entitlements of ${school.code} (${count(school.pupils)} pupils${madeRural ? ', made rural for the bench' : ''})…`);
  const viewer = director(school.id);
  type Page = { school: { entitlements: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { met: boolean } }[] } } };
  const firstPageMs: number[] = [];
  const allMs: number[] = [];
  let pages = 0;
  let lost = 0;
  let beneficiaries = 0;
  for (let i = 0; i < ROUNDS; i++) {
    let after: string | null = null;
    let total = 0;
    pages = 0;
    lost = 0;
    do {
      const r: { data: Page; ms: number } = await exec<Page>(viewer, ENTITLEMENTS, { code: school.code, month, after });
      const e = r.data.school.entitlements;
      if (pages === 0) firstPageMs.push(r.ms);
      total += r.ms;
      pages++;
      lost += e.edges.filter((x) => !x.node.met).length;
      beneficiaries = e.totalCount;
      after = e.pageInfo.hasNextPage ? e.pageInfo.endCursor : null;
    } while (after);
    allMs.push(total);
  }
  return { school: school.code, pupils: school.pupils, beneficiaries, lost, month, pages, firstPageMs, allMs, madeRural };
}

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The benchmark's lines for school time and support. */
export function schoolTimeLines(b: SchoolTimeBench | string): string[] {
  if (typeof b === 'string') return [`school time   ${b}`];
  const { rollCall: r, week: w, entitlements: e } = b;
  const all = median(e.allMs);
  return [
    `roll call     ${r.className} of ${r.school}, ${r.pupils} pupils, ${r.absent} absent or late (recordRollCall, a new date then replacing it): median ${ms(median(r.ms))} (first ${ms(r.ms[0])})`,
    `school week   ${w.school}, ${count(w.slots)} S1 slots with subject, teacher and class (School.timetable): median ${ms(median(w.ms))}`,
    `entitlements  ${e.month} Tayssir of ${e.school} (${count(e.pupils)} pupils, ${count(e.beneficiaries)} beneficiaries, ${count(e.lost)} lost${e.madeRural ? '; made rural for the bench' : ''}):` +
      ` ${e.pages} pages of 100 in ${seconds(all)} median, first page ${ms(median(e.firstPageMs))}   target < 1 s: ${all < ENTITLEMENTS_TARGET_MS ? 'OK' : 'MISSED'}`,
  ];
}
