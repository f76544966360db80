import { graphql } from '@massar/client';

/** A child's support programmes of every year (the page keeps this year's) and, for Tayssir, its months. */
export const CHILD_SUPPORT = graphql(`
  query ChildSupport($codeMassar: String!) {
    schoolYears {
      id
      name
      startsOn
    }
    student(codeMassar: $codeMassar) {
      id
      codeMassar
      firstName
      lastName
      firstNameAr
      lastNameAr
      supportProgrammes {
        id
        year
        addedAt
        level {
          id
          code
        }
        school {
          id
          nameFr
          nameAr
        }
        programme {
          code
          nameFr
          nameAr
          nameEn
          kind
          amountPeriod
          condition {
            unit
            max
          }
          amounts {
            levelCode
            amount
          }
        }
        entitlements {
          month
          met
          amount
          unjustifiedDays
          unjustifiedHours
          pendingJustifications
          condition {
            unit
            max
          }
        }
      }
    }
  }
`);
