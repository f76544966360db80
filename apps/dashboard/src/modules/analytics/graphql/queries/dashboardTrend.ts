import { graphql } from '@massar/client';

/** A slice's figures for every school year up to the slice's, oldest first. */
export const DASHBOARD_TREND = graphql(`
  query DashboardTrend($slice: SliceInput!) {
    indicatorTrend(slice: $slice) { ...RowIndicatorFields }
  }
`);
