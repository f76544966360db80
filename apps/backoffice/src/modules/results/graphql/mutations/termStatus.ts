import { graphql } from '@massar/client';

export const LOCK_TERM = graphql(`
  mutation LockTerm($input: TermInput!) {
    lockTerm(input: $input)
  }
`);

export const PUBLISH_TERM = graphql(`
  mutation PublishTerm($input: TermInput!) {
    publishTerm(input: $input)
  }
`);

export const REOPEN_TERM = graphql(`
  mutation ReopenTerm($input: ReopenTermInput!) {
    reopenTerm(input: $input)
  }
`);
