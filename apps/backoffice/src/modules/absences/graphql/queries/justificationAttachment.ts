import { graphql } from '@massar/client';

/** A justification's attached file as a data: URL, read only when the reader opens it. */
export const JUSTIFICATION_ATTACHMENT = graphql(`
  query JustificationAttachment($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Justification {
        attachment {
          contentType
          byteSize
          dataUrl
        }
      }
    }
  }
`);
