import type { EnrolmentStatus } from '@massar/client';

/** What the history needs of an enrolment (the queried fields). */
export interface HistoryEnrolment {
  status: EnrolmentStatus;
  enrolledOn: string;
  endedOn?: string | null;
  schoolYear: { startsOn: string };
}

/**
 * The enrolments latest first: by school year, then, within a year that holds a closed
 * enrolment and the one after a transfer, by the day each began.
 */
export function schoolHistory<E extends HistoryEnrolment>(enrolments: readonly E[]): E[] {
  return [...enrolments].sort(
    (a, b) => b.schoolYear.startsOn.localeCompare(a.schoolYear.startsOn) || b.enrolledOn.localeCompare(a.enrolledOn),
  );
}

/** The pupil's school now: the active enrolment; null when the pupil has none (left, or not yet registered). */
export function currentEnrolment<E extends { status: EnrolmentStatus }>(enrolments: readonly E[]): E | null {
  return enrolments.find((e) => e.status === 'ACTIVE') ?? null;
}
