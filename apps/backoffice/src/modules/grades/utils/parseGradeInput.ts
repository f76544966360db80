import type { Absence } from '@massar/client';
import { type GradeText, type GradeTextProblem, gradeToText, readGradeText } from '@massar/rules';

export type GradeProblem = GradeTextProblem;

/** What a grid cell holds once read: nothing, a mark /20, an absence, or text that is not a grade. */
export type ParsedGrade = GradeText;

/**
 * Reads what a teacher typed, by the rules the spreadsheet import uses too (@massar/rules): "12,5",
 * "12.5" and "١٢٫٥" are the same mark; a trailing separator ("12,") is accepted while typing; at
 * most two decimals; 0 to 20; "abs" (or غ) absent, "abj" (or غم, "abs j") justified.
 */
export function parseGradeInput(text: string): ParsedGrade {
  return readGradeText(text);
}

/** How a recorded grade is shown in its cell, so that it reads back as the same grade. */
export function gradeToInput(grade: { value?: number | null; absence?: Absence | null } | undefined, decimalSeparator: string): string {
  return grade ? gradeToText(grade, decimalSeparator) : '';
}

/** True when two readings record the same thing (so "12,50" over a recorded 12.5 is no change). */
export function sameGrade(a: ParsedGrade, b: ParsedGrade): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'mark' && b.kind === 'mark') return a.value === b.value;
  if (a.kind === 'absent' && b.kind === 'absent') return a.absence === b.absence;
  return a.kind !== 'invalid';
}
