import { graphql } from '@massar/client';

/** A transfer as the inbox shows it: the pupil, both schools, where it stands and who must still decide. */
export const TRANSFER_FIELDS = graphql(`
  fragment TransferFields on Transfer {
    id
    status
    reason
    refusalReason
    requestedAt
    decidedAt
    requestedBy
    awaitingYou
    cancellable
    student {
      id
      codeMassar
      firstName
      lastName
      firstNameAr
      lastNameAr
    }
    fromSchool {
      id
      code
      nameFr
      nameAr
    }
    toSchool {
      id
      code
      nameFr
      nameAr
    }
    approvals {
      side
      approver
      approvedAt
    }
    schoolYear {
      id
      name
    }
    enrolment {
      id
      schoolClass {
        id
        name
      }
    }
  }
`);
