import { graphql } from '@massar/client';

/** Accepts a pending justification, or refuses it with a reason. */
export const DECIDE_JUSTIFICATION = graphql(`
  mutation DecideJustification($input: DecideJustificationInput!) {
    decideJustification(input: $input) {
      ...JustificationFields
    }
  }
`);
