import { CoreErrorReason, EnrolmentErrorReason, PeopleErrorReason } from '@massar/client';

/** The form's own reasons for a field in error, checked before sending (registration.problem.*). */
export const FORM_REASONS: readonly string[] = [
  'REQUIRED',
  'TOO_LONG',
  'INVISIBLE_CHARACTER',
  'PHONE_FORMAT',
  'EMAIL_FORMAT',
  'NATIONAL_ID_FORMAT',
  'GUARDIAN_REQUIRED',
  'NAME_INVALID',
];

/** The API's refusals of a registration that the screen words on the field concerned (registration.problem.*). */
export const REGISTRATION_API_REASONS: readonly string[] = [
  EnrolmentErrorReason.INVALID_DATE,
  EnrolmentErrorReason.AGE_OUT_OF_RANGE,
  EnrolmentErrorReason.CLASS_FULL,
  EnrolmentErrorReason.ALREADY_ENROLLED,
  PeopleErrorReason.DUPLICATE_GUARDIAN,
  PeopleErrorReason.GUARDIAN_IDENTITY_MISMATCH,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.INVALID_ID,
  CoreErrorReason.INVALID,
];

/** Every reason a registration field can show, each with its text in fr, ar and en. */
export const REGISTRATION_PROBLEMS: ReadonlySet<string> = new Set([...FORM_REASONS, ...REGISTRATION_API_REASONS]);

/** The API's refusals of enrolling an existing pupil by code Massar (enrol.reasons.*). */
export const ENROL_REASONS: ReadonlySet<string> = new Set<string>([
  PeopleErrorReason.INVALID_CODE_MASSAR,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.FORBIDDEN,
  EnrolmentErrorReason.ALREADY_ENROLLED,
  EnrolmentErrorReason.CLASS_FULL,
  EnrolmentErrorReason.TRANSFER_REQUIRED,
]);
