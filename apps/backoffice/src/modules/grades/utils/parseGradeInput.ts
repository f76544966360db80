import type { Absence } from '@massar/client';

export type GradeProblem = 'FORMAT' | 'OUT_OF_RANGE' | 'TOO_PRECISE';

/** What a grid cell holds once read: nothing, a mark /20, an absence, or text that is not a grade. */
export type ParsedGrade =
  | { kind: 'empty' }
  | { kind: 'mark'; value: number }
  | { kind: 'absent'; absence: Absence }
  | { kind: 'invalid'; problem: GradeProblem };

/** Typed for an absence: "abs" (or غ) unjustified, "abj" (or غم) justified. */
const ABSENCE_TOKENS: Record<string, Absence> = { abs: 'UNJUSTIFIED', 'غ': 'UNJUSTIFIED', abj: 'JUSTIFIED', 'غم': 'JUSTIFIED' };

const MARK = /^-?(\d+)(?:\.(\d*))?$/;

/** Arabic-Indic digits and the Arabic decimal separator, as an Arabic keyboard types them. */
function westernDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[٫,]/g, '.');
}

/**
 * Reads what a teacher typed: "12,5" and "12.5" are the same mark; a trailing separator ("12,")
 * is accepted while typing; at most two decimals; 0 to 20; "abs" marks the pupil absent.
 */
export function parseGradeInput(text: string): ParsedGrade {
  const raw = westernDigits(text.trim().toLowerCase());
  if (raw === '') return { kind: 'empty' };
  const absence = ABSENCE_TOKENS[raw];
  if (absence) return { kind: 'absent', absence };
  const match = MARK.exec(raw);
  if (!match) return { kind: 'invalid', problem: 'FORMAT' };
  const value = Number(raw.endsWith('.') ? raw.slice(0, -1) : raw);
  if (!Number.isFinite(value) || value < 0 || value > 20) return { kind: 'invalid', problem: 'OUT_OF_RANGE' };
  if ((match[2] ?? '').length > 2) return { kind: 'invalid', problem: 'TOO_PRECISE' };
  return { kind: 'mark', value };
}

/** How a recorded grade is shown in its cell, so that it reads back as the same grade. */
export function gradeToInput(grade: { value?: number | null; absence?: Absence | null } | undefined, decimalSeparator: string): string {
  if (!grade) return '';
  if (grade.absence) return grade.absence === 'JUSTIFIED' ? 'abj' : 'abs';
  if (grade.value === null || grade.value === undefined) return '';
  return String(grade.value).replace('.', decimalSeparator);
}

/** True when two readings record the same thing (so "12,50" over a recorded 12.5 is no change). */
export function sameGrade(a: ParsedGrade, b: ParsedGrade): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'mark' && b.kind === 'mark') return a.value === b.value;
  if (a.kind === 'absent' && b.kind === 'absent') return a.absence === b.absence;
  return a.kind !== 'invalid';
}
