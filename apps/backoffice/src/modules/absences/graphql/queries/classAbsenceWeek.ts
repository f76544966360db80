import { graphql } from '@massar/client';

/**
 * A class's pupils with their term totals, and its absences and lateness between two dates. 60 pupils:
 * no class holds more, and the API's cost limit counts `first` (100 with the totals is over it), and fragments cost more than their fields.
 */
export const CLASS_ABSENCE_WEEK = graphql(`
  query ClassAbsenceWeek($classId: ID!, $from: String!, $to: String!, $term: Term!) {
    node(id: $classId) {
      __typename
      id
      ... on SchoolClass {
        name
        students(first: 60) {
          totalCount
          edges {
            node {
              id
              codeMassar
              firstName
              lastName
              firstNameAr
              lastNameAr
              attendance(term: $term) {
                hoursAbsent
                justifiedHours
                unjustifiedHours
                lateCount
                minutesLate
              }
            }
          }
        }
        absences(from: $from, to: $to) {
          ...AbsenceFields
          student {
            id
          }
          justification {
            id
            status
          }
        }
      }
    }
  }
`);
