import { graphql } from '@massar/client';

/** Gives a class × subject to a teacher of the school (replacing its teacher): the director's. */
export const ASSIGN_TEACHER = graphql(`
  mutation AssignTeacher($input: AssignTeacherInput!) {
    assignTeacher(input: $input) {
      id
      subject {
        id
        code
      }
      teacher {
        id
      }
    }
  }
`);

/** Withdraws a class × subject's teacher. */
export const REMOVE_TEACHING_ASSIGNMENT = graphql(`
  mutation RemoveTeachingAssignment($input: RemoveTeachingAssignmentInput!) {
    removeTeachingAssignment(input: $input)
  }
`);
