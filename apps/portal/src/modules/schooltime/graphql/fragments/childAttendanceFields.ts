import { graphql } from '@massar/client';

/** A pupil's attendance over a term: the totals a family reads first. */
export const CHILD_ATTENDANCE_FIELDS = graphql(`
  fragment ChildAttendanceFields on AttendanceTotals {
    hoursAbsent
    justifiedHours
    unjustifiedHours
    absenceCount
    lateCount
    minutesLate
  }
`);
