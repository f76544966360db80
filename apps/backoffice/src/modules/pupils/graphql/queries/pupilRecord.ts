import { graphql } from '@massar/client';

/** A pupil's record: identity, guardians, enrolments across schools, and one year's results (no year: the current one). */
export const PUPIL_RECORD = graphql(`
  query PupilRecord($codeMassar: String!, $year: String) {
    student(codeMassar: $codeMassar) {
      id
      codeMassar
      firstName
      lastName
      firstNameAr
      lastNameAr
      birthDate
      birthPlace
      gender
      createdAt
      guardians {
        id
        firstName
        lastName
        firstNameAr
        lastNameAr
        relationship
        linkStatus
        phone
        email
      }
      enrolments {
        ...EnrolmentSlipFields
        endedOn
        schoolYear {
          id
          name
          startsOn
        }
        schoolClass {
          id
          name
          level {
            id
            code
            nameFr
            nameAr
          }
        }
      }
      s1: results(term: S1, year: $year) {
        ...PupilTermResultFields
      }
      s2: results(term: S2, year: $year) {
        ...PupilTermResultFields
      }
      yearResults: results(year: $year) {
        ...PupilTermResultFields
        decision
        decisionConfirmed
      }
    }
  }
`);

export const PUPIL_TERM_RESULT_FIELDS = graphql(`
  fragment PupilTermResultFields on StudentResults {
    term
    generalAverage
    rank
    classAverage
    subjects {
      coefficient
      average
      subject {
        id
        code
        nameFr
        nameAr
      }
    }
  }
`);
