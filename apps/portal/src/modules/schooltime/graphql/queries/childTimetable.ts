import { graphql } from '@massar/client';

/** The week of one child's class for a term (this school year). */
export const CHILD_TIMETABLE = graphql(`
  query ChildTimetable($codeMassar: String!, $term: Term!) {
    student(codeMassar: $codeMassar) {
      id
      codeMassar
      firstName
      lastName
      firstNameAr
      lastNameAr
      timetable(term: $term) {
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
        teacher {
          id
          firstName
          lastName
          firstNameAr
          lastNameAr
        }
      }
    }
  }
`);
