import { graphql } from '@massar/client';

/** The school's classes of the year, its teachers and the rooms its slots name that term: the editor's choices. */
export const TIMETABLE_SCHOOL = graphql(`
  query TimetableSchool($code: String!, $term: Term!) {
    school(code: $code) {
      id
      code
      classes {
        id
        name
        schoolYear {
          id
          name
        }
      }
      staffMembers {
        id
        position
        firstName
        lastName
        firstNameAr
        lastNameAr
      }
      rooms(term: $term)
    }
  }
`);
