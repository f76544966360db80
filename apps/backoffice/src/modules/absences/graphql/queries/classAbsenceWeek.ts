import { graphql } from '@massar/client';

/** A class's pupils with their term totals, and its absences and lateness between two dates. */
export const CLASS_ABSENCE_WEEK = graphql(`
  query ClassAbsenceWeek($classId: ID!, $from: String!, $to: String!, $term: Term!) {
    node(id: $classId) {
      __typename
      id
      ... on SchoolClass {
        name
        students(first: 100) {
          totalCount
          edges {
            node {
              ...AbsencePupilFields
              attendance(term: $term) {
                ...AttendanceTotalsFields
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
