import { graphql } from '@massar/client';

/** The class council's orientation worksheet: each pupil's ranked wishes and the decision once confirmed. */
export const CLASS_ORIENTATION = graphql(`
  query ClassOrientation($classId: ID!) {
    node(id: $classId) {
      __typename
      id
      ... on SchoolClass {
        name
        schoolYear {
          id
          name
        }
        school {
          id
          code
        }
        orientationWishes {
          year
          submittedAt
          submittedBy
          student {
            id
            codeMassar
            firstName
            lastName
            firstNameAr
            lastNameAr
          }
          wishes {
            rank
            stream {
              id
              code
              nameFr
              nameAr
            }
          }
          decision {
            decision
            stream {
              id
              code
              nameFr
              nameAr
            }
          }
        }
      }
    }
  }
`);
