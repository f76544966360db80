import { registerEnumType } from 'type-graphql';

/** Why enrolment refuses (extensions.reason), beside the generic CoreErrorReason. */
export enum EnrolmentErrorReason {
  CLASS_FULL = 'CLASS_FULL',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  TRANSFER_REQUIRED = 'TRANSFER_REQUIRED',
  NOT_NEXT_YEAR = 'NOT_NEXT_YEAR',
  INVALID_DATE = 'INVALID_DATE',
  AGE_OUT_OF_RANGE = 'AGE_OUT_OF_RANGE',
  POSSIBLE_DUPLICATE = 'POSSIBLE_DUPLICATE',
}
registerEnumType(EnrolmentErrorReason, {
  name: 'EnrolmentErrorReason',
  description: 'extensions.reason of the refusals of registration and enrolment.',
  valuesConfig: {
    CLASS_FULL: { description: 'The class has reached its capacity (CONFLICT).' },
    ALREADY_ENROLLED: { description: 'The pupil already has a class this school year (CONFLICT).' },
    TRANSFER_REQUIRED: { description: 'The pupil is enrolled in another school: request a transfer (CONFLICT).' },
    NOT_NEXT_YEAR: { description: 'A re-registration must be for a year after the last one.' },
    INVALID_DATE: { description: 'A birth date that does not exist.' },
    AGE_OUT_OF_RANGE: { description: 'A pupil is between 3 and 30 years old.' },
    POSSIBLE_DUPLICATE: {
      description: 'A pupil with these names, birth date and birth place is registered already (CONFLICT): extensions.matches lists those in your scope, extensions.existsElsewhere says one is outside it (ask the family for the code Massar and request a transfer); register with allowDuplicate once checked it is another child.',
    },
  },
});
