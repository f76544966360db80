import { ABSENCE_SPELLING, type AbsenceKind, readAbsence } from './absence.js';
import { MARK_DECIMALS, type MarkProblem, markValueProblem } from './mark.js';

/** Why a text is not a grade: not a number at all, or a number that is not a mark. */
export type GradeTextProblem = 'FORMAT' | MarkProblem;

/** What a grade typed as text holds: nothing, a mark, an absence, or why it is no grade. */
export type GradeText =
  | { kind: 'empty' }
  | { kind: 'mark'; value: number }
  | { kind: 'absent'; absence: AbsenceKind }
  | { kind: 'invalid'; problem: GradeTextProblem };

// Digits with an optional decimal point; a trailing point ("12.") is a separator still being typed.
const MARK_TEXT = /^-?(\d+)(?:\.(\d*))?$/;

/** Western digits and a decimal point for Arabic-Indic digits, the Arabic separator and a comma. */
function westernNumber(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[٫,]/g, '.');
}

/**
 * Reads a grade typed in the grid or in a spreadsheet cell: "12,5", "12.5" and "١٢٫٥" are the
 * same mark; "abs", "abj" and their aliases are absences (see ABSENCE_ALIASES); only spaces is empty.
 */
export function readGradeText(text: string): GradeText {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const absence = readAbsence(trimmed);
  if (absence) return { kind: 'absent', absence };
  const number = westernNumber(trimmed);
  const match = MARK_TEXT.exec(number);
  if (!match) return { kind: 'invalid', problem: 'FORMAT' };
  const value = Number(number.endsWith('.') ? number.slice(0, -1) : number) + 0;
  // Counted on the text, so that "12.50" is two decimals and "12.3400000001" is not.
  const decimals = (match[2] ?? '').replace(/0+$/, '').length;
  const problem = markValueProblem(value) ?? (decimals > MARK_DECIMALS ? 'TOO_PRECISE' : null);
  return problem ? { kind: 'invalid', problem } : { kind: 'mark', value };
}

/** A recorded grade as text that reads back as the same grade (the canonical absence spelling). */
export function gradeToText(grade: { value?: number | null; absence?: AbsenceKind | null }, decimalSeparator = '.'): string {
  if (grade.absence) return ABSENCE_SPELLING[grade.absence];
  if (grade.value === null || grade.value === undefined) return '';
  return String(grade.value).replace('.', decimalSeparator);
}
