import { graphql } from '@massar/client';

/** What a week's grid shows of a slot and the form needs to move it. */
export const TIMETABLE_SLOT_FIELDS = graphql(`
  fragment TimetableSlotFields on TimetableSlot {
    id
    weekday
    startsAt
    endsAt
    room
    term
    subject {
      id
      code
      nameFr
      nameAr
    }
    teacher {
      id
      firstName
      lastName
      firstNameAr
      lastNameAr
    }
    schoolClass {
      id
      name
    }
  }
`);
