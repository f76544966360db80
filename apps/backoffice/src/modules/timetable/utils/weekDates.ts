import type { Term } from '@massar/client';

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: Date) => date.getDay() || 7;

const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * The latest day (today or before) a lesson of this weekday took place: the roll call a teacher
 * takes or checks for it (a roll call for a day to come is refused).
 */
export function lastOccurrence(weekday: number, today: Date): string {
  const back = (isoWeekday(today) - weekday + 7) % 7;
  return isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - back));
}

/** The school year before "2025-2026": "2024-2025"; null for a name not of that form. */
export function previousYear(name: string): string | null {
  const match = /^(\d{4})-(\d{4})$/.exec(name);
  return match ? `${Number(match[1]) - 1}-${Number(match[2]) - 1}` : null;
}

/** A timetable a term can be copied from: a term of this year (fromYear null) or of an earlier one. */
export interface CopySource {
  key: 'previousTerm' | 'lastYear';
  fromTerm: Term;
  fromYear: string | null;
}

/**
 * Where a term's timetable may start from: the term before it (S1 for S2; last year's S2 for S1)
 * and the same term last year.
 */
export function copySources(toTerm: Term, yearName: string): CopySource[] {
  const last = previousYear(yearName);
  const previousTerm: CopySource | null = toTerm === 'S2' ? { key: 'previousTerm', fromTerm: 'S1', fromYear: null } : last ? { key: 'previousTerm', fromTerm: 'S2', fromYear: last } : null;
  const lastYear: CopySource | null = last ? { key: 'lastYear', fromTerm: toTerm, fromYear: last } : null;
  return [previousTerm, lastYear].filter((s): s is CopySource => s !== null);
}
