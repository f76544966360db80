import { graphql } from '@massar/client';

/** A slice's headline figures with their distributions, certificates and support programmes. */
export const DASHBOARD_INDICATORS = graphql(`
  query DashboardIndicators($slice: SliceInput!) {
    indicators(slice: $slice) {
      ...RowIndicatorFields
      hoursAbsent { ...FigureFields }
      classes { ...FigureFields }
      averageDistribution { from to pupils { ...FigureFields } }
      classSizeDistribution { from to pupils { ...FigureFields } }
      certificates {
        certificate
        candidates { ...FigureFields }
        successRate { ...FigureFields }
      }
      support {
        programme { code nameFr nameAr nameEn }
        eligible { ...FigureFields }
        beneficiaries { ...FigureFields }
        coverage { ...FigureFields }
        amount { ...FigureFields }
      }
    }
  }
`);
