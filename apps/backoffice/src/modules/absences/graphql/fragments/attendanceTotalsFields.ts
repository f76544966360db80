import { graphql } from '@massar/client';

/** A pupil's attendance totals over a term (or the year). */
export const ATTENDANCE_TOTALS_FIELDS = graphql(`
  fragment AttendanceTotalsFields on AttendanceTotals {
    absenceCount
    hoursAbsent
    justifiedHours
    unjustifiedHours
    lateCount
    minutesLate
  }
`);
