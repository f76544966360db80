import { graphql } from '@massar/client';

/** Places a slot, or moves one (slotId): CONFLICT / SLOT_CLASH with extensions.clashes when it double-books. */
export const PLACE_SLOT = graphql(`
  mutation PlaceSlot($input: PlaceSlotInput!) {
    placeSlot(input: $input) {
      ...TimetableSlotFields
    }
  }
`);
