import { graphql } from '@massar/client';

export const CREATE_ASSESSMENT = graphql(`
  mutation CreateAssessment($input: CreateAssessmentInput!) {
    createAssessment(input: $input) {
      id
      kind
      number
      date
    }
  }
`);
