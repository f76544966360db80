import { graphql } from '@massar/client';

/** Withdraws a pending request (the school that asked only). */
export const CANCEL_TRANSFER = graphql(`
  mutation CancelTransfer($input: CancelTransferInput!) {
    cancelTransfer(input: $input) {
      ...TransferFields
    }
  }
`);
