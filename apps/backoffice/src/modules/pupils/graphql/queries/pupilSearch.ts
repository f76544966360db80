import { graphql } from '@massar/client';

/** Pupils of the caller's school by code Massar or the start of the last name, one page at a time. */
export const PUPIL_SEARCH = graphql(`
  query PupilSearch($search: String!, $first: Int!, $after: String) {
    students(filter: { search: $search }, first: $first, after: $after) {
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
          enrolments {
            id
            status
            schoolYear {
              id
              name
            }
            schoolClass {
              id
              name
            }
          }
        }
      }
    }
  }
`);
