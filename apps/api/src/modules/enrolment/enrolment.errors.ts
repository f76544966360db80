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
  // Orientation and the class council's decided stream
  STREAM_REQUIRED = 'STREAM_REQUIRED',
  STREAM_NOT_ALLOWED = 'STREAM_NOT_ALLOWED',
  INVALID_STREAM = 'INVALID_STREAM',
  DUPLICATE_STREAM = 'DUPLICATE_STREAM',
  NOT_ORIENTATION_LEVEL = 'NOT_ORIENTATION_LEVEL',
  DEADLINE_NOT_SET = 'DEADLINE_NOT_SET',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  DEADLINE_OUTSIDE_YEAR = 'DEADLINE_OUTSIDE_YEAR',
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
    STREAM_REQUIRED: { description: 'A REORIENTED decision names the stream the pupil goes to.' },
    STREAM_NOT_ALLOWED: { description: 'Only PROMOTED and REORIENTED decisions name a stream.' },
    INVALID_STREAM: { description: 'Not a stream of the level the pupil goes to (for REORIENTED: or of their level, another stream).' },
    DUPLICATE_STREAM: { description: 'The same stream twice in one list of wishes.' },
    NOT_ORIENTATION_LEVEL: { description: 'Wishes are for pupils enrolled this year in 3AC, TC or 1BAC (CONFLICT).' },
    DEADLINE_NOT_SET: { description: 'The school has not set its orientation deadline for this year (CONFLICT).' },
    DEADLINE_PASSED: { description: 'The school\'s orientation deadline has passed (CONFLICT).' },
    DEADLINE_OUTSIDE_YEAR: { description: 'An orientation deadline falls within its school year.' },
  },
});
