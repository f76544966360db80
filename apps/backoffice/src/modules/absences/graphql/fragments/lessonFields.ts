import { graphql } from '@massar/client';

/** What the roll call and the teacher's day show of a lesson: when, where, which subject and class. */
export const LESSON_FIELDS = graphql(`
  fragment LessonFields on TimetableSlot {
    id
    weekday
    startsAt
    endsAt
    room
    subject {
      id
      code
      nameFr
      nameAr
    }
    schoolClass {
      id
      name
    }
  }
`);
