import { graphql } from '@massar/client';

/** What a family sees of one term's (or the year's) results, with how each average was computed, and the attendance over it. */
export const TERM_RESULTS_FIELDS = graphql(`
  fragment TermResultsFields on StudentResults {
    generalAverage
    rank
    classAverage
    decision
    attendance {
      ...ChildAttendanceFields
    }
    derivation {
      label
      value
      weight
    }
    subjects {
      average
      coefficient
      subject {
        id
        code
        nameFr
        nameAr
      }
      derivation {
        label
        value
        weight
      }
    }
  }
`);
