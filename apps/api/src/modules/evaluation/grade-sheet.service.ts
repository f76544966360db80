import { type DataSource, type EntityManager } from 'typeorm';
import { requireAccess, requireVisible } from '../../core/auth/rules.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { onRoster } from '../enrolment/roster.js';
import { classRule } from '../schooling/schooling.access.js';
import { gradeWriteRule } from './evaluation.access.js';
import { badInput, DomainError, ErrorCode, notFound } from '../../core/errors.js';
import { Assessment } from './assessment.entity.js';
import { type GradeSheetUploadInput } from './dto/grade-sheet.input.js';
import { type Absence, type Term, TermStatus } from './evaluation.enums.js';
import { EvaluationErrorReason, gradesLocked } from './evaluation.errors.js';
import { writeGrades } from './grade.service.js';
import { assessmentLabel } from './grade-sheet.cells.js';
import { previewSheet, type SheetPupil, type SheetRecord } from './grade-sheet.preview.js';
import { type GradeSheetFile, GradeSheetFileError, type GradeSheetPreview, type GradeSheetRowError } from './grade-sheet.types.js';
import { buildWorkbook, readWorkbook, type ReadResult, XLSX_TYPE } from './grade-sheet.xlsx.js';

/** Below the 2 MB JSON body limit of /graphql; a 45-pupil sheet is about 15 kB. */
export const MAX_BASE64_LENGTH = 2_000_000;
const IMPORT_REASON = 'Import xlsx';

interface Target {
  class_id: number;
  class_name: string;
  school_year_id: number;
  year: string;
  school_code: string;
  school_name: string;
  subject_id: number | null;
  subject_fr: string;
  subject_ar: string;
  assignment_id: number | null;
  status: TermStatus | null;
}

/** The class × subject × term's grade sheet: its teacher, or the school's director, may export it. */
export async function exportGradeSheet(db: DataSource, viewer: Viewer, classId: number, subjectCode: string, term: Term): Promise<GradeSheetFile> {
  const t = await sheetTarget(db, viewer, classId, subjectCode, term);
  const record = await loadRecord(db, t, subjectCode, term);
  const file = await buildWorkbook({
    ...record.identity,
    title: `${t.school_name} — ${t.class_name} — ${t.subject_fr} / ${t.subject_ar} — ${term} — ${t.year}`,
    assessments: record.assessments.map((a) => ({ id: a.entity.id, label: a.label })),
    pupils: record.pupils,
    grades: record.grades,
  });
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, '_');
  return { filename: `notes_${safe(t.school_code)}_${safe(t.class_name)}_${subjectCode}_${term}_${t.year}.xlsx`, contentType: XLSX_TYPE, base64: file.toString('base64') };
}

/** What importing the sheet would change, and every row that cannot be imported: nothing is written. */
export async function previewGradeSheet(db: DataSource, viewer: Viewer, classId: number, input: GradeSheetUploadInput): Promise<GradeSheetPreview> {
  const t = await sheetTarget(db, viewer, classId, input.subjectCode, input.term); // before the file is read: a stranger's upload is never unzipped
  const read = await readUpload(input.base64);
  return previewSheet(read, await loadRecord(db, t, input.subjectCode, input.term));
}

/**
 * Re-reads the sheet and writes every change through recordGrades' path in one transaction, or
 * nothing: BAD_USER_INPUT naming the first bad row while any row is bad, GRADES_LOCKED unless OPEN.
 */
export async function importGradeSheet(db: DataSource, viewer: Viewer, classId: number, input: GradeSheetUploadInput): Promise<GradeSheetPreview> {
  await sheetTarget(db, viewer, classId, input.subjectCode, input.term); // before the file is read, as for a preview
  const read = await readUpload(input.base64); // parsed before the transaction: no lock held while unzipping
  return db.transaction(async (tx) => {
    const t = await sheetTarget(tx, viewer, classId, input.subjectCode, input.term); // the term's status as of this transaction
    const preview = previewSheet(read, await loadRecord(tx, t, input.subjectCode, input.term));
    if (preview.fileError) throw badInput('base64', preview.fileError, preview.fileErrorMessage ?? 'This file cannot be imported');
    if (preview.errors.length) throw sheetErrors(preview.errors);
    if (preview.termStatus !== TermStatus.OPEN) throw gradesLocked(input.term, preview.termStatus);
    const reason = input.reason?.trim() ? `${IMPORT_REASON}: ${input.reason.trim()}` : IMPORT_REASON;
    for (const [assessmentId, rows] of changesByAssessment(preview)) await writeGrades(tx, viewer, Number(assessmentId), rows, reason);
    return preview;
  });
}

/** Size limits on the upload and on what it inflates to (grade-sheet.zip-limits.ts), then the workbook. */
async function readUpload(base64: string): Promise<ReadResult> {
  if (base64.length > MAX_BASE64_LENGTH) throw badInput('base64', GradeSheetFileError.FILE_TOO_LARGE, 'A grade sheet is at most 1.5 MB');
  const read = await readWorkbook(Buffer.from(base64, 'base64'));
  if (!read.ok && read.error === GradeSheetFileError.FILE_TOO_LARGE) throw badInput('base64', read.error, read.message);
  return read;
}

/** Export, preview and import follow recordGrades' rule: the class × subject's teacher, or the school's director. */
async function sheetTarget(db: DataSource | EntityManager, viewer: Viewer, classId: number, subjectCode: string, term: Term): Promise<Target> {
  await requireVisible(db, viewer, classRule, [classId], 'Class');
  const t = await target(db, classId, subjectCode, term);
  await requireAccess(db, viewer, gradeWriteRule, [t.assignment_id ?? 0]);
  return t;
}

function changesByAssessment(preview: GradeSheetPreview): Map<string, { codeMassar: string; value: number | null; absence: Absence | null }[]> {
  const batches = new Map<string, { codeMassar: string; value: number | null; absence: Absence | null }[]>();
  for (const c of preview.changes) {
    const rows = batches.get(c.assessment.id) ?? [];
    rows.push({ codeMassar: c.codeMassar, value: c.newValue, absence: c.newAbsence });
    batches.set(c.assessment.id, rows);
  }
  return batches;
}

/** BAD_USER_INPUT naming the first bad row, with every bad row listed (as recordGrades' badRows). */
function sheetErrors(errors: GradeSheetRowError[]): DomainError {
  const [first] = errors;
  const who = first.codeMassar ? ` (${first.codeMassar})` : '';
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Row ${first.row}${who}, ${first.column}: ${first.message}`, {
    field: 'base64',
    reason: first.reason,
    row: first.row,
    codeMassar: first.codeMassar,
    column: first.column,
    rows: errors.map(({ row, codeMassar, column, reason }) => ({ row, codeMassar, column, reason })),
  });
}

async function target(db: DataSource | EntityManager, classId: number, subjectCode: string, term: Term): Promise<Target> {
  const [t]: Target[] = await db.query(
    `SELECT c.id AS class_id, c.name AS class_name, c.school_year_id, sy.name AS year, s.code AS school_code, s.name_fr AS school_name,
            su.id AS subject_id, su.name_fr AS subject_fr, su.name_ar AS subject_ar, ta.id AS assignment_id, ts.status
     FROM school_class c JOIN school s ON s.id = c.school_id JOIN school_year sy ON sy.id = c.school_year_id
     LEFT JOIN subject su ON su.code = $2
     LEFT JOIN teaching_assignment ta ON ta.class_id = c.id AND ta.subject_id = su.id
     LEFT JOIN term_status ts ON ts.class_id = c.id AND ts.school_year_id = c.school_year_id AND ts.term = $3
     WHERE c.id = $1`,
    [classId, subjectCode, term],
  );
  if (!t) throw notFound('Class');
  if (!t.subject_id) throw badInput('subjectCode', EvaluationErrorReason.UNKNOWN_SUBJECT, `No subject has the code ${subjectCode}`);
  return t;
}

/** The assessments, pupils and grades of the class × subject × term: three statements. */
async function loadRecord(db: DataSource | EntityManager, t: Target, subjectCode: string, term: Term): Promise<SheetRecord> {
  const assessments = await db.getRepository(Assessment).find({
    where: { classId: t.class_id, subjectId: t.subject_id!, schoolYearId: t.school_year_id, term },
    order: { heldOn: 'ASC', kind: 'ASC', number: 'ASC' },
  });
  const pupils: SheetPupil[] = await db.query(
    `SELECT s.id::text AS id, s.code_massar AS code, s.last_name AS "lastName", s.first_name AS "firstName",
            s.last_name_ar AS "lastNameAr", s.first_name_ar AS "firstNameAr"
     FROM enrolment e JOIN student s ON s.id = e.student_id
     WHERE e.class_id = $1 AND e.school_year_id = $2 AND ${onRoster('e')}
     ORDER BY s.last_name, s.first_name, s.id`,
    [t.class_id, t.school_year_id],
  );
  const rows: { assessment_id: string; code: string; value: string | null; absence: Absence | null }[] = await db.query(
    `SELECT g.assessment_id::text, s.code_massar AS code, g.value, g.absence
     FROM grade g JOIN student s ON s.id = g.student_id
     WHERE g.school_year_id = $1 AND g.assessment_id = ANY($2::bigint[])`,
    [t.school_year_id, assessments.map((a) => a.id)],
  );
  return {
    identity: { classId: t.class_id, subjectCode, term, year: t.year },
    status: t.status ?? TermStatus.OPEN,
    assessments: assessments.map((a) => ({ entity: a, label: assessmentLabel(a.kind, a.number, a.heldOn) })),
    pupils,
    grades: new Map(rows.map((r) => [`${r.assessment_id}:${r.code}`, { value: r.value === null ? null : Number(r.value), absence: r.absence }])),
  };
}
