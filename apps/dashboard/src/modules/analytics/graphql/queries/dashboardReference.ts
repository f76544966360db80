import { graphql } from '@massar/client';

/** What every view needs once: the school years, the territories' names (breadcrumbs), the suppression threshold. */
export const DASHBOARD_REFERENCE = graphql(`
  query DashboardReference {
    schoolYears {
      name
      startsOn
    }
    regions {
      code
      isoCode
      nameFr
      nameAr
      provinces {
        code
        isoCode
        nameFr
        nameAr
      }
    }
    analyticsSettings {
      minCellPupils
      refreshedAt
    }
  }
`);
