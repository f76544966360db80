import { graphql } from '@massar/client';

/** What the slot being typed would clash with (nothing is written). */
export const SLOT_CLASHES = graphql(`
  query SlotClashes(
    $classId: ID!
    $term: Term!
    $weekday: Int!
    $startsAt: String!
    $endsAt: String!
    $subjectCode: String
    $teacherId: ID
    $room: String
    $slotId: ID
  ) {
    slotClashes(
      classId: $classId
      term: $term
      weekday: $weekday
      startsAt: $startsAt
      endsAt: $endsAt
      subjectCode: $subjectCode
      teacherId: $teacherId
      room: $room
      slotId: $slotId
    ) {
      kind
      inAnotherSchool
      slotId
      className
      teacherName
      room
      weekday
      startsAt
      endsAt
    }
  }
`);
