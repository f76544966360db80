import { graphql } from '@massar/client';

/** The lesson (its class, subject and times) and its roll call sheet on a date: the class list with the current marks. */
export const ROLL_CALL = graphql(`
  query RollCall($slotId: ID!, $date: String!) {
    node(id: $slotId) {
      __typename
      id
      ...LessonFields
    }
    rollCall(slotId: $slotId, date: $date) {
      slotId
      date
      minutes
      taken
      recordedAt
      recordedBy
      pupils {
        state
        minutesLate
        student {
          ...AbsencePupilFields
        }
      }
    }
  }
`);
