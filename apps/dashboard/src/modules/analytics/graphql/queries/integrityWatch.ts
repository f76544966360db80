import { graphql } from '@massar/client';

/** The schools whose continuous assessment stands far from their exams, against comparable schools. */
export const INTEGRITY_WATCH = graphql(`
  query IntegrityWatchList($slice: SliceInput!) {
    integrityWatch(slice: $slice) {
      band
      minGroupSchools
      comparedSchools
      flagged {
        school { code nameFr nameAr provinceCode }
        cycle
        milieu
        sector
        pupils
        continuousAverage
        examAverage
        gap
        groupSchools
        groupMeanGap
        groupSpread
        deviation
      }
    }
  }
`);
