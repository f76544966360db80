import { graphql } from '@massar/client';

/** The teacher's own week in a term: the home page offers the roll call of the lesson under way or next. */
export const MY_LESSONS = graphql(`
  query MyLessons($term: Term!) {
    me {
      id
      timetable(term: $term) {
        ...LessonFields
      }
    }
  }
`);
