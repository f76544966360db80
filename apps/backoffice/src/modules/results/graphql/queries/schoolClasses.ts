import { graphql } from '@massar/client';

/** The school's classes of the current year with the status of each term (director's home). */
export const SCHOOL_CLASSES = graphql(`
  query SchoolClasses($code: String!) {
    school(code: $code) {
      id
      classes {
        id
        name
        level {
          id
          code
          nameFr
          nameAr
        }
        s1: termStatus(term: S1)
        s2: termStatus(term: S2)
      }
    }
  }
`);
