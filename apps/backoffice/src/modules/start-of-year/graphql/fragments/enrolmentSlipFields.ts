import { graphql } from '@massar/client';

/** What a registration slip prints: the school, the pupil, the code Massar, the class and the date. */
export const ENROLMENT_SLIP_FIELDS = graphql(`
  fragment EnrolmentSlipFields on Enrolment {
    id
    status
    enrolledOn
    schoolYear {
      id
      name
    }
    school {
      id
      code
      nameFr
      nameAr
    }
    schoolClass {
      id
      name
    }
    student {
      id
      codeMassar
      firstName
      lastName
      firstNameAr
      lastNameAr
      birthDate
      birthPlace
    }
  }
`);
