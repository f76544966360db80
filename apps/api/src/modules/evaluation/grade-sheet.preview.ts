import { type CellValue } from 'exceljs';
import { CODE_MASSAR_PATTERN } from '../people/code-massar.js';
import { type Assessment } from './assessment.entity.js';
import { Absence, type TermStatus } from './evaluation.enums.js';
import { parseGradeCell, type ParsedCell } from './grade-sheet.cells.js';
import {
  GradeSheetFileError, type GradeSheetChange, type GradeSheetPreview, type GradeSheetRowError, GradeSheetRowReason,
} from './grade-sheet.types.js';
import { type ReadResult, type ReadSheet, type SheetIdentity } from './grade-sheet.xlsx.js';

/*
 * From a sheet as read and the class × subject × term on record to the preview: which cells
 * change what, and which rows cannot be imported. No database, no writes.
 */

export interface SheetPupil {
  id: string;
  code: string;
  lastName: string;
  firstName: string;
  lastNameAr: string;
  firstNameAr: string;
}

export interface SheetRecord {
  identity: SheetIdentity;
  status: TermStatus;
  /** Assessments of the class × subject × term, in column order, with their header label. */
  assessments: { entity: Assessment; label: string }[];
  /** Pupils of the class, by name. */
  pupils: SheetPupil[];
  /** Grades on record by `${assessmentId}:${codeMassar}`. */
  grades: Map<string, { value: number | null; absence: Absence | null }>;
}

const emptyPreview = (status: TermStatus): GradeSheetPreview => ({ fileError: null, fileErrorMessage: null, termStatus: status, changes: [], errors: [], unchanged: 0 });

export function previewSheet(read: ReadResult, record: SheetRecord): GradeSheetPreview {
  const preview = emptyPreview(record.status);
  // FILE_TOO_LARGE never gets here: the service refuses it as BAD_USER_INPUT before reading rows.
  if (!read.ok) return { ...preview, fileError: read.error, fileErrorMessage: read.message };
  if (!sameIdentity(read.sheet.identity, record.identity)) {
    return { ...preview, fileError: GradeSheetFileError.WRONG_SHEET, fileErrorMessage: 'This sheet is for another class, subject, term or year' };
  }
  const columns = matchColumns(read.sheet, record, preview.errors);
  const byCode = new Map(record.pupils.map((p) => [p.code, p]));
  const seen = new Set<string>();
  for (const row of read.sheet.rows) {
    const pupil = rowPupil(row, byCode, seen, preview.errors);
    if (pupil) compareRow(row, pupil, columns, record, preview);
  }
  return preview;
}

const sameIdentity = (a: SheetIdentity, b: SheetIdentity) =>
  a.classId === b.classId && a.subjectCode === b.subjectCode && a.term === b.term && a.year === b.year;

interface MatchedColumn {
  column: number;
  label: string;
  assessment: Assessment;
}

/** Grade columns matched to assessments by the ids exported in the hidden sheet, not by position. */
function matchColumns(sheet: ReadSheet, record: SheetRecord, errors: GradeSheetRowError[]): MatchedColumn[] {
  const byId = new Map(record.assessments.map((a) => [a.entity.id, a]));
  return sheet.columns.flatMap(({ column, label }) => {
    const known = byId.get(sheet.assessmentIds.get(label) ?? '');
    if (known) return [{ column, label: known.label, assessment: known.entity }];
    errors.push({
      row: sheet.headerRow, codeMassar: null, column: label, reason: GradeSheetRowReason.UNKNOWN_ASSESSMENT,
      message: 'This column is not an assessment of this class, subject and term: remove it or export the sheet again',
    });
    return [];
  });
}

/**
 * The row's pupil, or null with an error. A well-formed code of a pupil elsewhere and an unknown
 * one both read NOT_IN_CLASS, as in recordGrades: a grade sheet does not probe the registry.
 */
function rowPupil(row: ReadSheet['rows'][number], byCode: Map<string, SheetPupil>, seen: Set<string>, errors: GradeSheetRowError[]): SheetPupil | null {
  const fail = (reason: GradeSheetRowReason, message: string) => {
    errors.push({ row: row.row, codeMassar: row.code || null, column: 'Code Massar', reason, message });
    return null;
  };
  if (!CODE_MASSAR_PATTERN.test(row.code)) return fail(GradeSheetRowReason.UNKNOWN_CODE_MASSAR, 'A code Massar is one letter and nine digits');
  if (seen.has(row.code)) return fail(GradeSheetRowReason.DUPLICATE_ROW, 'This pupil appears twice');
  seen.add(row.code);
  return byCode.get(row.code) ?? fail(GradeSheetRowReason.NOT_IN_CLASS, 'No pupil of this class has this code Massar');
}

function compareRow(row: ReadSheet['rows'][number], pupil: SheetPupil, columns: MatchedColumn[], record: SheetRecord, preview: GradeSheetPreview): void {
  for (const c of columns) {
    const parsed = parseGradeCell(row.cells.get(c.column) as CellValue | undefined);
    if (parsed.kind === 'empty') continue;
    if (parsed.kind === 'error') {
      preview.errors.push({ row: row.row, codeMassar: pupil.code, column: c.label, reason: parsed.reason, message: parsed.message });
      continue;
    }
    const old = record.grades.get(`${c.assessment.id}:${pupil.code}`) ?? { value: null, absence: null };
    const next = newGrade(parsed, old.absence);
    if (next.value === old.value && next.absence === old.absence) preview.unchanged++;
    else preview.changes.push(changeOf(row.row, pupil, c, old, next));
  }
}

/** "abs" keeps an absence already on record (justified or not); a new one is unjustified until justified. */
function newGrade(parsed: Exclude<ParsedCell, { kind: 'empty' | 'error' }>, oldAbsence: Absence | null) {
  if (parsed.kind === 'mark') return { value: parsed.value, absence: null };
  return { value: null, absence: parsed.absence ?? oldAbsence ?? Absence.UNJUSTIFIED };
}

function changeOf(
  row: number, pupil: SheetPupil, c: MatchedColumn, old: { value: number | null; absence: Absence | null }, next: { value: number | null; absence: Absence | null },
): GradeSheetChange {
  return {
    row, codeMassar: pupil.code, studentName: `${pupil.lastName} ${pupil.firstName}`, studentNameAr: `${pupil.lastNameAr} ${pupil.firstNameAr}`,
    assessment: c.assessment, assessmentLabel: c.label, oldValue: old.value, oldAbsence: old.absence, newValue: next.value, newAbsence: next.absence,
  };
}
