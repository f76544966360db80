import { graphql } from '@massar/client';

/** One room's week in a term, across the school's classes. */
export const ROOM_TIMETABLE = graphql(`
  query RoomTimetable($code: String!, $term: Term!, $room: String!) {
    school(code: $code) {
      id
      timetable(term: $term, room: $room) {
        ...TimetableSlotFields
      }
    }
  }
`);
