import { graphql } from '@massar/client';

/** The school's staff, for the teacher picker (the teachers among them are chosen from). */
export const SCHOOL_TEACHERS = graphql(`
  query SchoolTeachers($code: String!) {
    school(code: $code) {
      id
      staffMembers {
        id
        position
        firstName
        lastName
        firstNameAr
        lastNameAr
      }
    }
  }
`);
