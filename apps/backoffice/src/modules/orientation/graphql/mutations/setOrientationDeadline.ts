import { graphql } from '@massar/client';

/** The director sets the school's last day of orientation wishes for a year. */
export const SET_ORIENTATION_DEADLINE = graphql(`
  mutation SetOrientationDeadline($input: SetOrientationDeadlineInput!) {
    setOrientationDeadline(input: $input) {
      deadline
      year
    }
  }
`);
