import { graphql } from '@massar/client';

/** Copies a term's timetable into another (dryRun: the same report, nothing written). */
export const COPY_TIMETABLE = graphql(`
  mutation CopyTimetable($input: CopyTimetableInput!) {
    copyTimetable(input: $input) {
      dryRun
      copied
      skipped
      rows {
        outcome
        className
        subjectCode
        weekday
        startsAt
        endsAt
        room
        teacherAssigned
        slotId
      }
    }
  }
`);
