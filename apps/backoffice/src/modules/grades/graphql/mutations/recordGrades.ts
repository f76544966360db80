import { graphql } from '@massar/client';

export const RECORD_GRADES = graphql(`
  mutation RecordGrades($input: RecordGradesInput!) {
    recordGrades(input: $input) {
      value
      absence
    }
  }
`);
