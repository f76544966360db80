import { ABSENCE_SPELLING, MARK_PROBLEM_MESSAGES, type MarkProblem, markValueProblem, readGradeText, roundMark } from '@massar/rules';
import { type CellValue } from 'exceljs';
import { Absence, AssessmentKind } from './evaluation.enums.js';
import { GradeSheetRowReason } from './grade-sheet.types.js';

/**
 * How the sheet writes an absence: "abs" (absent) and "abj" (justified), as the grid does. Reading
 * accepts their aliases too ("abs j" of earlier sheets, "absent", غ, غم: @massar/rules).
 */
export const ABSENT = ABSENCE_SPELLING.UNJUSTIFIED;
export const ABSENT_JUSTIFIED = ABSENCE_SPELLING.JUSTIFIED;

/** A grade cell as read: nothing (no change), a mark, an absence, or why it is unreadable. */
export type ParsedCell =
  | { kind: 'empty' }
  | { kind: 'mark'; value: number }
  | { kind: 'absent'; absence: Absence | null }
  | { kind: 'error'; reason: GradeSheetRowReason; message: string };

const KIND_LABELS: Record<AssessmentKind, string> = {
  [AssessmentKind.CONTINUOUS]: 'Contrôle',
  [AssessmentKind.INTEGRATED_ACTIVITY]: 'Activités intégrées',
  [AssessmentKind.LOCAL_EXAM]: 'Examen local',
  [AssessmentKind.PROVINCIAL_EXAM]: 'Examen provincial',
  [AssessmentKind.REGIONAL_EXAM]: 'Examen régional',
  [AssessmentKind.NATIONAL_EXAM]: 'Examen national',
};

/** The column header of an assessment: "Contrôle 1 (12/10/2025)"; unique within class × subject × term. */
export function assessmentLabel(kind: AssessmentKind, number: number, heldOn: string): string {
  const [y, m, d] = heldOn.slice(0, 10).split('-');
  return `${KIND_LABELS[kind]} ${number} (${d}/${m}/${y})`;
}

/** What a grade on record looks like in the sheet. */
export function cellOf(value: number | null, absence: Absence | null): number | string | null {
  if (absence) return absence === Absence.JUSTIFIED ? ABSENT_JUSTIFIED : ABSENT;
  return value;
}

/** The plain value behind a formula, rich text or hyperlink cell. */
export function plainValue(v: CellValue | undefined): number | string | boolean | Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: CellValue }).result);
  if ('hyperlink' in v) return v.text;
  if ('error' in v) return v.error;
  return null;
}

/**
 * A grade cell: a number, or text read as the grid reads it ("12,5" / "12.5", which French Excel
 * and LibreOffice write either, "abs", "abj" and their aliases). An empty cell changes nothing:
 * deleting a grade is not done by spreadsheet. "abs" leaves the justification to what is on record
 * (absence null), so that an old sheet does not undo a justification recorded since.
 */
export function parseGradeCell(raw: CellValue | undefined): ParsedCell {
  const v = plainValue(raw);
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'number') return checkMark(v);
  if (typeof v !== 'string') return notANumber();
  const read = readGradeText(v);
  switch (read.kind) {
    case 'empty':
      return read;
    case 'absent':
      return { kind: 'absent', absence: read.absence === 'JUSTIFIED' ? Absence.JUSTIFIED : null };
    case 'mark':
      return { kind: 'mark', value: read.value };
    case 'invalid':
      return read.problem === 'FORMAT' ? notANumber() : markError(read.problem);
  }
}

function checkMark(value: number): ParsedCell {
  const problem = markValueProblem(value);
  return problem ? markError(problem) : { kind: 'mark', value: roundMark(value) };
}

const markError = (problem: MarkProblem): ParsedCell => ({
  kind: 'error',
  reason: problem === 'TOO_PRECISE' ? GradeSheetRowReason.TOO_PRECISE : GradeSheetRowReason.OUT_OF_RANGE,
  message: MARK_PROBLEM_MESSAGES[problem],
});

const notANumber = (): ParsedCell => ({
  kind: 'error', reason: GradeSheetRowReason.NOT_A_NUMBER, message: `A mark from 0 to 20, "${ABSENT}" or "${ABSENT_JUSTIFIED}"`,
});
