import { graphql } from '@massar/client';

export const CONFIRM_CHILD_LINK = graphql(`
  mutation ConfirmChildLink($id: ID!) {
    confirmChildLink(id: $id) {
      id
    }
  }
`);

export const DECLINE_CHILD_LINK = graphql(`
  mutation DeclineChildLink($id: ID!) {
    declineChildLink(id: $id)
  }
`);
