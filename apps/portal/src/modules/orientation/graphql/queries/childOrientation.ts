import { graphql } from '@massar/client';

/**
 * One child's orientation this year, the level they are in (to say why wishes are not open) and
 * the levels with their streams (the choices are the streams of the next level).
 */
export const CHILD_ORIENTATION = graphql(`
  query ChildOrientation($codeMassar: String!) {
    student(codeMassar: $codeMassar) {
      id
      codeMassar
      firstName
      lastName
      firstNameAr
      lastNameAr
      enrolments {
        id
        status
        schoolYear {
          id
          name
        }
        schoolClass {
          id
          name
          level {
            id
            code
          }
        }
      }
      orientation {
        ...OrientationFields
      }
    }
    levels {
      id
      code
      nameFr
      nameAr
      streams {
        id
        code
        nameFr
        nameAr
      }
    }
  }
`);
