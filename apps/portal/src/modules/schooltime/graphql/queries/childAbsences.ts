import { graphql } from '@massar/client';

/** One child's absences and late arrivals of a term (this school year), with the term's totals. */
export const CHILD_ABSENCES = graphql(`
  query ChildAbsences($codeMassar: String!, $term: Term!) {
    student(codeMassar: $codeMassar) {
      id
      codeMassar
      firstName
      lastName
      firstNameAr
      lastNameAr
      attendance(term: $term) {
        ...ChildAttendanceFields
      }
      absences(term: $term) {
        ...ChildAbsenceFields
      }
    }
  }
`);
