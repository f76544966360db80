import { graphql } from '../generated';

export const ME = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);
