import { graphql } from '@massar/client';

/** Takes pupils off a programme's list for a year, all or nothing; answers how many. */
export const REMOVE_BENEFICIARIES = graphql(`
  mutation RemoveBeneficiaries($input: BeneficiariesInput!) {
    removeBeneficiaries(input: $input)
  }
`);
