import { graphql } from '@massar/client';

/** One child's enrolments across schools and years (the API lists those in the family's scope). */
export const CHILD_SCHOOLING = graphql(`
  query ChildSchooling($codeMassar: String!) {
    student(codeMassar: $codeMassar) {
      id
      codeMassar
      firstName
      lastName
      firstNameAr
      lastNameAr
      enrolments {
        id
        status
        enrolledOn
        endedOn
        schoolYear {
          id
          name
          startsOn
        }
        school {
          id
          code
          nameFr
          nameAr
        }
        schoolClass {
          id
          name
          level {
            id
            code
            nameFr
            nameAr
          }
          stream {
            id
            nameFr
            nameAr
          }
        }
      }
    }
  }
`);
