import { graphql } from '@massar/client';

/**
 * One page of a conditional programme's month for the school (everyone, or those who lost it),
 * with the number who lost it and the school's figure for the year's list (the month's total).
 */
export const SUPPORT_ENTITLEMENTS = graphql(`
  query SupportEntitlements($code: String!, $programmeCode: String!, $month: String!, $year: String!, $lostOnly: Boolean, $first: Int, $after: String) {
    school(code: $code) {
      id
      entitlements(programmeCode: $programmeCode, month: $month, lostOnly: $lostOnly, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            month
            met
            amount
            unjustifiedDays
            unjustifiedHours
            pendingJustifications
            condition {
              unit
              max
            }
            beneficiary {
              id
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
      everyone: entitlements(programmeCode: $programmeCode, month: $month, first: 0) {
        totalCount
      }
      lost: entitlements(programmeCode: $programmeCode, month: $month, lostOnly: true, first: 0) {
        totalCount
      }
    }
    supportFigures(year: $year, schoolCode: $code) {
      beneficiaries
      amountPerPeriod
      programme {
        code
      }
    }
  }
`);
