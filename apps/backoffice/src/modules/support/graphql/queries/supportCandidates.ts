import { graphql } from '@massar/client';

/** One page of the school's pupils of the year, by last name, with their eligibility for the programme and their row if listed. */
export const SUPPORT_CANDIDATES = graphql(`
  query SupportCandidates($code: String!, $programmeCode: String!, $year: String!, $first: Int, $after: String) {
    school(code: $code) {
      id
      supportCandidates(programmeCode: $programmeCode, year: $year, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            eligible
            failingRule
            student {
              ...SupportPupilFields
            }
            beneficiary {
              id
            }
          }
        }
      }
    }
  }
`);
