import { graphql } from '@massar/client';

/** Who last locked, published and reopened a term, when, and why it was reopened (TermHistory). */
export const TERM_HISTORY_FIELDS = graphql(`
  fragment TermHistoryFields on TermState {
    status
    lockedAt
    lockedBy
    publishedAt
    publishedBy
    reopenedAt
    reopenedBy
    reopenReason
  }
`);
