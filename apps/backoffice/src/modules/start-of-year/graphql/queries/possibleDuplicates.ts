import { graphql } from '@massar/client';

/** Pupils already registered with the identity being typed: those the school may see, and whether one exists elsewhere. */
export const POSSIBLE_DUPLICATES = graphql(`
  query PossibleDuplicates($input: IdentityInput!) {
    possibleDuplicates(input: $input) {
      existsElsewhere
      matches {
        student {
          id
          codeMassar
          firstName
          lastName
          firstNameAr
          lastNameAr
          birthDate
        }
        currentSchool {
          id
          code
          nameFr
          nameAr
        }
      }
    }
  }
`);
