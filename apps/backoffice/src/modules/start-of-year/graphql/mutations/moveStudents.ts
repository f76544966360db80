import { graphql } from '@massar/client';

/** Pupils of the school moved from their classes into another class of the same year, all or nothing. */
export const MOVE_STUDENTS = graphql(`
  mutation MoveStudents($input: MoveStudentsInput!) {
    moveStudents(input: $input) {
      id
      student {
        id
        codeMassar
      }
      schoolClass {
        id
        name
        enrolledCount
      }
    }
  }
`);
