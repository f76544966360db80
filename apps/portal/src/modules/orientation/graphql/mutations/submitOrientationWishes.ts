import { graphql } from '@massar/client';

/** Replaces the child's wishes; the answer's student.orientation updates the cached page in place. */
export const SUBMIT_ORIENTATION_WISHES = graphql(`
  mutation SubmitOrientationWishes($input: OrientationWishesInput!) {
    submitOrientationWishes(input: $input) {
      student {
        id
        orientation {
          ...OrientationFields
        }
      }
    }
  }
`);
