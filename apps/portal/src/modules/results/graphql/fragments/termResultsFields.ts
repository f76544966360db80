import { graphql } from '@massar/client';

export const TERM_RESULTS_FIELDS = graphql(`
  fragment TermResultsFields on StudentResults {
    generalAverage
    rank
    classAverage
    decision
    subjects {
      average
      coefficient
      subject {
        id
        code
        nameFr
        nameAr
      }
    }
  }
`);
