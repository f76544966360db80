import type pg from 'pg';
import { schoolYearDates } from '../schooling/school-calendar.js';
import { prepareBulkLoad, type RestoreStep } from './bulk-load.js';
import { ensureSchoolYear } from './calendar.js';
import { CopySink, type TableStat } from './copy.js';
import { writePupils } from './families.js';
import { type HistoryProgress, type HistorySummary, writeHistory } from './history.js';
import { loadNames } from './names.js';
import { planCountry } from './plan.js';
import { loadReference } from './reference.js';
import { createRng } from './rng.js';
import { BULK_TABLES, copyTargets, type IdCounters, SEQUENCES } from './rows.js';
import { absencePeriod, SchoolTimeWriter } from './school-time.js';
import { writeSchools } from './schools.js';
import { loadProgrammes, SupportWriter } from './support.js';

export interface SeedOptions {
  students: number;
  /** School year to fill, created with its terms when missing. Default 2025-2026. */
  year?: string;
  /** PRNG seed: the same seed, size and reference data give the same rows. Default 1. */
  seed?: number;
  /** The day the seed is for (YYYY-MM-DD): roll calls are only generated before it. Default today. */
  today?: string;
  /**
   * Also the school year before (history.ts): its classes, enrolments consistent with this
   * year's (promotions, repeaters, pupils who left), published results, decisions, exam marks.
   */
  history?: boolean;
  onProgress?: (progress: SeedProgress) => void;
}

export type SeedPhase = 'load' | 'history' | 'constraints' | 'analyze' | 'done';

export interface SeedProgress {
  phase: SeedPhase;
  elapsedMs: number;
  /** Pupils loaded so far, of `students`. */
  loaded: number;
  students: number;
  tables: Record<string, TableStat>;
  /** The index or constraint just built (phase "constraints"). */
  step?: RestoreStep;
  /** Last year's pupils written (phase "history"). */
  history?: HistoryProgress;
}

export interface SeedSummary {
  year: string;
  seed: number;
  students: number;
  tables: Record<string, TableStat>;
  /** Roll calls and absences cover these school days (none when the year has none before today). */
  absences: { term: string; from: string; to: string; days: number } | null;
  /** Lesson hours the timetables could not place (no period free for both class and teacher). */
  lessonsDropped: number;
  /** The previous school year, when asked for. */
  history: HistorySummary | null;
  /** `waited`: part of `load` the generator spent waiting for PostgreSQL to take a batch. */
  /** `history`: part of `load` spent on the previous year (reading this year's pupils back included). */
  ms: { prepare: number; load: number; waited: number; history: number; constraints: number; analyze: number; total: number };
}

/** The database already holds data the seed would mix with: nothing was written. */
export class SeedRefusedError extends Error {}

export const DEFAULT_YEAR = '2025-2026';
const MAX_STUDENTS = 20_000_000;

/**
 * Fills an empty database with a national-shaped data set: schools, classes, staff and
 * teaching assignments, pupils with their families and their enrolment in `year`. One
 * transaction: on any failure nothing is left behind. Creates no accounts.
 */
export async function seedNational(db: pg.Pool | pg.ClientBase, options: SeedOptions): Promise<SeedSummary> {
  // Duck-typed: a Pool from another copy of pg would fail instanceof.
  const pooled = 'idleCount' in db;
  const client = pooled ? await (db as pg.Pool).connect() : (db as pg.ClientBase);
  try {
    return await seed(client, options);
  } finally {
    if (pooled) (client as pg.PoolClient).release();
  }
}

async function seed(db: pg.ClientBase, options: SeedOptions): Promise<SeedSummary> {
  const { students, year = DEFAULT_YEAR, seed = 1, onProgress, today = new Date().toISOString().slice(0, 10), history = false } = options;
  if (!Number.isInteger(students) || students < 1 || students > MAX_STUDENTS) {
    throw new RangeError(`students must be a whole number between 1 and ${MAX_STUDENTS}, got ${students}`);
  }
  const started = performance.now();
  const ms = { prepare: 0, load: 0, waited: 0, history: 0, constraints: 0, analyze: 0, total: 0 };
  let sink: CopySink | undefined;
  let time: SchoolTimeWriter | undefined;
  let period: ReturnType<typeof absencePeriod> = null;
  let past: HistorySummary | null = null;
  let phase: SeedPhase = 'load';
  let historyProgress: HistoryProgress | undefined;
  const report = (at: SeedPhase, step?: RestoreStep) => {
    const tables = Object.fromEntries(sink?.stats ?? []);
    // Last year's leavers are students too: this year's pupils are the first `students` rows.
    const loaded = Math.min(students, tables.student?.rows ?? 0);
    onProgress?.({ phase: at, elapsedMs: performance.now() - started, loaded, students, tables, step, history: at === 'history' ? historyProgress : undefined });
  };
  await db.query('BEGIN');
  try {
    await db.query("SET LOCAL lock_timeout = '30s'; SET LOCAL maintenance_work_mem = '512MB'; SET LOCAL synchronous_commit = off");
    await db.query(`LOCK TABLE ${BULK_TABLES.join(', ')} IN ACCESS EXCLUSIVE MODE`);
    await refuseUnlessEmpty(db);
    const schoolYear = await ensureSchoolYear(db, year);
    const pastYear = history ? await ensureSchoolYear(db, previousYear(year)) : null;
    const ref = await loadReference(db);
    const rng = createRng(seed);
    const plan = planCountry(ref, students, rng.fork(1));
    const partitions = [...Object.values(schoolYear.partitions), ...Object.values(pastYear?.partitions ?? {})];
    const truncate = [...BULK_TABLES.filter((t) => !(t in schoolYear.partitions)), ...partitions];
    const programmes = await loadProgrammes(db);
    const restore = await prepareBulkLoad(db, BULK_TABLES, truncate);
    // Last year's leavers (dropouts, graduates) get codes too: at most a few tenths of this year's pupils.
    const codes = students + (history ? Math.ceil(students * 0.3) + 64 : 0);
    const ids = await firstIds(db, codes);
    if (ids.code + codes - 1 > 999_999_999) throw new Error('student_code_seq would pass 9 digits: no code Massar left');
    const codeEnd = ids.code + codes;
    ms.prepare = performance.now() - started;

    sink = new CopySink(db, copyTargets(schoolYear.partitions, pastYear?.partitions), undefined, () => report(phase));
    const ctx = { ref, names: loadNames(), sink, ids, yearId: schoolYear.id };
    // Their own random streams, so that pupils and families stay what they were without them.
    period = absencePeriod(schoolYear.dates, today);
    time = new SchoolTimeWriter({ ...ctx, rng: rng.fork(4) }, period, plan.classes);
    const support = new SupportWriter({ ...ctx, rng: rng.fork(5), addedOn: schoolYear.dates.startsOn }, programmes);
    const classes = await writeSchools({ ...ctx, rng: rng.fork(2), time }, plan);
    const firstStudent = ids.student;
    await writePupils({ ...ctx, rng: rng.fork(3), startYear: schoolYear.dates.startYear, enrolledOn: schoolYear.dates.startsOn, time, support }, plan, classes);
    if (pastYear) {
      // This year's rows in first: the history reads them back.
      await sink.finish();
      const historyStarted = performance.now();
      phase = 'history';
      const onHistory = (p: HistoryProgress) => {
        historyProgress = p;
        report('history');
      };
      past = await writeHistory(
        { ...ctx, db, rng: rng.fork(6), past: pastYear, enrolment: schoolYear.partitions.enrolment, firstStudent, students, codeEnd, onProgress: onHistory },
        plan,
        classes,
      );
      ms.history = performance.now() - historyStarted;
    }
    await sink.finish();
    ms.load = performance.now() - started - ms.prepare;
    ms.waited = sink.waitMs;

    await restore((step) => report('constraints', step));
    await moveSequences(db, ids);
    await db.query('COMMIT');
    ms.constraints = performance.now() - started - ms.prepare - ms.load;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    throw error;
  }
  report('analyze');
  const analyzeStarted = performance.now();
  await db.query(`ANALYZE ${BULK_TABLES.join(', ')}`);
  ms.analyze = performance.now() - analyzeStarted;
  ms.total = performance.now() - started;
  report('done');
  const absences = period ? { term: period.term, from: period.dates[0], to: period.dates.at(-1)!, days: period.dates.length } : null;
  return { year, seed, students, tables: Object.fromEntries(sink.stats), absences, lessonsDropped: time?.dropped ?? 0, history: past, ms };
}

/** The school year before `year` ("2025-2026" → "2024-2025"). */
export function previousYear(year: string): string {
  const start = schoolYearDates(year).startYear;
  return `${start - 1}-${start}`;
}

/** Throws SeedRefusedError unless every table the seed fills is empty (checked again under lock). */
export async function refuseUnlessEmpty(db: pg.ClientBase): Promise<void> {
  const { rows } = await db.query('SELECT count(*)::bigint AS n FROM student');
  if (Number(rows[0].n) > 0) {
    throw new SeedRefusedError(
      `the database already has ${Number(rows[0].n).toLocaleString('en')} students; seed fills an empty database (use a fresh MASSAR_DATA_DIR or DATABASE_URL)`,
    );
  }
  for (const table of BULK_TABLES) {
    const { rowCount } = await db.query(`SELECT 1 FROM ${table} LIMIT 1`);
    if (rowCount) throw new SeedRefusedError(`the table ${table} is not empty; seed fills an empty database (use a fresh MASSAR_DATA_DIR or DATABASE_URL)`);
  }
}

// The tables are locked and empty: the identity values after nextval are ours until the
// sequences are moved past what was used. student_code_seq is not behind a lock (the API takes
// a code before it inserts), so the whole range of codes is reserved at once, and a rolled back
// seed leaves it unused: a code Massar is never given twice.
async function firstIds(db: pg.ClientBase, students: number): Promise<IdCounters> {
  const select = SEQUENCES.map(([key, seq]) => `nextval(${seq}) AS "${key}"`).join(', ');
  const { rows } = await db.query(`SELECT ${select}, setval('student_code_seq', nextval('student_code_seq') + $1 - 1) - $1 + 1 AS code`, [students]);
  const ids = Object.fromEntries(SEQUENCES.map(([key]) => [key, Number(rows[0][key])]));
  return { ...ids, code: Number(rows[0].code) } as IdCounters;
}

async function moveSequences(db: pg.ClientBase, ids: IdCounters): Promise<void> {
  await db.query(`SELECT ${SEQUENCES.map(([key, seq]) => `setval(${seq}, ${ids[key]}, false)`).join(', ')}`);
}
