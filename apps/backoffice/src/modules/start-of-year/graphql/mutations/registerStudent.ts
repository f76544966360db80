import { graphql } from '@massar/client';

/** A new pupil (a new code Massar) with their guardians, enrolled in a class of the year. */
export const REGISTER_STUDENT = graphql(`
  mutation RegisterStudent($input: RegisterStudentInput!) {
    registerStudent(input: $input) {
      ...EnrolmentSlipFields
    }
  }
`);
