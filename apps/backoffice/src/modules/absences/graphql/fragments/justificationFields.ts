import { graphql } from '@massar/client';

/** A justification as the inbox lists it; the attachment's content is read only when asked (justificationAttachment). */
export const JUSTIFICATION_FIELDS = graphql(`
  fragment JustificationFields on Justification {
    id
    status
    reason
    note
    submittedAt
    decidedAt
    decisionReason
    student {
      ...AbsencePupilFields
    }
    absences {
      ...AbsenceFields
    }
    attachment {
      contentType
      byteSize
    }
  }
`);
