import { CoreErrorReason, EnrolmentErrorReason, SchoolingErrorReason, serverErrorReason } from '@massar/client';

/** The API's refusals of a rollover that the screen words itself (rollover.reasons.*). */
export const ROLLOVER_REASONS: ReadonlySet<string> = new Set<string>([
  EnrolmentErrorReason.NO_PREVIOUS_YEAR,
  SchoolingErrorReason.INVALID_YEAR,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.FORBIDDEN,
]);

/** The i18n key of a failed rollover, or null (then the server's message, or a network error). */
export function rolloverErrorKey(error: unknown): string | null {
  const reason = serverErrorReason(error);
  return reason && ROLLOVER_REASONS.has(reason) ? `rollover.reasons.${reason}` : null;
}
