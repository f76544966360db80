import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';
import type { IntegrityFlagLike } from '../../components/IntegrityTable';
import type { SliceLike } from '../../types';

// Placeholder until schema.graphql prints integrityWatch (see ../mutations/exportIndicators.ts).
export interface IntegrityWatchResult {
  integrityWatch: { band: number; comparedSchools: number; flagged: (IntegrityFlagLike & { school: { id: string } })[] };
}

/** The schools whose continuous assessment stands far from their exams, against comparable schools. */
export const INTEGRITY_WATCH: TypedDocumentNode<IntegrityWatchResult, { slice: SliceLike }> = parse(`
  query IntegrityWatchList($slice: SliceInput!) {
    integrityWatch(slice: $slice) {
      band
      comparedSchools
      flagged {
        school { id code nameFr nameAr }
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
