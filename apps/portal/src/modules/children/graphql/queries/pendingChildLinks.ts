import { graphql } from '@massar/client';

export const PENDING_CHILD_LINKS = graphql(`
  query PendingChildLinks {
    pendingChildLinks {
      id
      firstName
      lastName
      firstNameAr
      lastNameAr
      schoolNameFr
      schoolNameAr
      requestedAt
    }
  }
`);
