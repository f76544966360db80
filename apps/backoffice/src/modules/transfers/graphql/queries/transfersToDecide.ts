import { graphql } from '@massar/client';

/** How many transfers wait for the caller's decision (the inbox's tab, the home page). */
export const TRANSFERS_TO_DECIDE = graphql(`
  query TransfersToDecide {
    transfers(filter: { awaitingYou: true }, first: 0) {
      totalCount
    }
  }
`);
