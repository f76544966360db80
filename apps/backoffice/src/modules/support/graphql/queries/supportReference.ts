import { graphql } from '@massar/client';

/** The programmes with their rules and amounts, and the school years: the screen's choices. */
export const SUPPORT_REFERENCE = graphql(`
  query SupportReference {
    supportProgrammes {
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
      eligibility {
        milieux
        cycles
        levelCodes
        schoolList
        familySituations
      }
      amounts {
        levelCode
        amount
        isDefault
      }
      isDefault
    }
    schoolYears {
      id
      name
      startsOn
      endsOn
    }
  }
`);
