import { graphql } from '@massar/client';

/** The school's last day of orientation wishes for a year (null: not set). */
export const ORIENTATION_DEADLINE = graphql(`
  query OrientationDeadline($code: String!, $year: String) {
    school(code: $code) {
      id
      orientationDeadline(year: $year)
    }
  }
`);
