import { graphql } from '@massar/client';

/** A teacher's own week in a term, in every school they teach in. */
export const MY_TIMETABLE = graphql(`
  query MyTimetable($term: Term!) {
    me {
      id
      timetable(term: $term) {
        ...TimetableSlotFields
        schoolClass {
          id
          school {
            id
            code
            nameFr
            nameAr
          }
        }
      }
    }
  }
`);
