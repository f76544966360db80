import { graphql } from '@massar/client';

/** An existing pupil of the school, by code Massar, enrolled in a class for that class's year. */
export const ENROL_STUDENT = graphql(`
  mutation EnrolStudent($input: EnrolStudentInput!) {
    enrolStudent(input: $input) {
      ...EnrolmentSlipFields
    }
  }
`);
