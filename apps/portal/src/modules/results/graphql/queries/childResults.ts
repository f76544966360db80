import { graphql } from '@massar/client';

/**
 * One child's class, its assessments (dates are shown before publication; grades only after) and
 * their results per term and for the year: null until the school publishes them.
 */
export const CHILD_RESULTS = graphql(`
  query ChildResults($codeMassar: String!) {
    student(codeMassar: $codeMassar) {
      id
      codeMassar
      firstName
      lastName
      firstNameAr
      lastNameAr
      enrolments {
        status
        schoolYear {
          id
          name
        }
        schoolClass {
          id
          name
          assessments {
            id
            kind
            number
            term
            date
            subject {
              id
              code
              nameFr
              nameAr
            }
            grades {
              value
              absence
              student {
                id
              }
            }
          }
        }
      }
      s1: results(term: S1) {
        ...TermResultsFields
      }
      s2: results(term: S2) {
        ...TermResultsFields
      }
      year: results {
        ...TermResultsFields
      }
    }
  }
`);
