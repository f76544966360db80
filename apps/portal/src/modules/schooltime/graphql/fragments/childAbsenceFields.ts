import { graphql } from '@massar/client';

/** One absence or late arrival as the family's list shows it, with its latest justification. */
export const CHILD_ABSENCE_FIELDS = graphql(`
  fragment ChildAbsenceFields on AbsenceRecord {
    id
    date
    late
    minutes
    kind
    slot {
      id
      startsAt
      endsAt
      subject {
        id
        code
        nameFr
        nameAr
      }
    }
    justification {
      id
      status
      reason
      decisionReason
      submittedAt
      decidedAt
    }
  }
`);
