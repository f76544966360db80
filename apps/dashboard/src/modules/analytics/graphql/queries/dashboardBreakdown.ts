import { graphql } from '@massar/client';

/** A slice's rows by one dimension (its regions, provinces, schools; girls and boys…), within the viewer's scope. */
export const DASHBOARD_BREAKDOWN = graphql(`
  query DashboardBreakdown($slice: SliceInput!, $by: Dimension!) {
    indicatorBreakdown(slice: $slice, by: $by) {
      code
      isoCode
      nameFr
      nameAr
      indicators { ...RowIndicatorFields }
    }
  }
`);
