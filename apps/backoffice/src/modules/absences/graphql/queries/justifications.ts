import { graphql } from '@massar/client';

/** One page of the school's justifications of a status (oldest first): the staff's inbox. */
export const JUSTIFICATIONS = graphql(`
  query Justifications($code: String!, $status: JustificationStatus!, $first: Int, $after: String) {
    school(code: $code) {
      id
      justifications(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...JustificationFields
          }
        }
      }
    }
  }
`);
