import { graphql } from '@massar/client';

/** A pupil as the absence screens name them (both scripts, and the code Massar). */
export const ABSENCE_PUPIL_FIELDS = graphql(`
  fragment AbsencePupilFields on Student {
    id
    codeMassar
    firstName
    lastName
    firstNameAr
    lastNameAr
  }
`);
