import { graphql } from '@massar/client';

/** An absence as the week grid and the inbox show it: when, which lesson, absent or late, justified or not. */
export const ABSENCE_FIELDS = graphql(`
  fragment AbsenceFields on AbsenceRecord {
    id
    date
    late
    minutes
    kind
    subject {
      id
      code
      nameFr
      nameAr
    }
    slot {
      id
      startsAt
      endsAt
    }
  }
`);
