import { type DataSource, type EntityManager } from 'typeorm';
import { Permission, requireAccess } from '../../core/auth/access.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/errors.js';
import { type GradeInput } from './dto/record-grades.input.js';
import { type Term, TermStatus } from './evaluation.enums.js';
import { badRows, gradesLocked, type RowProblem } from './evaluation.errors.js';
import { Grade } from './grade.entity.js';

type Problem = Pick<RowProblem, 'field' | 'reason' | 'message'>;

/** What is wrong with one row on its own (no database needed), or null. */
function rowProblem(row: GradeInput, code: string, seen: Set<string>): Problem | null {
  if (!/^[A-Z][0-9]{9}$/.test(code)) return { field: 'codeMassar', reason: 'INVALID_CODE', message: 'A code Massar is one letter and nine digits' };
  if (seen.has(code)) return { field: 'codeMassar', reason: 'DUPLICATE', message: 'This pupil appears twice' };
  const hasValue = row.value !== null && row.value !== undefined;
  if (hasValue === !!row.absence) return { field: 'value', reason: 'VALUE_OR_ABSENCE', message: 'Give either a mark or an absence' };
  return hasValue ? markProblem(row.value as number) : null;
}

/** What is wrong with a mark (range, precision), or null; shared with the grade-sheet import. */
export function markProblem(value: number): Problem | null {
  if (!Number.isFinite(value) || value < 0 || value > 20) return { field: 'value', reason: 'OUT_OF_RANGE', message: 'A mark is between 0 and 20' };
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return { field: 'value', reason: 'TOO_PRECISE', message: 'A mark has at most two decimals' };
  return null;
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
 * recordGrades inside the caller's transaction, so that several assessments (a grade-sheet
 * import) are written all or nothing: same checks, same access rule, same upsert and audit.
 */
export async function writeGrades(tx: EntityManager, viewer: Viewer, assessmentId: number, rows: GradeInput[], reason?: string): Promise<Grade[]> {
  const { codes, problems } = checkGradeRows(rows);
  if (problems.length) throw badRows(problems);
  const a = await openAssessment(tx, viewer, assessmentId);
  const studentIds = await pupilsOfClass(tx, a, codes);
  await tx.query(`SELECT set_config('massar.actor', $1, true), set_config('massar.reason', $2, true)`, [String(viewer.accountId), reason ?? '']);
  await tx.query(
    `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value, absence, recorded_by)
     SELECT $1, $2, $3, r.student_id, r.value, r.absence, $7
     FROM unnest($4::bigint[], $5::numeric[], $6::text[]) AS r(student_id, value, absence)
     ON CONFLICT (school_year_id, assessment_id, student_id) DO UPDATE
       SET value = EXCLUDED.value, absence = EXCLUDED.absence, recorded_by = EXCLUDED.recorded_by, recorded_at = now()
       WHERE grade.value IS DISTINCT FROM EXCLUDED.value OR grade.absence IS DISTINCT FROM EXCLUDED.absence`,
    [a.school_id, a.school_year_id, a.id, studentIds, rows.map((r) => r.value ?? null), rows.map((r) => r.absence ?? null), viewer.accountId],
  );
  return rows.map((r, i) =>
    tx.getRepository(Grade).create({
      schoolYearId: a.school_year_id, assessmentId: a.id, studentId: studentIds[i], schoolId: a.school_id, value: r.value ?? null, absence: r.absence ?? null,
    }),
  );
}

/** The assessment, its term held FOR SHARE (a concurrent lockTerm waits, or wins and we see it). */
async function openAssessment(tx: EntityManager, viewer: Viewer, assessmentId: number): Promise<AssessmentRow> {
  const [a]: AssessmentRow[] = await tx.query(
    `SELECT a.id, a.school_id, a.class_id, a.school_year_id, a.term, ta.id AS assignment_id, ts.status
     FROM assessment a
     JOIN term_status ts ON ts.class_id = a.class_id AND ts.school_year_id = a.school_year_id AND ts.term = a.term
     LEFT JOIN teaching_assignment ta ON ta.class_id = a.class_id AND ta.subject_id = a.subject_id
     WHERE a.id = $1 FOR SHARE OF ts`,
    [assessmentId],
  );
  if (!a) throw notFound('Assessment');
  await requireAccess(tx, { viewer, permission: Permission.GradeWrite, ids: [a.assignment_id ?? 0] });
  if (a.status !== TermStatus.OPEN) throw gradesLocked(a.term, a.status);
  return a;
}

/** Student ids in row order; BAD_USER_INPUT for rows whose pupil is not in the class. */
async function pupilsOfClass(tx: EntityManager, a: AssessmentRow, codes: string[]): Promise<string[]> {
  const found: { student_id: string | null }[] = await tx.query(
    `SELECT e.student_id FROM unnest($1::text[]) WITH ORDINALITY AS r(code, ord)
     LEFT JOIN student s ON s.code_massar = r.code
     LEFT JOIN enrolment e ON e.student_id = s.id AND e.school_year_id = $2 AND e.class_id = $3
     ORDER BY r.ord`,
    [codes, a.school_year_id, a.class_id],
  );
  // Unknown codes and other classes' pupils read the same: a grade sheet does not probe the registry.
  const problems = found.flatMap((f, index): RowProblem[] =>
    f.student_id ? [] : [{ index, codeMassar: codes[index], field: 'codeMassar', reason: 'NOT_IN_CLASS', message: 'This pupil is not in this class' }],
  );
  if (problems.length) throw badRows(problems);
  return found.map((f) => String(f.student_id));
}
