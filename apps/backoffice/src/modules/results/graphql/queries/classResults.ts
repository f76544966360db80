import { graphql } from '@massar/client';

/** A class's results for a term (or the year, with no term), its term statuses and its assessments. */
export const CLASS_RESULTS = graphql(`
  query ClassResults($classId: ID!, $term: Term) {
    node(id: $classId) {
      __typename
      id
      ... on SchoolClass {
        name
        level {
          id
          code
        }
        stream {
          id
          code
        }
        s1: termStatus(term: S1)
        s2: termStatus(term: S2)
        s1State: termState(term: S1) {
          ...TermHistoryFields
        }
        s2State: termState(term: S2) {
          ...TermHistoryFields
        }
        subjects {
          coefficient
          subject {
            id
            code
            nameFr
            nameAr
          }
        }
        assessments(term: $term) {
          id
          kind
          number
          term
          date
          subject {
            id
            code
          }
        }
        results(term: $term) {
          classAverage
          students {
            generalAverage
            rank
            decision
            proposedDecision
            decisionConfirmed
            decisionNote
            decisionStream {
              id
              code
            }
            attendance {
              ...AttendanceTotalsFields
            }
            student {
              id
              codeMassar
              firstName
              lastName
              firstNameAr
              lastNameAr
            }
            subjects {
              average
              subject {
                id
              }
            }
          }
        }
      }
    }
  }
`);
