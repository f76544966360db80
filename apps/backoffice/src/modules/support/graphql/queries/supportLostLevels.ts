import { graphql } from '@massar/client';

/** The levels of those who lost a month, a page at a time: what the month's total leaves out. */
export const SUPPORT_LOST_LEVELS = graphql(`
  query SupportLostLevels($code: String!, $programmeCode: String!, $month: String!, $after: String) {
    school(code: $code) {
      id
      entitlements(programmeCode: $programmeCode, month: $month, lostOnly: true, first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            beneficiary {
              id
              level {
                id
                code
              }
            }
          }
        }
      }
    }
  }
`);
