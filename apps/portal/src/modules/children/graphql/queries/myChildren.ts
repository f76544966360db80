import { graphql } from '@massar/client';

/** The family's children, each with the school and class of today and whether orientation wishes are open. */
export const MY_CHILDREN = graphql(`
  query MyChildren {
    me {
      id
      children {
        id
        codeMassar
        firstName
        lastName
        firstNameAr
        lastNameAr
        enrolments {
          id
          status
          school {
            id
            nameFr
            nameAr
          }
          schoolClass {
            id
            name
            level {
              id
              code
            }
          }
        }
        orientation {
          open
          deadline
        }
      }
    }
  }
`);
