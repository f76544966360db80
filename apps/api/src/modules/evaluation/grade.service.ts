import { MARK_PROBLEM_MESSAGES, markValueProblem } from '@massar/rules';
import { type DataSource, type EntityManager } from 'typeorm';
import { reach, requireAccess } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { badInput, type DomainError, notFound } from '../../core/errors.js';
import { type GradeInput } from './dto/record-grades.input.js';
import { type Term, TermStatus } from './evaluation.enums.js';
import { badBatchRows, badRows, EvaluationErrorReason, gradesLocked, ofAssessment, type RowProblem } from './evaluation.errors.js';
import { Grade } from './grade.entity.js';
import { gradeWriteRule } from './evaluation.access.js';
import { classRule } from '../schooling/schooling.access.js';
import { onRoster } from '../enrolment/roster.js';

type Problem = Pick<RowProblem, 'field' | 'reason' | 'message'>;

/** What is wrong with one row on its own (no database needed), or null. */
function rowProblem(row: GradeInput, code: string, seen: Set<string>): Problem | null {
  if (!/^[A-Z][0-9]{9}$/.test(code)) return { field: 'codeMassar', reason: EvaluationErrorReason.INVALID_CODE, message: 'A code Massar is one letter and nine digits' };
  if (seen.has(code)) return { field: 'codeMassar', reason: EvaluationErrorReason.DUPLICATE, message: 'This pupil appears twice' };
  const hasValue = row.value !== null && row.value !== undefined;
  if (hasValue === !!row.absence) return { field: 'value', reason: EvaluationErrorReason.VALUE_OR_ABSENCE, message: 'Give either a mark or an absence' };
  return hasValue ? markProblem(row.value as number) : null;
}

/** What is wrong with a mark (range, precision: the rule of @massar/rules), or null. */
export function markProblem(value: number): Problem | null {
  const reason = markValueProblem(value);
  return reason ? { field: 'value', reason, message: MARK_PROBLEM_MESSAGES[reason] } : null;
}

/** Every row's own problems, with normalised codes Massar. */
export function checkGradeRows(rows: GradeInput[]): { codes: string[]; problems: RowProblem[] } {
  const seen = new Set<string>();
  const codes: string[] = [];
  const problems: RowProblem[] = [];
  rows.forEach((row, index) => {
    const code = row.codeMassar.trim().toUpperCase();
    const problem = rowProblem(row, code, seen);
    if (problem) problems.push({ index, codeMassar: code, ...problem });
    seen.add(code);
    codes.push(code);
  });
  return { codes, problems };
}

interface AssessmentRow {
  id: string;
  school_id: number;
  class_id: number;
  school_year_id: number;
  term: Term;
  assignment_id: number | null;
  status: TermStatus;
}

/** One assessment's rows in a batch. */
export interface AssessmentGrades {
  assessmentId: number;
  rows: GradeInput[];
}

/** A bad row of a batch: `assessment` is the position of its assessment in the batch. */
export interface BatchRowProblem extends RowProblem {
  assessment: number;
}

/** How the caller words bad rows: recordGrades names the row, recordGradeBatch the assessment too. */
export type RowsError = (problems: BatchRowProblem[]) => DomainError;

/**
 * Records the grades of a whole class for one assessment, all or nothing: every row is checked
 * first, then one bulk upsert writes them (the audit trigger logs the changes). A constant
 * handful of statements whatever the class size.
 */
export async function recordGrades(db: DataSource, viewer: Viewer, assessmentId: number, rows: GradeInput[], reason?: string): Promise<Grade[]> {
  // Rows are checked before a transaction is opened: bad input costs no round trip.
  const { problems } = checkGradeRows(rows);
  if (problems.length) throw badRows(problems);
  return db.transaction((tx) => writeGrades(tx, viewer, assessmentId, rows, reason));
}

/**
 * Several assessments' grades at once (a grid's changed columns), all or nothing: a bad row,
 * another teacher's assessment or a locked term leaves nothing written. Bad rows are named by
 * their assessment (position and the id as sent) and their row.
 */
export async function recordGradeBatch(db: DataSource, viewer: Viewer, batch: AssessmentGrades[], assessmentIds: string[], reason?: string): Promise<Grade[]> {
  const rowsError: RowsError = (problems) => badBatchRows(problems, assessmentIds);
  const own = batch.flatMap((b, assessment) => checkGradeRows(b.rows).problems.map((p) => ({ ...p, assessment })));
  if (own.length) throw rowsError(own);
  return db.transaction((tx) => writeGradeBatch(tx, viewer, batch, reason, rowsError));
}

/**
 * recordGrades inside the caller's transaction, so that several assessments (a grade-sheet
 * import) are written all or nothing: same checks, same access rule, same upsert and audit.
 */
export function writeGrades(tx: EntityManager, viewer: Viewer, assessmentId: number, rows: GradeInput[], reason?: string): Promise<Grade[]> {
  return writeGradeBatch(tx, viewer, [{ assessmentId, rows }], reason, (problems) => badRows(problems));
}

/**
 * Several assessments' grades in the caller's transaction, all or nothing, in a constant number
 * of statements whatever the number of assessments and rows: the assessments (their terms held
 * FOR SHARE), one access check for every assignment, one pupil lookup, one upsert.
 */
export async function writeGradeBatch(tx: EntityManager, viewer: Viewer, batch: AssessmentGrades[], reason: string | undefined, rowsError: RowsError): Promise<Grade[]> {
  const checked = batch.map(({ rows }) => checkGradeRows(rows));
  const own = checked.flatMap((c, assessment) => c.problems.map((p) => ({ ...p, assessment })));
  if (own.length) throw rowsError(own);
  if (!batch.length) return [];
  const assessments = await openAssessments(tx, viewer, batch.map((b) => b.assessmentId));
  const flat = batch.flatMap((b, i) => b.rows.map((row, index) => ({ row, index, assessment: i, code: checked[i].codes[index], a: assessments[i] })));
  const studentIds = await pupilsOfClasses(tx, flat, rowsError);
  await tx.query(`SELECT set_config('massar.actor', $1, true), set_config('massar.reason', $2, true)`, [String(viewer.accountId), reason ?? '']);
  await tx.query(
    `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value, absence, recorded_by)
     SELECT r.school_id, r.school_year_id, r.assessment_id, r.student_id, r.value, r.absence, $7
     FROM unnest($1::int[], $2::smallint[], $3::bigint[], $4::bigint[], $5::numeric[], $6::text[])
       AS r(school_id, school_year_id, assessment_id, student_id, value, absence)
     ON CONFLICT (school_year_id, assessment_id, student_id) DO UPDATE
       SET value = EXCLUDED.value, absence = EXCLUDED.absence, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
       WHERE grade.value IS DISTINCT FROM EXCLUDED.value OR grade.absence IS DISTINCT FROM EXCLUDED.absence`,
    [
      flat.map((f) => f.a.school_id), flat.map((f) => f.a.school_year_id), flat.map((f) => f.a.id), studentIds,
      flat.map((f) => f.row.value ?? null), flat.map((f) => f.row.absence ?? null), viewer.accountId,
    ],
  );
  return flat.map((f, i) =>
    tx.getRepository(Grade).create({
      schoolYearId: f.a.school_year_id, assessmentId: f.a.id, studentId: studentIds[i], schoolId: f.a.school_id, value: f.row.value ?? null, absence: f.row.absence ?? null,
    }),
  );
}

/**
 * The assessments in batch order, their terms held FOR SHARE (a concurrent lockTerm waits, or
 * wins and we see it), in one order so that two batches never wait on each other crosswise.
 */
async function openAssessments(tx: EntityManager, viewer: Viewer, ids: number[]): Promise<AssessmentRow[]> {
  const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (duplicate >= 0) throw ofAssessment(badInput('assessmentId', EvaluationErrorReason.DUPLICATE_ASSESSMENT, 'This assessment appears twice'), duplicate, ids[duplicate]);
  const found: AssessmentRow[] = await tx.query(
    `SELECT a.id, a.school_id, a.class_id, a.school_year_id, a.term, ta.id AS assignment_id, ts.status
     FROM assessment a
     JOIN term_status ts ON ts.class_id = a.class_id AND ts.school_year_id = a.school_year_id AND ts.term = a.term
     LEFT JOIN teaching_assignment ta ON ta.class_id = a.class_id AND ta.subject_id = a.subject_id
     WHERE a.id = ANY($1::bigint[]) AND ${reach(classRule, viewer, 'a.class_id')}
     ORDER BY ts.class_id, ts.term FOR SHARE OF ts`,
    [ids],
  );
  const rows = ids.map((id) => found.find((a) => Number(a.id) === id));
  const missing = rows.findIndex((a) => !a);
  if (missing >= 0) throw ofAssessment(notFound('Assessment'), missing, ids[missing]);
  const assessments = rows as AssessmentRow[];
  await requireAccess(tx, viewer, gradeWriteRule, assessments.map((a) => a.assignment_id ?? 0));
  const closed = assessments.findIndex((a) => a.status !== TermStatus.OPEN);
  if (closed >= 0) throw ofAssessment(gradesLocked(assessments[closed].term, assessments[closed].status), closed, ids[closed]);
  return assessments;
}

/** Student ids in row order; the caller's BAD_USER_INPUT for rows whose pupil is not in the assessment's class. */
async function pupilsOfClasses(tx: EntityManager, flat: { index: number; assessment: number; code: string; a: AssessmentRow }[], rowsError: RowsError): Promise<string[]> {
  const found: { student_id: string | null }[] = await tx.query(
    `SELECT e.student_id FROM unnest($1::text[], $2::smallint[], $3::int[]) WITH ORDINALITY AS r(code, school_year_id, class_id, ord)
     LEFT JOIN student s ON s.code_massar = r.code
     LEFT JOIN enrolment e ON e.student_id = s.id AND e.school_year_id = r.school_year_id AND e.class_id = r.class_id AND ${onRoster('e')}
     ORDER BY r.ord`,
    [flat.map((f) => f.code), flat.map((f) => f.a.school_year_id), flat.map((f) => f.a.class_id)],
  );
  // Unknown codes and other classes' pupils read the same: a grade sheet does not probe the registry.
  const problems = found.flatMap((f, i): BatchRowProblem[] => {
    const { index, assessment, code } = flat[i];
    return f.student_id ? [] : [{ assessment, index, codeMassar: code, field: 'codeMassar', reason: EvaluationErrorReason.NOT_IN_CLASS, message: 'This pupil is not in this class' }];
  });
  if (problems.length) throw rowsError(problems);
  return found.map((f) => String(f.student_id));
}
