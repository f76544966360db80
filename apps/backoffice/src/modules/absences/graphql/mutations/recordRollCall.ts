import { graphql } from '@massar/client';

/** The whole roll call of a lesson on a date, all or nothing: the absent and late pupils (everyone else present). */
export const RECORD_ROLL_CALL = graphql(`
  mutation RecordRollCall($input: RollCallInput!) {
    recordRollCall(input: $input) {
      id
      late
      minutes
    }
  }
`);
