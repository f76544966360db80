import { graphql } from '@massar/client';

/** The year rollover of one school: dry (the report of what it would do) or for real (all or nothing). */
export const ROLL_OVER_SCHOOL_YEAR = graphql(`
  mutation RollOverSchoolYear($input: RolloverInput!) {
    rollOverSchoolYear(input: $input) {
      dryRun
      changed
      fromYear
      toYear
      yearCreated
      placed
      alreadyEnrolled
      classesCreated
      classesAlreadyThere
      leaving {
        decision
        count
      }
      placedByLevel {
        count
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
      }
      placedByClass {
        className
        count
        size
        capacity
        level {
          id
          code
        }
        stream {
          id
          code
        }
        schoolClass {
          id
        }
      }
      notPlaced {
        reason
        student {
          id
          codeMassar
          firstName
          lastName
          firstNameAr
          lastNameAr
        }
      }
    }
  }
`);
