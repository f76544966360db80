import { graphql } from '@massar/client';

export const MY_TEACHING_ASSIGNMENTS = graphql(`
  query MyTeachingAssignments {
    me {
      id
      teachingAssignments {
        schoolClass {
          id
          name
        }
        subject {
          id
          code
          nameFr
          nameAr
        }
      }
    }
  }
`);
