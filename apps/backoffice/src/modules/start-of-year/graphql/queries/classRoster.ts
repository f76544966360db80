import { graphql } from '@massar/client';

/** One class of the school with one page of its pupils (by name), its capacity, its subjects and their teachers. */
export const CLASS_ROSTER = graphql(`
  query ClassRoster($classId: ID!, $first: Int!, $after: String) {
    node(id: $classId) {
      __typename
      id
      ... on SchoolClass {
        name
        capacity
        enrolledCount
        level {
          id
          code
          nameFr
          nameAr
        }
        stream {
          id
          code
          nameFr
          nameAr
        }
        schoolYear {
          id
          name
        }
        school {
          id
          code
          nameFr
          nameAr
        }
        students(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              codeMassar
              firstName
              lastName
              firstNameAr
              lastNameAr
              birthDate
              gender
            }
          }
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
  }
`);
