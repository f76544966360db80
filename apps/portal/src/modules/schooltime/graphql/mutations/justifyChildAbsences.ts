import { graphql } from '@massar/client';

/** Sends a justification; the absences it answers update the cached list in place (their status becomes pending). */
export const JUSTIFY_CHILD_ABSENCES = graphql(`
  mutation JustifyChildAbsences($input: JustifyAbsenceInput!) {
    justifyAbsence(input: $input) {
      ...ChildAbsenceFields
    }
  }
`);
