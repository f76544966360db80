import { graphql } from '@massar/client';

/** One class × term for the grade grid: the pupils, the term's assessments with their grades, the status. */
export const GRADE_SHEET = graphql(`
  query GradeSheet($classId: ID!, $term: Term!) {
    node(id: $classId) {
      __typename
      id
      ... on SchoolClass {
        name
        termStatus(term: $term)
        subjects {
          subject {
            id
            code
            nameFr
            nameAr
          }
        }
        students(first: 100) {
          edges {
            node {
              id
              codeMassar
              firstName
              lastName
              firstNameAr
              lastNameAr
            }
          }
        }
        assessments(term: $term) {
          id
          kind
          number
          date
          subject {
            id
            code
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
  }
`);
