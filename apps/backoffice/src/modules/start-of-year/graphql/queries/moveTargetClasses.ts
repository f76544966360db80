import { graphql } from '@massar/client';

/** The school's classes of one year, with their seats: where a class's pupils may be moved. */
export const MOVE_TARGET_CLASSES = graphql(`
  query MoveTargetClasses($code: String!, $year: String!) {
    school(code: $code) {
      id
      classes(year: $year) {
        id
        name
        capacity
        enrolledCount
        level {
          id
        }
      }
    }
  }
`);
