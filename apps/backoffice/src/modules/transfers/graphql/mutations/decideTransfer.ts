import { graphql } from '@massar/client';

/** Approves the caller's side of a transfer (the destination may choose the class), or refuses it with a reason. */
export const DECIDE_TRANSFER = graphql(`
  mutation DecideTransfer($input: DecideTransferInput!) {
    decideTransfer(input: $input) {
      ...TransferFields
    }
  }
`);
