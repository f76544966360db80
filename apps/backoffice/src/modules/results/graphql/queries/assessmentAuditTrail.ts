import { graphql } from '@massar/client';

/** Every change of an assessment's grades, oldest first (director and ministry only). */
export const ASSESSMENT_AUDIT_TRAIL = graphql(`
  query AssessmentAuditTrail($assessmentId: ID!) {
    node(id: $assessmentId) {
      __typename
      id
      ... on Assessment {
        auditTrail {
          changedAt
          changedBy
          oldValue
          oldAbsence
          newValue
          newAbsence
          reason
          student {
            id
            firstName
            lastName
            firstNameAr
            lastNameAr
          }
        }
      }
    }
  }
`);
