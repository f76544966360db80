import { graphql } from '@massar/client';

/** One page of the school's beneficiaries of a programme for a year, in the order they were listed. */
export const SUPPORT_BENEFICIARIES = graphql(`
  query SupportBeneficiaries($code: String!, $programmeCode: String!, $year: String!, $first: Int, $after: String) {
    school(code: $code) {
      id
      beneficiaries(programmeCode: $programmeCode, year: $year, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            addedAt
            familySituations
            level {
              id
              code
            }
            student {
              ...SupportPupilFields
            }
          }
        }
      }
    }
  }
`);
