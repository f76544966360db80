import { type DerivationStep, generalAverage, type Mark, mean, ranks, subjectAverage, weightedMean } from './averages.js';
import { type CertificateResult, certificateResult, type ExamMark, examAverage, keepBetterMarks, proposeDecision } from './certificates.js';
import { type Absence, AssessmentKind, CertificateOutcome, type Decision, Term } from './evaluation.enums.js';
import { type ComponentSource, type GradingRules } from './grading-policy.js';

export interface GradeRow {
  studentId: string;
  subjectId: number;
  term: Term;
  kind: AssessmentKind;
  number: number;
  value: number | null;
  absence: Absence | null;
}

export interface ClassSubjectRow {
  subjectId: number;
  code: string;
  coefficient: number;
}

/** Everything one class's results are computed from, loaded in a handful of statements. */
export interface ClassInput {
  students: string[];
  subjects: ClassSubjectRow[];
  grades: GradeRow[];
  rules: GradingRules;
  /** Subjects of each exam kind sat in this class, with their exam coefficients. */
  examSubjects: Partial<Record<AssessmentKind, ClassSubjectRow[]>>;
  /** Marks of exams sat in an earlier level (the bac's 1BAC regional exam), per pupil. */
  priorExams: Map<string, ExamMark[]>;
}

export interface SubjectResultRow {
  subjectId: number;
  coefficient: number;
  average: number | null;
  derivation: DerivationStep[];
}

export interface StudentResultRow {
  studentId: string;
  generalAverage: number | null;
  rank: number | null;
  classAverage: number | null;
  subjects: SubjectResultRow[];
  derivation: DerivationStep[];
  decision: Decision | null;
  certificate: CertificateResult | null;
}

const TERM_INDEX = new Map<string, number>(Object.values(Term).map((t, i) => [t, i]));
const KIND_INDEX = new Map<string, number>(Object.values(AssessmentKind).map((k, i) => [k, i]));

/** Subject × term × kind within one pupil's grades, as a number (cheaper map keys than strings). */
const key = (subjectId: number, term: string, kind: string) => (subjectId * 8 + (TERM_INDEX.get(term) ?? 7)) * 8 + (KIND_INDEX.get(kind) ?? 7);

/** Grades grouped by pupil, then subject × term × kind, each group in assessment order. */
class GradeGroups {
  private readonly byStudent = new Map<string, Map<number, GradeRow[]>>();

  constructor(grades: GradeRow[]) {
    for (const g of grades) {
      let mine = this.byStudent.get(g.studentId);
      if (!mine) this.byStudent.set(g.studentId, (mine = new Map()));
      const k = key(g.subjectId, g.term, g.kind);
      const list = mine.get(k);
      if (list) list.push(g);
      else mine.set(k, [g]);
    }
    // A group is of one kind: assessment order is number order (a stable sort, as before).
    for (const mine of this.byStudent.values()) for (const list of mine.values()) if (list.length > 1) list.sort((a, b) => a.number - b.number);
  }

  /** A pupil's groups (keyed by key()), or undefined without any grade. */
  of(studentId: string): Map<number, GradeRow[]> | undefined {
    return this.byStudent.get(studentId);
  }

  get(studentId: string, subjectId: number, term: string, kind: string): GradeRow[] | undefined {
    return this.byStudent.get(studentId)?.get(key(subjectId, term, kind));
  }
}

function groupGrades(grades: GradeRow[]): GradeGroups {
  return new GradeGroups(grades);
}

/** Ranks and class average over the rows' general averages. */
function rankRows(rows: Omit<StudentResultRow, 'rank' | 'classAverage'>[]): StudentResultRow[] {
  const averages = rows.map((r) => r.generalAverage);
  const rankOf = ranks(averages);
  const classAverage = mean(averages);
  return rows.map((r, i) => ({ ...r, rank: rankOf[i], classAverage }));
}

/** Term results of every pupil of a class: subject averages, general average, rank, class average. */
export function termResults(input: ClassInput, term: Term): StudentResultRow[] {
  const groups = groupGrades(input.grades);
  // The group keys of each subject's term marks, the same for every pupil.
  const keysOf = input.subjects.map((s) => input.rules.termKinds.map((kind) => key(s.subjectId, term, kind)));
  const rows = input.students.map((studentId) => {
    const mine = groups.of(studentId);
    const subjects = input.subjects.map((s, j) => {
      const marks: Mark[] = [];
      if (mine) for (const k of keysOf[j]) for (const g of mine.get(k) ?? []) marks.push({ label: `${g.kind} ${g.number}`, value: g.value, absence: g.absence });
      const { average, derivation } = subjectAverage(marks, input.rules);
      return { subjectId: s.subjectId, coefficient: s.coefficient, average, derivation };
    });
    const general = generalAverage(subjects.map((s, i) => ({ label: input.subjects[i].code, average: s.average, coefficient: s.coefficient })));
    return { studentId, generalAverage: general.average, subjects, derivation: general.derivation, decision: null, certificate: null };
  });
  return rankRows(rows);
}

/** Year results: term averages combined per policy, exam blocks, certificate and proposed decision. */
export function yearResults(input: ClassInput): StudentResultRow[] {
  const { rules } = input;
  const groups = groupGrades(input.grades);
  const s1 = termResults(input, Term.S1);
  const s2 = termResults(input, Term.S2);
  const rows = input.students.map((studentId, i) => {
    const subjects = input.subjects.map((s, j) => {
      const derivation = [
        { label: Term.S1, value: s1[i].subjects[j].average, weight: rules.year.S1 },
        { label: Term.S2, value: s2[i].subjects[j].average, weight: rules.year.S2 },
      ];
      return { subjectId: s.subjectId, coefficient: s.coefficient, average: weightedMean(derivation), derivation };
    });
    const exam = (kind: AssessmentKind, number = 1) => examBlock(input, groups, studentId, kind, number);
    const derivation: DerivationStep[] = [
      { label: Term.S1, value: s1[i].generalAverage, weight: rules.year.S1 },
      { label: Term.S2, value: s2[i].generalAverage, weight: rules.year.S2 },
      ...rules.year.exams.map((e) => ({ label: e.kind, value: exam(e.kind), weight: e.weight })),
    ];
    const complete = derivation.every((d) => d.value !== null);
    const yearAverage = weightedMean(derivation);
    const certificate = rules.certificate ? certificateOf(input, groups, studentId, yearAverage, exam) : null;
    const decision = proposeDecision(rules, complete ? yearAverage : null, certificate);
    return { studentId, generalAverage: yearAverage, subjects, derivation, decision, certificate };
  });
  return rankRows(rows);
}

type ExamOf = (kind: AssessmentKind, number?: number) => number | null;

function certificateOf(input: ClassInput, groups: GradeGroups, studentId: string, yearAverage: number | null, exam: ExamOf): CertificateResult {
  const rules = input.rules.certificate!;
  const components: Partial<Record<ComponentSource, number | null>> = { YEAR: yearAverage };
  for (const c of rules.components) {
    if (c.source === 'YEAR') continue;
    components[c.source] = c.level ? examAverage(input.priorExams.get(studentId) ?? []).average : exam(c.source);
  }
  const ordinary = certificateResult(rules, components);
  if (ordinary.outcome !== CertificateOutcome.CATCH_UP || !rules.catchUp) return ordinary;
  // The catch-up session replaces national marks where better, then the average is recomputed.
  const catchUp = examMarks(input, groups, studentId, AssessmentKind.NATIONAL_EXAM, rules.catchUp.sessionNumber);
  if (!catchUp.some((m) => m.value !== null)) return ordinary;
  const better = keepBetterMarks(examMarks(input, groups, studentId, AssessmentKind.NATIONAL_EXAM, 1), catchUp);
  return certificateResult(rules, { ...components, [AssessmentKind.NATIONAL_EXAM]: examAverage(better).average }, true);
}

/** The subjects of an exam kind: those with an exam coefficient on record, else (no coefficient
 *  known, e.g. the 6AP provincial exam) those the class has marks in, at the default coefficient. */
function examSubjectsOf(input: ClassInput, kind: AssessmentKind): ClassSubjectRow[] {
  const known = input.examSubjects[kind];
  if (known?.length) return known;
  const ids = [...new Set(input.grades.filter((g) => g.kind === kind).map((g) => g.subjectId))].sort((a, b) => a - b);
  const code = new Map(input.subjects.map((s) => [s.subjectId, s.code]));
  return ids.map((subjectId) => ({ subjectId, code: code.get(subjectId) ?? String(subjectId), coefficient: input.rules.defaultCoefficient }));
}

/** A pupil's marks in the subjects of one exam session; null where absent or not entered. */
function examMarks(input: ClassInput, groups: GradeGroups, studentId: string, kind: AssessmentKind, number: number): ExamMark[] {
  return examSubjectsOf(input, kind).map((s) => {
    const rows = [Term.S1, Term.S2].flatMap((t) => groups.get(studentId, s.subjectId, t, kind) ?? []);
    const mark = rows.find((g) => g.number === number);
    return { label: s.code, value: mark?.value ?? null, coefficient: s.coefficient };
  });
}

/** The exam block average, or null while the pupil has no mark at all in that session. */
function examBlock(input: ClassInput, groups: GradeGroups, studentId: string, kind: AssessmentKind, number: number): number | null {
  const marks = examMarks(input, groups, studentId, kind, number);
  const sat = [Term.S1, Term.S2].some((t) => examSubjectsOf(input, kind).some((s) => groups.get(studentId, s.subjectId, t, kind)?.some((g) => g.number === number)));
  return sat ? examAverage(marks).average : null;
}
