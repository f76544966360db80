import { registerEnumType } from 'type-graphql';

/** Why people refuses (extensions.reason), beside the generic CoreErrorReason. */
export enum PeopleErrorReason {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_CODE_MASSAR = 'INVALID_CODE_MASSAR',
  GUARDIAN_IDENTITY_MISMATCH = 'GUARDIAN_IDENTITY_MISMATCH',
  DUPLICATE_GUARDIAN = 'DUPLICATE_GUARDIAN',
}
registerEnumType(PeopleErrorReason, {
  name: 'PeopleErrorReason',
  description: 'extensions.reason of the refusals of pupils, guardians, staff and accounts.',
  valuesConfig: {
    INVALID_CREDENTIALS: { description: 'Wrong identifier or password (UNAUTHENTICATED).' },
    INVALID_CODE_MASSAR: { description: 'Not one letter followed by nine digits.' },
    GUARDIAN_IDENTITY_MISMATCH: { description: 'A CIN already on record with other names: nothing of the record is revealed.' },
    DUPLICATE_GUARDIAN: { description: 'The same CIN typed for two guardians of one pupil.' },
  },
});
