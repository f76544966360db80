import { graphql } from '@massar/client';

/** Asks for a pupil to move: by the pupil's school, or by the destination (with the birth date). */
export const REQUEST_TRANSFER = graphql(`
  mutation RequestTransfer($input: RequestTransferInput!) {
    requestTransfer(input: $input) {
      ...TransferFields
    }
  }
`);
