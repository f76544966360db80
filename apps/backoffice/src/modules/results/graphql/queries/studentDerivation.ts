import { graphql } from '@massar/client';

/** How one pupil's averages were computed, fetched when the director asks for it. */
export const STUDENT_DERIVATION = graphql(`
  query StudentDerivation($studentId: ID!, $term: Term) {
    node(id: $studentId) {
      __typename
      id
      ... on Student {
        results(term: $term) {
          generalAverage
          derivation {
            label
            value
            weight
          }
          subjects {
            average
            coefficient
            subject {
              id
              code
            }
            derivation {
              label
              value
              weight
            }
          }
        }
      }
    }
  }
`);
