import { graphql } from '@massar/client';

/** The school's classes this year, to choose the one whose week is shown. */
export const ABSENCE_CLASSES = graphql(`
  query AbsenceClasses($code: String!) {
    school(code: $code) {
      id
      classes {
        id
        name
      }
    }
  }
`);
