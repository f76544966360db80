import { graphql } from '@massar/client';

/** A pupil as the support lists show them: name in both scripts and code Massar. */
export const SUPPORT_PUPIL_FIELDS = graphql(`
  fragment SupportPupilFields on Student {
    id
    codeMassar
    firstName
    lastName
    firstNameAr
    lastNameAr
  }
`);
