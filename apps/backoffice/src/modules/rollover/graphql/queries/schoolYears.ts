import { graphql } from '@massar/client';

/** The school years the system knows, to offer the year after one of them. */
export const SCHOOL_YEARS = graphql(`
  query SchoolYears {
    schoolYears {
      id
      name
      startsOn
    }
  }
`);
