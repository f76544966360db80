import { graphql } from '@massar/client';

/** The school's classes this year with their seats, for the destination choosing the pupil's class. */
export const DESTINATION_CLASSES = graphql(`
  query DestinationClasses($code: String!) {
    school(code: $code) {
      id
      classes {
        id
        name
        capacity
        level {
          id
          code
        }
        enrolled: students(first: 0) {
          totalCount
        }
      }
    }
  }
`);
