import { graphql } from '@massar/client';

/** A class's week in a term, with its curriculum and the teacher of each subject (the form's defaults). */
export const CLASS_TIMETABLE = graphql(`
  query ClassTimetable($classId: ID!, $term: Term!) {
    node(id: $classId) {
      __typename
      id
      ... on SchoolClass {
        name
        schoolYear {
          id
          name
        }
        subjects {
          subject {
            id
            code
            nameFr
            nameAr
          }
        }
        teachingAssignments {
          id
          subject {
            id
            code
          }
          teacher {
            id
            firstName
            lastName
            firstNameAr
            lastNameAr
          }
        }
        timetable(term: $term) {
          ...TimetableSlotFields
        }
      }
    }
  }
`);
