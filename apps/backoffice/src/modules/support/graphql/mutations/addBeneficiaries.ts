import { graphql } from '@massar/client';

/** Lists pupils in a programme for a year, all or nothing (the refused rows in extensions.rows). */
export const ADD_BENEFICIARIES = graphql(`
  mutation AddBeneficiaries($input: BeneficiariesInput!) {
    addBeneficiaries(input: $input) {
      id
    }
  }
`);
