import { useQuery } from '@apollo/client/react';
import type { Term } from '@massar/client';
import { useMemo } from 'react';
import { SLOT_CLASHES } from '../graphql/queries/slotClashes';
import { canPreview, draftProblems, placementOf, type SlotDraft } from '../utils/slotDraft';
import { useDebouncedValue } from './useDebouncedValue';

/** How long typing pauses before the clash preview asks the API. */
export const PREVIEW_DELAY_MS = 350;

/**
 * What the slot being typed would clash with, asked once the times are complete and typing has
 * paused (the same checks as placeSlot, nothing written). `pending` while the draft has changed
 * since the answer shown.
 */
export function useSlotClashes(draft: SlotDraft, classId: string, term: Term, slotId: string | null) {
  const variables = useMemo(() => {
    if (!canPreview(draftProblems(draft))) return null;
    const { subjectCode, ...placement } = placementOf(draft, classId, term, slotId);
    return subjectCode ? { ...placement, subjectCode } : placement;
  }, [draft, classId, term, slotId]);
  const key = JSON.stringify(variables);
  const settledKey = useDebouncedValue(key, PREVIEW_DELAY_MS);
  const settled = useMemo(() => (settledKey === 'null' ? null : (JSON.parse(settledKey) as NonNullable<typeof variables>)), [settledKey]);
  const query = useQuery(SLOT_CLASHES, { variables: settled!, skip: !settled, fetchPolicy: 'network-only' });
  const current = !!variables && settledKey === key;
  return {
    checkable: !!variables,
    pending: !!variables && (!current || query.loading),
    clashes: current && !query.loading ? (query.data?.slotClashes ?? null) : null,
    error: current ? query.error : undefined,
  };
}
