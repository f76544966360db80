import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { type SchoolYearDates } from '../schooling/school-calendar.js';
import { type CopySink } from './copy.js';
import {
  AVERAGE_CYCLE, AVERAGE_MEAN, AVERAGE_PRIVATE, AVERAGE_PUPIL_SD, AVERAGE_RURAL, AVERAGE_SCHOOL_SD, CC_INFLATION, CC_INFLATION_SD, CC_MARK_SD,
  CERTIFICATE, DROPOUT_BASE, DROPOUT_LEVEL, DROPOUT_MALE, DROPOUT_PRIVATE, DROPOUT_REGION, DROPOUT_RURAL, DROPOUT_SHIFT, EXAM_KIND, EXAM_MARK_SD,
  EXAM_SUBJECTS, INFLATED_RANGE, INFLATED_SHARE, PASS_MARK, PROMOTION_FLOOR, REPEAT_BASE, REPEAT_CEILING, REPEAT_FEMALE, REPEAT_LEVEL, REPEAT_MALE,
  REPEAT_PRIVATE, REPEAT_REGION, REPEAT_RURAL, RURAL_MIDDLE_BOYS, STREAM_ORIGIN,
} from './history-shape.js';
import { CLASS_MAX } from './national-shape.js';
import { type Names } from './names.js';
import { type Plan, type PlannedClass } from './plan.js';
import { type Reference, subjectKey } from './reference.js';
import { cumulate, pickWeighted, type Rng } from './rng.js';
import { type IdCounters, mobile, T, type YearPartitioned } from './rows.js';
import { type ClassTable } from './schools.js';

/** The school year before the seeded one, created by ensureSchoolYear. */
export interface PastYear {
  id: number;
  dates: SchoolYearDates;
  partitions: Record<YearPartitioned, string>;
}

export interface HistoryCtx {
  db: pg.ClientBase;
  ref: Reference;
  names: Names;
  rng: Rng;
  sink: CopySink;
  ids: IdCounters;
  past: PastYear;
  /** The seeded year's enrolment partition, read back for its pupils and their classes. */
  enrolment: string;
  /** The seeded year's first student id and pupil count (ids are consecutive). */
  firstStudent: number;
  students: number;
  /** End (exclusive) of the codes Massar reserved: pupils of last year only take theirs below it. */
  codeEnd: number;
  onProgress?: (progress: HistoryProgress) => void;
}

export interface HistoryProgress {
  /** Last year's pupils written so far, of `pupils`. */
  written: number;
  pupils: number;
}

export interface HistorySummary {
  year: string;
  /** Last year's enrolments, and how the year ended for them. */
  pupils: number;
  promoted: number;
  repeaters: number;
  droppedOut: number;
  graduated: number;
  /** This year's pupils at 1AP who were not at school last year. */
  newEntrants: number;
  assessments: number;
  grades: number;
  /** Schools with an exam level whose continuous-assessment marks were drawn 3–5 points above their exam marks. */
  inflatedSchools: number;
}

const PROMOTED = 0;
const REPEAT = 1;
const DROPPED_OUT = 2;
const GRADUATED = 3;
const DECISIONS = ['PROMOTED', 'REPEAT', 'DROPPED_OUT', 'GRADUATED'] as const;
const LEVELS = 12;

/**
 * The previous school year, reconstructed backwards from the seeded one: the same schools and
 * classes; each pupil of this year was last year one level below (promoted: in the same school
 * when it teaches that level, else in a school of the same province that does, as on entering
 * collège or lycée), or at the same level (repeaters); pupils who left (dropped out, or passed
 * the baccalaureate) exist only last year. Then the year's published results (S1, S2, YEAR, with
 * the certificates of 6AP, 3AC and 2BAC), the class councils' decisions, and at the exam levels
 * two continuous-assessment marks and one exam mark in two subjects per pupil. Every row by COPY
 * into last year's partitions; the caller restores the indexes.
 */
export async function writeHistory(ctx: HistoryCtx, plan: Plan, classes: ClassTable): Promise<HistorySummary> {
  const world = layout(ctx, plan, classes);
  // This year's rows must be in before they can be read back or copied (the caller has finished the sink).
  await ctx.sink.finish();
  // Entering a grade is audited row by row (grade_entered): a plpgsql call per COPY row would be
  // most of the history's load. Off for this transaction's load, the entries written in one statement after.
  await ctx.db.query(`ALTER TABLE ${ctx.past.partitions.grade} DISABLE TRIGGER grade_entered`);
  const firstPastClass = writePastClasses(ctx, world, classes);
  await copyAssignments(ctx, classes, firstPastClass);
  const current = await readPupils(ctx, classes.id[0]);
  const summary: HistorySummary = {
    year: ctx.past.dates.name, pupils: 0, promoted: 0, repeaters: 0, droppedOut: 0, graduated: 0, newEntrants: 0, assessments: 0, grades: 0,
    inflatedSchools: world.inflated,
  };
  const roster = new Roster(Math.ceil(ctx.students * 1.35) + 64);
  placePupils(ctx, world, current, roster, summary);
  addLeavers(ctx, world, roster, summary);
  summary.pupils = roster.size;
  await writeYear(ctx, world, roster, firstPastClass, await examSubjects(ctx.db), summary);
  await ctx.sink.finish();
  await auditGrades(ctx);
  await publishTerms(ctx);
  return summary;
}


/** Per class (g, its index in the plan) and per school facts, drawn once in plan order. */
interface World {
  plan: Plan;
  classes: PlannedClass[];
  schoolOf: Int32Array;
  /** First class and class count of school s at level index l: [s * LEVELS + l]. */
  levelFirst: Int32Array;
  levelCount: Int32Array;
  schoolIds: Int32Array;
  /** A school's mean general average, and how far its continuous-assessment marks run above its exam marks. */
  mean: Float64Array;
  inflation: Float64Array;
  inflated: number;
  streamCode: Map<number, string>;
  feeders: Map<string, { schools: number[]; cumulative: number[] }>;
}

function layout(ctx: HistoryCtx, plan: Plan, table: ClassTable): World {
  const n = plan.schools.length;
  const classes = plan.schools.flatMap((s) => s.classes);
  const world: World = {
    plan, classes, schoolOf: new Int32Array(classes.length), levelFirst: new Int32Array(n * LEVELS).fill(-1), levelCount: new Int32Array(n * LEVELS),
    schoolIds: new Int32Array(n), mean: new Float64Array(n), inflation: new Float64Array(n), inflated: 0,
    streamCode: new Map(ctx.ref.streams.map((s) => [s.id, s.code])), feeders: new Map(),
  };
  const { rng } = ctx;
  let g = 0;
  plan.schools.forEach((school, s) => {
    world.schoolIds[s] = table.schoolId[g];
    for (const c of school.classes) {
      const k = s * LEVELS + c.level.index;
      if (world.levelFirst[k] < 0) world.levelFirst[k] = g;
      world.levelCount[k]++;
      world.schoolOf[g++] = s;
    }
    world.mean[s] = AVERAGE_MEAN + AVERAGE_SCHOOL_SD * gauss(rng) + (school.milieu === 'RURAL' ? AVERAGE_RURAL : 0) + (school.sector === 'PRIVATE' ? AVERAGE_PRIVATE : 0);
    if (rng.chance(INFLATED_SHARE[school.sector])) {
      world.inflation[s] = INFLATED_RANGE[0] + (INFLATED_RANGE[1] - INFLATED_RANGE[0]) * rng.next();
      if (school.classes.some((c) => EXAM_KIND[c.level.code])) world.inflated++;
    } else world.inflation[s] = CC_INFLATION + CC_INFLATION_SD * gauss(rng);
  });
  // A small data set may draw none: one school with an exam level (private when there is one)
  // inflates anyway, so that the watch has something to find.
  if (world.inflated === 0) {
    const examSchools = plan.schools.flatMap((school, s) => (school.classes.some((c) => EXAM_KIND[c.level.code]) ? [s] : []));
    const privateOnes = examSchools.filter((s) => plan.schools[s].sector === 'PRIVATE');
    const among = privateOnes.length ? privateOnes : examSchools;
    if (among.length) {
      world.inflation[among[rng.int(among.length)]] = INFLATED_RANGE[0] + (INFLATED_RANGE[1] - INFLATED_RANGE[0]) * rng.next();
      world.inflated = 1;
    }
  }
  return world;
}

/** Last year's classes, the same as this year's: last year's class g has id first + g. */
function writePastClasses(ctx: HistoryCtx, world: World, classes: ClassTable): number {
  const first = ctx.ids.schoolClass;
  world.classes.forEach((c, g) => {
    ctx.sink.row(T.schoolClass, `${ctx.ids.schoolClass++}\t${classes.schoolId[g]}\t${ctx.past.id}\t${c.level.id}\t${c.streamId ?? '\\N'}\t${c.name}\t${CLASS_MAX}`);
  });
  return first;
}

/** Last year's teachers taught the same classes (pupil–teacher ratios need them): one set-based copy. */
async function copyAssignments(ctx: HistoryCtx, classes: ClassTable, firstPastClass: number): Promise<void> {
  const { rowCount } = await ctx.db.query(
    `INSERT INTO teaching_assignment (id, school_id, class_id, subject_id, teacher_id) OVERRIDING SYSTEM VALUE
     SELECT $1 + row_number() OVER (ORDER BY id) - 1, school_id, class_id + $2, subject_id, teacher_id
     FROM teaching_assignment WHERE class_id BETWEEN $3 AND $4`,
    [ctx.ids.assignment, firstPastClass - classes.id[0], classes.id[0], classes.id[classes.id.length - 1]],
  );
  ctx.ids.assignment += rowCount ?? 0;
}

/** This year's pupils: their class (index g) and whether a boy, indexed by student id − firstStudent. */
async function readPupils(ctx: HistoryCtx, firstClass: number): Promise<{ g: Int32Array; male: Uint8Array }> {
  const g = new Int32Array(ctx.students).fill(-1);
  const male = new Uint8Array(ctx.students);
  const stream = ctx.db.query(
    copyTo(`COPY (SELECT e.student_id, e.class_id, s.gender FROM ${ctx.enrolment} e JOIN student s ON s.id = e.student_id) TO STDOUT`),
  );
  let rest = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const lines = (rest + chunk.toString('latin1')).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      const a = line.indexOf('\t');
      const b = line.indexOf('\t', a + 1);
      const i = Number(line.slice(0, a)) - ctx.firstStudent;
      g[i] = Number(line.slice(a + 1, b)) - firstClass;
      male[i] = line.charCodeAt(b + 1) === 77 ? 1 : 0;
    }
  }
  if (g.some((x) => x < 0)) throw new Error('history: a pupil of the seeded year has no enrolment to start from');
  return { g, male };
}

/** Last year's pupils: student, class g, how the year ended. */
class Roster {
  student: Int32Array;
  g: Int32Array;
  kind: Uint8Array;
  size = 0;

  constructor(private capacity: number) {
    this.student = new Int32Array(capacity);
    this.g = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
  }

  add(student: number, g: number, kind: number): void {
    if (this.size === this.capacity) throw new Error('history: more pupils last year than planned for');
    this.student[this.size] = student;
    this.g[this.size] = g;
    this.kind[this.size++] = kind;
  }
}

function repeatChance(world: World, g: number, male: boolean): number {
  const school = world.plan.schools[world.schoolOf[g]];
  const { cycle, code } = world.classes[g].level;
  const rural = school.milieu === 'RURAL';
  return REPEAT_BASE[cycle] * (REPEAT_LEVEL[code] ?? 1) * (REPEAT_REGION[school.regionId - 1] ?? 1) * (male ? REPEAT_MALE : REPEAT_FEMALE)
    * (rural ? REPEAT_RURAL[cycle] : 1) * (rural && male && cycle === 'MIDDLE' ? RURAL_MIDDLE_BOYS : 1)
    * (school.sector === 'PRIVATE' ? REPEAT_PRIVATE : 1);
}

function dropoutShare(world: World, g: number): number {
  const school = world.plan.schools[world.schoolOf[g]];
  const { cycle, code } = world.classes[g].level;
  return DROPOUT_BASE[cycle] * (DROPOUT_LEVEL[code] ?? 1) * (DROPOUT_REGION[school.regionId - 1] ?? 1)
    * (school.milieu === 'RURAL' ? DROPOUT_RURAL[cycle] : 1) * (school.sector === 'PRIVATE' ? DROPOUT_PRIVATE : 1);
}

/** Where each of this year's pupils was last year. */
function placePupils(ctx: HistoryCtx, world: World, current: { g: Int32Array; male: Uint8Array }, roster: Roster, summary: HistorySummary) {
  const { rng } = ctx;
  for (let i = 0; i < ctx.students; i++) {
    const g = current.g[i];
    const male = current.male[i] === 1;
    const level = world.classes[g].level;
    if (rng.chance(repeatChance(world, g, male))) {
      roster.add(ctx.firstStudent + i, g, REPEAT);
      summary.repeaters++;
    } else if (level.index === 0) {
      summary.newEntrants++;
    } else {
      roster.add(ctx.firstStudent + i, previousClass(ctx, world, g), PROMOTED);
      summary.promoted++;
    }
  }
}

/** A class one level below class g's: in its school when it teaches that level, else in a school nearby. */
function previousClass(ctx: HistoryCtx, world: World, g: number): number {
  const s = world.schoolOf[g];
  const l = world.classes[g].level.index - 1;
  const from = world.levelCount[s * LEVELS + l] > 0 ? s : feeder(ctx, world, s, l);
  const first = world.levelFirst[from * LEVELS + l];
  const count = world.levelCount[from * LEVELS + l];
  const stream = world.classes[g].streamId;
  const origin = stream === null ? undefined : STREAM_ORIGIN[world.streamCode.get(stream) ?? ''];
  if (origin) {
    const matching: number[] = [];
    for (let k = first; k < first + count; k++) {
      const other = world.classes[k].streamId;
      if (other !== null && world.streamCode.get(other) === origin) matching.push(k);
    }
    if (matching.length) return matching[ctx.rng.int(matching.length)];
  }
  return first + ctx.rng.int(count);
}

/**
 * A school teaching level l for a pupil of school s that does not: of the same province, sector
 * and milieu when there is one, else of the province, the region, the country; drawn by the
 * pupils it has at that level, so that last year's classes keep their size.
 */
function feeder(ctx: HistoryCtx, world: World, s: number, l: number): number {
  const school = world.plan.schools[s];
  const scopes: [string, (o: (typeof world.plan.schools)[number]) => boolean][] = [
    [`p${school.province}${school.sector}${school.milieu}`, (o) => o.province === school.province && o.sector === school.sector && o.milieu === school.milieu],
    [`p${school.province}${school.sector}`, (o) => o.province === school.province && o.sector === school.sector],
    [`p${school.province}`, (o) => o.province === school.province],
    [`r${school.regionId}`, (o) => o.regionId === school.regionId],
    ['', () => true],
  ];
  for (const [key, within] of scopes) {
    const cacheKey = `${key}:${l}`;
    let pool = world.feeders.get(cacheKey);
    if (!pool) {
      const schools: number[] = [];
      const weights: number[] = [];
      world.plan.schools.forEach((o, k) => {
        const count = world.levelCount[k * LEVELS + l];
        if (count === 0 || !within(o)) return;
        const first = world.levelFirst[k * LEVELS + l];
        schools.push(k);
        weights.push(world.classes.slice(first, first + count).reduce((n, c) => n + c.size, 0));
      });
      pool = { schools, cumulative: cumulate(weights) };
      world.feeders.set(cacheKey, pool);
    }
    if (pool.schools.length) return pool.schools[pickWeighted(ctx.rng, pool.cumulative)];
  }
  throw new Error(`history: no school teaches level ${l + 1}`);
}

/**
 * Pupils who were at school last year only: some dropped out of every class; in 2BAC, those who
 * passed the baccalaureate fill last year's class to its planned size (this year's 2BAC pupils
 * who were there last year are its repeaters).
 */
function addLeavers(ctx: HistoryCtx, world: World, roster: Roster, summary: HistorySummary) {
  const placed = new Int32Array(world.classes.length);
  for (let k = 0; k < roster.size; k++) placed[roster.g[k]]++;
  world.classes.forEach((c, g) => {
    const share = dropoutShare(world, g);
    const last = c.level.code === '2BAC';
    const expected = last ? c.size * share : (placed[g] * share) / (1 - share);
    const dropouts = Math.floor(expected) + (ctx.rng.chance(expected % 1) ? 1 : 0);
    const rural = world.plan.schools[world.schoolOf[g]].milieu === 'RURAL';
    const maleShare = rural && c.level.cycle === 'MIDDLE' ? DROPOUT_MALE.ruralMiddle : DROPOUT_MALE.other;
    for (let k = 0; k < dropouts; k++) roster.add(leaver(ctx, world, g, ctx.rng.chance(maleShare), 1 + ctx.rng.int(2)), g, DROPPED_OUT);
    summary.droppedOut += dropouts;
    if (!last) return;
    const graduates = Math.max(0, c.size - placed[g] - dropouts);
    for (let k = 0; k < graduates; k++) roster.add(leaver(ctx, world, g, ctx.rng.chance(0.49), ctx.rng.chance(0.2) ? 1 : 0), g, GRADUATED);
    summary.graduated += graduates;
  });
}

/** A pupil of last year's class g only, with a guardian; returns the student id. */
function leaver(ctx: HistoryCtx, world: World, g: number, male: boolean, delay: number): number {
  const { rng, names, sink, ids } = ctx;
  if (ids.code >= ctx.codeEnd) throw new Error('history: the codes Massar reserved for last year\'s pupils ran out');
  const school = world.plan.schools[world.schoolOf[g]];
  const schoolId = world.schoolIds[world.schoolOf[g]];
  const province = ctx.ref.provinces[school.province];
  const id = ids.student++;
  const family = rng.pick(names.family.pairs);
  const birth = `${ctx.past.dates.startYear - 6 - world.classes[g].level.index - delay}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
  const letter = String.fromCharCode(64 + province.regionId);
  sink.row(T.student, `${id}\t${letter}${ids.code++}\t${rng.pick(male ? names.male.pairs : names.female.pairs)}\t${family}\t${birth}\t${province.nameFr}\t${male ? 'M' : 'F'}`);
  const guardianId = ids.guardian++;
  sink.row(T.guardian, `${guardianId}\t${rng.pick(names.male.pairs)}\t${family}\t${mobile(rng)}`);
  sink.row(T.link, `${id}\t${guardianId}\tFATHER\t${schoolId}`);
  return id;
}

/** The exam subjects marked at each exam level and stream: the highest exam coefficients. */
async function examSubjects(db: pg.ClientBase): Promise<Map<string, number[]>> {
  const { rows } = await db.query(
    `SELECT sc.level_id, sc.stream_id, sc.subject_id FROM subject_coefficient sc JOIN level l ON l.id = sc.level_id
     WHERE sc.from_year IS NULL AND ((l.code IN ('3AC', '1BAC') AND sc.exam = 'REGIONAL') OR (l.code = '2BAC' AND sc.exam = 'NATIONAL'))
     ORDER BY sc.level_id, sc.stream_id NULLS FIRST, sc.coefficient DESC NULLS LAST, sc.subject_id`,
  );
  const subjects = new Map<string, number[]>();
  for (const r of rows) {
    const key = subjectKey(Number(r.level_id), r.stream_id === null ? null : Number(r.stream_id));
    const list = subjects.get(key) ?? [];
    if (list.length < EXAM_SUBJECTS) list.push(Number(r.subject_id));
    subjects.set(key, list);
  }
  return subjects;
}

interface Result {
  average: number;
  s1: number;
  s2: number;
  certificate: number | null;
}

/** Class by class: enrolments, the three published results, the council's decision, the exam marks. */
async function writeYear(
  ctx: HistoryCtx, world: World, roster: Roster, firstPastClass: number, exams: Map<string, number[]>, summary: HistorySummary,
): Promise<void> {
  // Last year's pupils grouped by class (a counting sort keeps each class's order stable).
  const start = new Int32Array(world.classes.length + 1);
  for (let k = 0; k < roster.size; k++) start[roster.g[k] + 1]++;
  for (let g = 0; g < world.classes.length; g++) start[g + 1] += start[g];
  const order = new Int32Array(roster.size);
  const next = start.slice(0, world.classes.length);
  for (let k = 0; k < roster.size; k++) order[next[roster.g[k]]++] = k;

  const { past } = ctx;
  const y1 = past.dates.startYear + 1;
  const dates = {
    s1Published: `${y1}-02-06 10:00:00+01`, yearPublished: `${y1}-07-06 10:00:00+01`, confirmed: `${y1}-07-03 11:00:00+01`,
  };
  let written = 0;
  for (let g = 0; g < world.classes.length; g++) {
    const members = order.subarray(start[g], start[g + 1]);
    if (members.length === 0) continue;
    const s = world.schoolOf[g];
    const schoolId = world.schoolIds[s];
    const classId = firstPastClass + g;
    const level = world.classes[g].level;
    const certificate = CERTIFICATE[level.code] ?? null;
    const results = Array.from(members, (k) => result(ctx.rng, world.mean[s] + AVERAGE_CYCLE[level.cycle], roster.kind[k], certificate !== null));
    const ranked = (pick: (r: Result) => number) => ranksOf(results.map(pick));
    const terms = [['S1', ranked((r) => r.s1)], ['S2', ranked((r) => r.s2)], ['YEAR', ranked((r) => r.average)]] as const;
    members.forEach((k, i) => {
      const student = roster.student[k];
      const r = results[i];
      const decision = DECISIONS[roster.kind[k]];
      const proposed = proposedDecision(r, certificate);
      ctx.sink.row(T.pastEnrolment, `${ctx.ids.enrolment++}\t${student}\t${schoolId}\t${classId}\t${past.id}\t${past.dates.startsOn}`);
      ctx.sink.row(T.pastDecision, `${schoolId}\t${past.id}\t${classId}\t${student}\t${decision}\t${proposed}\t${dates.confirmed}`);
      for (const [term, { rank, mean }] of terms) {
        const value = term === 'S1' ? r.s1 : term === 'S2' ? r.s2 : r.average;
        const cert = term === 'YEAR' && certificate ? certificateJson(certificate, r.certificate!) : '\\N';
        const published = term === 'S1' ? dates.s1Published : dates.yearPublished;
        ctx.sink.row(
          T.pastResult,
          `${schoolId}\t${past.id}\t${classId}\t${student}\t${term}\t${value.toFixed(2)}\t${rank[i]}\t${mean.toFixed(2)}\t[]\t[]\t${cert}\t${term === 'YEAR' ? proposed : '\\N'}\t${published}`,
        );
      }
    });
    const subjects = EXAM_KIND[level.code] ? (exams.get(subjectKey(level.id, world.classes[g].streamId)) ?? []) : [];
    for (const subjectId of subjects) examMarks(ctx, { schoolId, classId, subjectId, kind: EXAM_KIND[level.code], inflation: world.inflation[s] }, members, roster, results, summary);
    written += members.length;
    if (g % 64 === 0) {
      ctx.onProgress?.({ written, pupils: roster.size });
      await ctx.sink.tick();
    }
  }
  ctx.onProgress?.({ written, pupils: roster.size });
}

/**
 * One pupil's averages, on the side of the pass mark their year's end requires: at a certificate
 * level the certificate decides (passed: ≥ 10; failed, repeating or leaving: < 10); elsewhere a
 * council promotes from PROMOTION_FLOOR and a repeater is below REPEAT_CEILING. S1 and S2 average
 * to the year's.
 */
function result(rng: Rng, mean: number, kind: number, certified: boolean): Result {
  const centre = kind === DROPPED_OUT ? mean + DROPOUT_SHIFT : mean;
  const passed = kind === PROMOTED || kind === GRADUATED;
  let average: number;
  let certificate: number | null = null;
  if (certified) {
    certificate = passed ? between(rng, centre, PASS_MARK, 20) : between(rng, centre, 0, PASS_MARK - 0.01);
    average = clamp(round2(certificate + 0.8 * gauss(rng)));
  } else if (kind === PROMOTED) average = between(rng, centre, PROMOTION_FLOOR, 20);
  else if (kind === REPEAT) average = between(rng, centre, 0, REPEAT_CEILING);
  else average = clamp(round2(centre + AVERAGE_PUPIL_SD * gauss(rng)));
  const s1 = clamp(round2(average + 0.9 * gauss(rng)));
  const s2 = clamp(round2(2 * average - s1));
  return { average, s1, s2, certificate };
}

/** What the policy proposed: the certificate's outcome, else the year average against 10. */
function proposedDecision(r: Result, certificate: string | null): string {
  if (certificate) return r.certificate! >= PASS_MARK ? (certificate === 'BAC' ? 'GRADUATED' : 'PROMOTED') : 'REPEAT';
  return r.average >= PASS_MARK ? 'PROMOTED' : 'REPEAT';
}

function certificateJson(name: string, average: number): string {
  return JSON.stringify({ name, average, outcome: average >= PASS_MARK ? 'PASSED' : 'FAILED', honours: null, derivation: [] });
}

/**
 * Two continuous-assessment tests (one per term) and the exam of one subject for a class: each
 * pupil's exam mark near their level, their CC marks `inflation` above it on average.
 */
function examMarks(
  ctx: HistoryCtx, a: { schoolId: number; classId: number; subjectId: number; kind: string; inflation: number },
  members: Int32Array, roster: Roster, results: Result[], summary: HistorySummary,
) {
  const { past, sink, ids, rng } = ctx;
  const y0 = past.dates.startYear;
  const held = [['S1', 'CONTINUOUS', `${y0}-12-12`], ['S2', 'CONTINUOUS', `${y0 + 1}-05-14`], ['S2', a.kind, `${y0 + 1}-06-10`]] as const;
  const assessments = held.map(([term, kind, on]) => {
    const id = ids.assessment++;
    sink.row(T.pastAssessment, `${id}\t${a.schoolId}\t${a.classId}\t${a.subjectId}\t${past.id}\t${term}\t${kind}\t1\t${on}\t${on} 09:00:00+01`);
    return { id, exam: kind !== 'CONTINUOUS', recorded: `${on} 18:00:00+01` };
  });
  summary.assessments += assessments.length;
  members.forEach((k, i) => {
    const level = results[i].average - 0.3 + 0.8 * gauss(rng);
    for (const x of assessments) {
      const mark = quarter(level + (x.exam ? EXAM_MARK_SD * gauss(rng) : a.inflation + CC_MARK_SD * gauss(rng)));
      sink.row(T.pastGrade, `${a.schoolId}\t${past.id}\t${x.id}\t${roster.student[k]}\t${mark.toFixed(2)}\t${x.recorded}`);
    }
  });
  summary.grades += assessments.length * members.length;
}

/** The grade audit's entry of each mark, as grade_entered writes it (no actor), at the time it was recorded. */
async function auditGrades(ctx: HistoryCtx): Promise<void> {
  const grades = ctx.past.partitions.grade;
  await ctx.db.query(
    `INSERT INTO grade_audit (school_id, assessment_id, student_id, changed_by, changed_at, old_value, old_absence, new_value, new_absence, reason)
     SELECT school_id, assessment_id, student_id, recorded_by, recorded_at, NULL, NULL, value, absence, NULL FROM ${grades} ORDER BY recorded_at, assessment_id, student_id`,
  );
  await ctx.db.query(`ALTER TABLE ${grades} ENABLE TRIGGER grade_entered`);
}

/** Last year's terms are over: every class's S1 and S2 published (the year's results are shown once S2 is). */
async function publishTerms(ctx: HistoryCtx): Promise<void> {
  const y1 = ctx.past.dates.startYear + 1;
  await ctx.db.query(
    `INSERT INTO term_status (class_id, school_year_id, term, school_id, status, locked_at, published_at)
     SELECT c.id, c.school_year_id, t.code, c.school_id, 'PUBLISHED',
            CASE t.code WHEN 'S1' THEN $2 ELSE $4 END::timestamptz, CASE t.code WHEN 'S1' THEN $3 ELSE $5 END::timestamptz
     FROM school_class c JOIN term t ON t.school_year_id = c.school_year_id
     WHERE c.school_year_id = $1
     ON CONFLICT (class_id, school_year_id, term) DO UPDATE SET status = 'PUBLISHED', locked_at = EXCLUDED.locked_at, published_at = EXCLUDED.published_at`,
    [ctx.past.id, `${y1}-02-03 17:00:00+01`, `${y1}-02-06 10:00:00+01`, `${y1}-07-02 17:00:00+01`, `${y1}-07-06 10:00:00+01`],
  );
}

/** Competition ranks (1 for the best; equal averages share a rank) and the mean, as the results module ranks. */
function ranksOf(values: number[]): { rank: Int32Array; mean: number } {
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
  const rank = new Int32Array(values.length);
  order.forEach((i, position) => {
    rank[i] = position > 0 && values[order[position - 1]] === values[i] ? rank[order[position - 1]] : position + 1;
  });
  return { rank, mean: round2(values.reduce((a, b) => a + b, 0) / values.length) };
}

/** A two-decimal average drawn around `centre` within [lo, hi] (rejection; uniform when the band is far out). */
function between(rng: Rng, centre: number, lo: number, hi: number): number {
  for (let tries = 0; tries < 24; tries++) {
    const x = round2(centre + AVERAGE_PUPIL_SD * gauss(rng));
    if (x >= lo && x <= hi) return x;
  }
  return round2(lo + (hi - lo) * rng.next());
}

/** A standard normal draw (Box–Muller). */
function gauss(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number) => Math.min(20, Math.max(0, x));
/** A mark as teachers give them: to the quarter point, within 0–20. */
const quarter = (x: number) => clamp(Math.round(x * 4) / 4);

