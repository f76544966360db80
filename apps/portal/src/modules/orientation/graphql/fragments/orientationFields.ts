import { graphql } from '@massar/client';

/** What a family sees of a pupil's orientation: the deadline, what was submitted and the council's decision. */
export const ORIENTATION_FIELDS = graphql(`
  fragment OrientationFields on OrientationWishes {
    year
    deadline
    open
    submittedAt
    submittedBy
    wishes {
      rank
      stream {
        id
        code
        nameFr
        nameAr
      }
    }
    decision {
      decision
      confirmedAt
      stream {
        id
        code
        nameFr
        nameAr
      }
    }
  }
`);
