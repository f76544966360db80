/** The two kinds of absence, spelled as the API's `Absence` enum. */
export type AbsenceKind = 'UNJUSTIFIED' | 'JUSTIFIED';

/** How an absence is written: what the export writes, the grid shows and the UI tells teachers to type. */
export const ABSENCE_SPELLING: Readonly<Record<AbsenceKind, string>> = {
  UNJUSTIFIED: 'abs',
  JUSTIFIED: 'abj',
};

/**
 * Every spelling read as an absence, in the grid and in the spreadsheet alike: the canonical
 * ones, what earlier grade sheets wrote ("abs j") and what an Arabic keyboard types (غ, غم).
 * Compared without case or spaces, so "ABS J", "absj" and "غ م" match too.
 */
export const ABSENCE_ALIASES: readonly { spelling: string; absence: AbsenceKind }[] = [
  { spelling: 'abs', absence: 'UNJUSTIFIED' },
  { spelling: 'absent', absence: 'UNJUSTIFIED' },
  { spelling: 'غ', absence: 'UNJUSTIFIED' },
  { spelling: 'abj', absence: 'JUSTIFIED' },
  { spelling: 'abs j', absence: 'JUSTIFIED' },
  { spelling: 'غم', absence: 'JUSTIFIED' },
];

const squeeze = (text: string) => text.toLowerCase().replace(/\s+/g, '');

// A Map, not an object: "constructor" or "__proto__" typed in a cell is not an absence.
const BY_SPELLING = new Map(ABSENCE_ALIASES.map((a) => [squeeze(a.spelling), a.absence]));

/** The absence a text spells (any case, any spaces), or null when it spells none. */
export function readAbsence(text: string): AbsenceKind | null {
  return BY_SPELLING.get(squeeze(text)) ?? null;
}

/** Where a justification of an absence stands (the API's `JustificationStatus`). */
export type JustificationStatus = 'PENDING' | 'ACCEPTED' | 'REFUSED';

/**
 * The one definition of "justified": an absence is JUSTIFIED when the school accepted its
 * justification; none, one still pending and one refused all leave it UNJUSTIFIED. The roll
 * call's totals use it; grades' absence marks are the same two kinds (AbsenceKind).
 */
export function absenceKindOf(status: JustificationStatus | null | undefined): AbsenceKind {
  return status === 'ACCEPTED' ? 'JUSTIFIED' : 'UNJUSTIFIED';
}
