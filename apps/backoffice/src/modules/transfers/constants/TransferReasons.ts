import { CoreErrorReason, EnrolmentErrorReason, PeopleErrorReason } from '@massar/client';

/** The API's refusals of a transfer request, decision or cancellation that the inbox words itself (transfers.reasons.*). */
export const TRANSFER_REASONS: ReadonlySet<string> = new Set<string>([
  EnrolmentErrorReason.TRANSFER_NOT_PENDING,
  EnrolmentErrorReason.ALREADY_APPROVED,
  EnrolmentErrorReason.TRANSFER_PENDING,
  EnrolmentErrorReason.TRANSFER_LOOKUPS_EXHAUSTED,
  EnrolmentErrorReason.SAME_SCHOOL,
  EnrolmentErrorReason.NOT_ENROLLED,
  EnrolmentErrorReason.PUPIL_MOVED,
  EnrolmentErrorReason.NO_CLASS_FOR_LEVEL,
  EnrolmentErrorReason.NO_ROOM_AT_DESTINATION,
  EnrolmentErrorReason.CLASS_NOT_AT_DESTINATION,
  EnrolmentErrorReason.CLASS_FULL,
  EnrolmentErrorReason.REFUSAL_REASON_REQUIRED,
  EnrolmentErrorReason.INVALID_DATE,
  PeopleErrorReason.INVALID_CODE_MASSAR,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.FORBIDDEN,
  CoreErrorReason.INVALID,
]);

/** Checked before sending (transfers.reasons.*): the form's own. */
export const TRANSFER_FORM_REASONS: readonly string[] = ['CODE_REQUIRED', 'SCHOOL_REQUIRED', 'BIRTH_DATE_REQUIRED'];
