import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CoreErrorReason, PeopleErrorReason, SchoolTimeErrorReason } from '@massar/client';

/** The refusals of recordRollCall the sheet words (absences.reasons.*); any other shows the server's message. */
export const ROLL_CALL_REASONS: ReadonlySet<string> = new Set([
  SchoolTimeErrorReason.NOT_A_SLOT_DAY,
  SchoolTimeErrorReason.NOT_IN_CLASS,
  SchoolTimeErrorReason.DUPLICATE_PUPIL,
  SchoolTimeErrorReason.TOO_MANY_PUPILS,
  SchoolTimeErrorReason.INVALID_MINUTES_LATE,
  PeopleErrorReason.INVALID_CODE_MASSAR,
  CoreErrorReason.FORBIDDEN,
  CoreErrorReason.PERMISSION,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.INVALID,
]);

export interface RollCallRefusal {
  /** The i18n key of its words, null when the sheet has none (the server's message is shown). */
  key: string | null;
  /** The codes Massar of the rows refused (extensions.rows), for the sheet to point at them. */
  codes: string[];
}

/** A refused roll call as the sheet shows it: nothing was written (all or nothing). */
export function rollCallRefusal(error: unknown): RollCallRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  const reason = typeof ext.reason === 'string' ? ext.reason : typeof ext.code === 'string' ? ext.code : null;
  const rows = Array.isArray(ext.rows) ? ext.rows : [];
  const codes = rows
    .map((row: unknown) => (typeof row === 'object' && row !== null && typeof (row as { codeMassar?: unknown }).codeMassar === 'string' ? (row as { codeMassar: string }).codeMassar : null))
    .filter((c): c is string => c !== null);
  return { key: reason && ROLL_CALL_REASONS.has(reason) ? `absences.reasons.${reason}` : null, codes };
}
