import { graphql } from '../generated';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    id
    role
    displayName
    email
    scope {
      kind
      code
      nameFr
      nameAr
    }
  }
`);
