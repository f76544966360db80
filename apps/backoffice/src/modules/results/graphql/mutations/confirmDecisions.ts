import { graphql } from '@massar/client';

/** The class council's year-end decisions, all or nothing (DIRECTOR, once S2 is locked). */
export const CONFIRM_DECISIONS = graphql(`
  mutation ConfirmDecisions($input: ConfirmDecisionsInput!) {
    confirmDecisions(input: $input) {
      decision
      decisionConfirmed
      student {
        id
      }
    }
  }
`);
