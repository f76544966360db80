import { graphql } from '@massar/client';

export const MY_CHILDREN = graphql(`
  query MyChildren {
    me {
      id
      children {
        id
        codeMassar
        firstName
        lastName
        firstNameAr
        lastNameAr
      }
    }
  }
`);
