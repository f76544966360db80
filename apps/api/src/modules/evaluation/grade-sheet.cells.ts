import { type CellValue } from 'exceljs';
import { Absence, AssessmentKind } from './evaluation.enums.js';
import { markProblem } from './grade.service.js';
import { GradeSheetRowReason } from './grade-sheet.types.js';

/** What a teacher may type in a grade cell, besides a mark: "abs" (absent) and "abs j" (justified). */
export const ABSENT = 'abs';
export const ABSENT_JUSTIFIED = 'abs j';

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

const NUMBER_TEXT = /^\d{1,2}(?:[.,]\d+)?$/;

/**
 * A grade cell: a number, or text "12,5" / "12.5" (French Excel and LibreOffice write either),
 * "abs" or "abs j". An empty cell changes nothing: deleting a grade is not done by spreadsheet.
 */
export function parseGradeCell(raw: CellValue | undefined): ParsedCell {
  const v = plainValue(raw);
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'number') return checkMark(v);
  if (typeof v !== 'string') return notANumber();
  const text = v.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return { kind: 'empty' };
  if (text === ABSENT || text === 'absent') return { kind: 'absent', absence: null };
  if (text === ABSENT_JUSTIFIED || text === 'absj') return { kind: 'absent', absence: Absence.JUSTIFIED };
  if (!NUMBER_TEXT.test(text)) return notANumber();
  return checkMark(Number(text.replace(',', '.')));
}

function checkMark(value: number): ParsedCell {
  const problem = markProblem(value);
  if (!problem) return { kind: 'mark', value: Math.round(value * 100) / 100 };
  const reason = problem.reason === 'TOO_PRECISE' ? GradeSheetRowReason.TOO_PRECISE : GradeSheetRowReason.OUT_OF_RANGE;
  return { kind: 'error', reason, message: problem.message };
}

const notANumber = (): ParsedCell => ({
  kind: 'error', reason: GradeSheetRowReason.NOT_A_NUMBER, message: `A mark from 0 to 20, "${ABSENT}" or "${ABSENT_JUSTIFIED}"`,
});
