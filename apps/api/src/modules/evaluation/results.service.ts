import DataLoader from 'dataloader';
import { groupBy } from '../../core/group-by.js';
import { type DataSource, type EntityManager } from 'typeorm';
import { reach } from '../../core/auth/rules.js';
import { type Context, requireViewer } from '../../core/context.js';
import { onRoster } from '../enrolment/roster.js';
import { Subject } from '../schooling/subject.entity.js';
import { type ExamMark } from './certificates.js';
import { type Absence, type AssessmentKind, EXAM_COLUMN, Term } from './evaluation.enums.js';
import { type CoefficientRow, coefficientRows } from './class-subjects.js';
import { markRule } from './evaluation.access.js';
import { DEFAULT_RULES, type GradingRules, rulesForClasses } from './grading-policy.js';
import { type ClassInput, type ClassSubjectRow, type GradeRow, type StudentResultRow, type SubjectResultRow, termResults, yearResults } from './results.compute.js';
import { type StudentResults, type SubjectResult } from './results.types.js';

export interface ClassResultsData {
  classId: number;
  term: Term | null;
  rows: StudentResultRow[];
  /** Pupils whose results this viewer may read (families: their own, once published). */
  visible: Set<string>;
  /** The class's subjects, attached to each subject result as it is read. */
  subjects: Map<number, Subject>;
}

const num = (v: string | null) => (v === null ? null : Number(v));

/**
 * Results per resultsKey(), every class of a batch loaded in a constant handful of statements
 * and computed in one pass over its grades. Staff read this;
 * families read the results stored at publication (results-read.service.ts), and this only for
 * a term published without them.
 */
export const classResults = (ctx: Context) =>
  new DataLoader<string, ClassResultsData>(async (keys) => {
    const parsed = keys.map((k) => k.split(':')).map(([classId, yearId, term]) => ({
      classId: Number(classId), yearId: Number(yearId), term: (term === 'YEAR' ? null : term) as Term | null,
    }));
    const classIds = [...new Set(parsed.map((p) => p.classId))];
    const yearIds = [...new Set(parsed.map((p) => p.yearId))];
    const viewer = requireViewer(ctx);
    const visibleIn = (term: Term) => reach(markRule, viewer, { studentId: 'e.student_id', classId: 'e.class_id', schoolId: 'e.school_id', schoolYearId: 'e.school_year_id', term: `'${term}'` });
    const inputs = await loadClassInputs(ctx.db, classIds, yearIds, { [Term.S1]: visibleIn(Term.S1), [Term.S2]: visibleIn(Term.S2) });
    return parsed.map(({ classId, term }) => {
      const input = inputs.get(classId)!;
      // The year's results are the S2 ones: families see them once S2 is published.
      const visible = input.visible[term ?? Term.S2];
      return { classId, term, rows: term ? termResults(input, term) : yearResults(input), visible, subjects: input.subjectsById };
    });
  });

/** A class of a school year, and a term (none: the year). The year lets PostgreSQL read one grade partition. */
export const resultsKey = (classId: number, yearId: number, term: Term | null | undefined) => `${classId}:${yearId}:${term ?? 'YEAR'}`;

/**
 * One class's results computed on `db`, every pupil visible: for a writer inside its transaction,
 * already granted the class. The loader above would take a second pooled connection while the
 * transaction holds one, and enough concurrent writers would exhaust the pool and wait forever.
 */
export async function computeClassResults(db: Db, classId: number, yearId: number, term: Term | null): Promise<ClassResultsData> {
  const input = (await loadClassInputs(db, [classId], [yearId], EVERY_PUPIL)).get(classId)!;
  return { classId, term, rows: term ? termResults(input, term) : yearResults(input), visible: input.visible[term ?? Term.S2], subjects: input.subjectsById };
}

/** One pupil's results as this viewer may read them, or null. */
export function toStudentResults(data: ClassResultsData, studentId: string): StudentResults | null {
  const row = data.rows.find((r) => r.studentId === studentId);
  return row ? rowToStudentResults(data, row) : null;
}

/** A row of the class's results as this viewer may read it, or null. */
export function rowToStudentResults(data: ClassResultsData, row: StudentResultRow): StudentResults | null {
  if (!data.visible.has(row.studentId)) return null;
  // Field by field, not by spreading: this runs for every pupil of every class a request reads.
  return {
    studentId: row.studentId, classId: data.classId, term: data.term, generalAverage: row.generalAverage, rank: row.rank,
    classAverage: row.classAverage, subjects: withSubjects(row.subjects, data.subjects), derivation: row.derivation,
    proposal: row.decision, certificate: row.certificate, transcript: false,
  };
}

/**
 * Subject results with their subject object attached: a plain field then, where a resolver per
 * subject result (450 in a class's term results) was most of the GraphQL layer's time.
 */
export function withSubjects(rows: SubjectResultRow[], subjects: Map<number, Subject>): SubjectResult[] {
  return rows.map((r) => ({ subject: subjects.get(r.subjectId)!, coefficient: r.coefficient, average: r.average, derivation: r.derivation }));
}

export type Input = ClassInput & { visible: Record<Term, Set<string>>; subjectsById: Map<number, Subject> };

/** For a writer already granted the class: every pupil of the roster is visible. */
export const EVERY_PUPIL: Record<Term, string> = { [Term.S1]: 'true', [Term.S2]: 'true' };
type Db = DataSource | EntityManager;

/**
 * What each class's results are computed from, in a handful of statements (inside a
 * transaction too: publishTerm computes the snapshot there). `yearIds`: the classes' school
 * years. `visibleSql`: the SQL condition on e.student_id of the pupils the reader may see.
 */
export async function loadClassInputs(db: Db, classIds: number[], yearIds: number[], visibleSql: Record<Term, string>): Promise<Map<number, Input>> {
  const [rules, roster, coefficients, grades] = await Promise.all([
    rulesForClasses(db, classIds),
    db.query(
      `SELECT e.class_id, e.student_id::text AS student_id, ${visibleSql.S1} AS visible_s1, ${visibleSql.S2} AS visible_s2
       FROM enrolment e JOIN student s ON s.id = e.student_id
       WHERE e.class_id = ANY($1::int[]) AND e.school_year_id = ANY($2::smallint[]) AND ${onRoster('e')}
       ORDER BY s.last_name, s.first_name, s.id`,
      [classIds, yearIds],
    ),
    coefficientRows(db, classIds),
    db.query(
      // One row per assessment with its grades packed in three aligned lists (one aggregation
      // pass feeds them the same rows in the same order), from an index scan of its grades.
      // Joined plainly, the planner hash-joined a sequential scan of every grade of the year, and
      // decoding one row per grade cost as much again: for one school's 48k grades at 100k
      // pupils, ~150 ms of statement and ~150 ms of decoding. The years as a parameter let the
      // planner keep only their grade partitions (a third off a class's statement, and it does
      // not grow with the years kept). Absences never contain a comma (CHECK); '' is null.
      `SELECT a.class_id, a.subject_id, a.term, a.kind, a.number, g.students, g.values, g.absences
       FROM assessment a CROSS JOIN LATERAL (
         SELECT string_agg(g.student_id::text, ',') AS students,
                string_agg(coalesce(g.value::text, ''), ',') AS values,
                string_agg(coalesce(g.absence, ''), ',') AS absences
         FROM grade g WHERE g.assessment_id = a.id AND g.school_year_id = a.school_year_id AND g.school_year_id = ANY($2::smallint[])
       ) g
       WHERE a.class_id = ANY($1::int[]) AND a.school_year_id = ANY($2::smallint[]) AND g.students IS NOT NULL`,
      [classIds, yearIds],
    ),
  ]);
  // Grouped by class once: a school's batch is dozens of classes and tens of thousands of grades.
  const gradesOf = new Map<number, GradeRow[]>();
  for (const a of grades as PackedGrades[]) {
    let list = gradesOf.get(a.class_id);
    if (!list) gradesOf.set(a.class_id, (list = []));
    unpackGrades(a, list);
  }
  const inputs = assembleInputs(classIds, rules, groupBy(roster as RosterRow[], (x) => x.class_id), coefficients, gradesOf);
  await loadPriorExams(db, inputs);
  return inputs;
}

/**
 * What the results of some pupils in some classes are computed from, their own grades in that
 * class only: the transcript of a class a pupil has left (transcript.loaders.ts), off its roster.
 * `visibleSql` as for loadClassInputs; a pupil is in `students` only with an enrolment in that
 * class, of any status. No earlier exams: a transcript carries no certificate. Four statements.
 */
export async function loadPupilInputs(db: Db, pairs: { classId: number; studentId: string }[], yearIds: number[], visibleSql: Record<Term, string>): Promise<Map<number, Input>> {
  const classIds = [...new Set(pairs.map((p) => p.classId))];
  const pairParameters = [pairs.map((p) => p.classId), pairs.map((p) => p.studentId), yearIds];
  const [rules, enrolled, coefficients, grades] = await Promise.all([
    rulesForClasses(db, classIds),
    db.query(
      `SELECT e.class_id, e.student_id::text AS student_id, bool_or(${visibleSql.S1}) AS visible_s1, bool_or(${visibleSql.S2}) AS visible_s2
       FROM enrolment e
       WHERE (e.class_id, e.student_id) IN (SELECT * FROM unnest($1::int[], $2::bigint[])) AND e.school_year_id = ANY($3::smallint[])
       GROUP BY e.class_id, e.student_id`,
      pairParameters,
    ),
    coefficientRows(db, classIds),
    db.query(
      // By the pupils' grades of the year (grade_student_idx), not the classes' assessments.
      `SELECT a.class_id, g.student_id::text AS student_id, a.subject_id, a.term, a.kind, a.number, g.value::text AS value, g.absence
       FROM grade g JOIN assessment a ON a.id = g.assessment_id AND a.school_year_id = g.school_year_id
       WHERE (a.class_id, g.student_id) IN (SELECT * FROM unnest($1::int[], $2::bigint[])) AND g.school_year_id = ANY($3::smallint[])`,
      pairParameters,
    ),
  ]);
  const gradesOf = groupBy(
    (grades as PupilGrade[]).map((g) => ({
      classId: g.class_id, studentId: g.student_id, subjectId: Number(g.subject_id), term: g.term as Term, kind: g.kind as AssessmentKind,
      number: Number(g.number), value: num(g.value), absence: g.absence as Absence | null,
    })),
    (g) => g.classId,
  );
  return assembleInputs(classIds, rules, groupBy(enrolled as RosterRow[], (x) => x.class_id), coefficients, gradesOf);
}

/** Each class's input from its rules, pupils (with what the reader may see), coefficient rows and grades. */
function assembleInputs(
  classIds: number[], rules: Map<number, GradingRules>, rosterOf: Map<number, RosterRow[]>, coefficients: CoefficientRow[], gradesOf: Map<number, GradeRow[]>,
): Map<number, Input> {
  const coefficientsOf = groupBy(coefficients, (x) => x.class_id);
  const inputs = new Map<number, Input>();
  for (const classId of classIds) {
    // A level with no policy at all still gets results, by the defaults.
    const r = rules.get(classId) ?? DEFAULT_RULES;
    const mine = rosterOf.get(classId) ?? [];
    const classCoefficients = coefficientsOf.get(classId) ?? [];
    inputs.set(classId, {
      students: mine.map((x) => x.student_id),
      visible: { [Term.S1]: new Set(mine.filter((x) => x.visible_s1).map((x) => x.student_id)), [Term.S2]: new Set(mine.filter((x) => x.visible_s2).map((x) => x.student_id)) },
      subjects: subjectRows(classCoefficients, 'CC', r),
      examSubjects: Object.fromEntries(Object.entries(EXAM_COLUMN).map(([kind, exam]) => [kind, subjectRows(classCoefficients, exam, r)])),
      grades: gradesOf.get(classId) ?? [],
      rules: r,
      priorExams: new Map(),
      subjectsById: subjectsOf(classCoefficients),
    });
  }
  return inputs;
}

/** The subjects named in a class's coefficient rows, as the entities the schema resolves. */
function subjectsOf(rows: CoefficientRow[]): Map<number, Subject> {
  const subjects = new Map<number, Subject>();
  for (const r of rows) {
    if (!subjects.has(r.subject_id)) subjects.set(r.subject_id, Object.assign(new Subject(), { id: r.subject_id, code: r.code, nameFr: r.name_fr, nameAr: r.name_ar }));
  }
  return subjects;
}

/** A grade of loadPupilInputs, one row each. */
interface PupilGrade {
  class_id: number;
  student_id: string;
  subject_id: number;
  term: string;
  kind: string;
  number: number;
  value: string | null;
  absence: string | null;
}

interface RosterRow {
  class_id: number;
  student_id: string;
  visible_s1: boolean;
  visible_s2: boolean;
}

/** An assessment's grades as the grade statement packs them: aligned comma-separated lists. */
interface PackedGrades {
  class_id: number;
  subject_id: number;
  term: string;
  kind: string;
  number: number;
  students: string;
  values: string;
  absences: string;
}

function unpackGrades(a: PackedGrades, into: GradeRow[]): void {
  const students = a.students.split(',');
  const values = a.values.split(',');
  const absences = a.absences.split(',');
  const subjectId = Number(a.subject_id);
  const number = Number(a.number);
  for (let i = 0; i < students.length; i++) {
    into.push({
      studentId: students[i], subjectId, term: a.term as Term, kind: a.kind as AssessmentKind, number,
      value: values[i] === '' ? null : Number(values[i]), absence: (absences[i] || null) as Absence | null,
    });
  }
}

/** The subjects of one class (its coefficient rows) for one exam column, in the rows' order. */
function subjectRows(rows: CoefficientRow[], exam: string, rules: GradingRules): ClassSubjectRow[] {
  return rows
    .filter((r) => r.exam === exam)
    .map((r) => ({ subjectId: r.subject_id, code: r.code, coefficient: num(r.coefficient) ?? rules.defaultCoefficient }));
}


/** Exams sat in an earlier level (the bac's 1BAC regional exam), with that class's coefficients of that year. One statement. */
async function loadPriorExams(db: Db, inputs: Map<number, Input>): Promise<void> {
  const needing = [...inputs.values()].filter((i) => i.rules.certificate?.components.some((c) => c.level));
  if (!needing.length) return;
  const component = needing[0].rules.certificate!.components.find((c) => c.level)!;
  const rows: { student_id: string; code: string; value: string | null; coefficient: string | null }[] = await db.query(
    `SELECT g.student_id::text AS student_id, su.code, g.value, sc.coefficient
     FROM grade g JOIN assessment a ON a.id = g.assessment_id AND a.school_year_id = g.school_year_id
     JOIN school_class c ON c.id = a.class_id JOIN level l ON l.id = c.level_id JOIN subject su ON su.id = a.subject_id
     JOIN school_year y ON y.id = c.school_year_id
     LEFT JOIN subject_coefficient_version sc ON sc.level_id = c.level_id AND sc.stream_id IS NOT DISTINCT FROM c.stream_id
       AND sc.subject_id = a.subject_id AND sc.exam = $3 AND y.name >= sc.valid_from AND y.name < sc.valid_until
     WHERE g.student_id = ANY($1::bigint[]) AND a.kind = $2 AND a.number = 1 AND l.code = $4`,
    [needing.flatMap((i) => i.students), component.source, EXAM_COLUMN[component.source as AssessmentKind], component.level],
  );
  for (const input of needing) {
    for (const r of rows) {
      if (!input.students.includes(r.student_id)) continue;
      const marks: ExamMark[] = input.priorExams.get(r.student_id) ?? [];
      marks.push({ label: r.code, value: num(r.value), coefficient: num(r.coefficient) ?? input.rules.defaultCoefficient });
      input.priorExams.set(r.student_id, marks);
    }
  }
}
