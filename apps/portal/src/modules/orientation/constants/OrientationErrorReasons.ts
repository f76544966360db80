import { CoreErrorReason, EnrolmentErrorReason } from '@massar/client';

/**
 * The refusals of submitOrientationWishes the portal words itself (orientation.errors.*), so a
 * family reads them in its own language rather than the API's English message.
 */
export const ORIENTATION_ERROR_REASONS: ReadonlySet<string> = new Set<string>([
  EnrolmentErrorReason.DEADLINE_NOT_SET,
  EnrolmentErrorReason.DEADLINE_PASSED,
  EnrolmentErrorReason.NOT_ORIENTATION_LEVEL,
  EnrolmentErrorReason.DUPLICATE_STREAM,
  EnrolmentErrorReason.INVALID_STREAM,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.INVALID,
  CoreErrorReason.UNAUTHENTICATED,
  CoreErrorReason.OVERLOADED,
]);
