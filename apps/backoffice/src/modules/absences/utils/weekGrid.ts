import { addDays, dayOf, isoDate, weekdayOf } from './localDates';

/** The school week's days: Monday to Saturday. */
export const SCHOOL_DAYS = 6;

/** The Monday of the week of a YYYY-MM-DD day. */
export const mondayOf = (date: string) => addDays(date, 1 - weekdayOf(date));

/** The days of the school week starting on a Monday. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: SCHOOL_DAYS }, (_, i) => addDays(monday, i));
}

/** The week shown: the address's (any day of it, read as its Monday), else this week. */
export function weekFromSearch(value: string | null, today: Date): string {
  const asked = value && /^\d{4}-\d{2}-\d{2}$/.test(value) && isoDate(dayOf(value)) === value ? value : isoDate(today);
  return mondayOf(asked);
}

/** The status an absence shows: late, or absent and justified, waiting for a decision, refused, or not justified. */
export type AbsenceStatus = 'late' | 'justified' | 'pending' | 'refused' | 'unjustified';

export interface StatusSource {
  late: boolean;
  kind: 'JUSTIFIED' | 'UNJUSTIFIED';
  justification?: { status: 'PENDING' | 'ACCEPTED' | 'REFUSED' } | null;
}

/** One status per absence, from the API's one definition of "justified" (kind) and the latest justification. */
export function absenceStatus(a: StatusSource): AbsenceStatus {
  if (a.late) return 'late';
  if (a.kind === 'JUSTIFIED') return 'justified';
  if (a.justification?.status === 'PENDING') return 'pending';
  if (a.justification?.status === 'REFUSED') return 'refused';
  return 'unjustified';
}

export interface GridAbsence extends StatusSource {
  id: string;
  date: string;
  slot?: { startsAt: string } | null;
  student?: { id: string } | null;
}

export interface GridRow<P extends { id: string }, A extends GridAbsence> {
  pupil: P;
  /** One cell per day of the week, each with that day's absences by time. */
  cells: A[][];
  /** Absences (not lateness) in the week. */
  absentCount: number;
}

/**
 * The week as pupils × days: every pupil of the class (those never absent too), each day's
 * absences and lateness by time. Pupils keep the order given; absences of a pupil not listed, or
 * outside the week, are left out.
 */
export function weekGrid<P extends { id: string }, A extends GridAbsence>(pupils: readonly P[], absences: readonly A[], monday: string): GridRow<P, A>[] {
  const days = weekDays(monday);
  const rows = new Map(pupils.map((pupil) => [pupil.id, { pupil, cells: days.map((): A[] => []), absentCount: 0 }]));
  for (const absence of absences) {
    const row = absence.student ? rows.get(absence.student.id) : undefined;
    const day = days.indexOf(absence.date);
    if (!row || day < 0) continue;
    row.cells[day].push(absence);
    if (!absence.late) row.absentCount += 1;
  }
  for (const row of rows.values()) for (const cell of row.cells) cell.sort((a, b) => (a.slot?.startsAt ?? '').localeCompare(b.slot?.startsAt ?? ''));
  return [...rows.values()];
}
