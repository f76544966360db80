import { graphql } from '@massar/client';

/** The school's classes of the current year with their capacity and how many pupils each holds (start of year). */
export const START_OF_YEAR_CLASSES = graphql(`
  query StartOfYearClasses($code: String!) {
    school(code: $code) {
      id
      code
      nameFr
      nameAr
      classes {
        id
        name
        capacity
        level {
          id
          code
          nameFr
          nameAr
        }
        stream {
          id
          code
          nameFr
          nameAr
        }
        schoolYear {
          id
          name
        }
        enrolledCount
      }
    }
  }
`);
