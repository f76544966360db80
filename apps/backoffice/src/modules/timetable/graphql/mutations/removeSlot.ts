import { graphql } from '@massar/client';

export const REMOVE_SLOT = graphql(`
  mutation RemoveSlot($id: ID!) {
    removeSlot(id: $id)
  }
`);
