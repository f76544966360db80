import { graphql } from '@massar/client';

/** One page of the caller's transfers (their school's, or those their directorate or academy decides), newest first. */
export const TRANSFERS = graphql(`
  query Transfers($filter: TransferFilterInput, $first: Int, $after: String) {
    transfers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TransferFields
        }
      }
    }
  }
`);
