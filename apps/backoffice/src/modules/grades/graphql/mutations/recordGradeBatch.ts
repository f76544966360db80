import { graphql } from '@massar/client';

/** Every changed column of the grid in one call: all written, or none. */
export const RECORD_GRADE_BATCH = graphql(`
  mutation RecordGradeBatch($input: RecordGradeBatchInput!) {
    recordGradeBatch(input: $input) {
      value
      absence
    }
  }
`);
