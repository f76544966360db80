import { graphql } from '@massar/client';

/** A school's name, for its view's heading and breadcrumbs. */
export const DASHBOARD_SCHOOL = graphql(`
  query DashboardSchool($code: String!) {
    school(code: $code) {
      id
      code
      nameFr
      nameAr
    }
  }
`);
