import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CoreErrorReason, EnrolmentErrorReason, PeopleErrorReason, rowProblems } from '@massar/client';

/** A refusal of moveStudents as the screen words it: an i18n key (move.reasons.*) and its values. */
export interface MoveRefusal {
  key: string;
  values: Record<string, string | number>;
}

/** The reasons the move words itself; any other refusal shows the server's message. */
export const MOVE_REASONS: ReadonlySet<string> = new Set<string>([
  EnrolmentErrorReason.CLASS_FULL,
  EnrolmentErrorReason.HAS_GRADES_IN_CLASS,
  EnrolmentErrorReason.ROSTER_CHANGED,
  EnrolmentErrorReason.NOT_SCHOOL_PUPIL,
  EnrolmentErrorReason.ALREADY_IN_CLASS,
  EnrolmentErrorReason.OTHER_LEVEL,
  EnrolmentErrorReason.DUPLICATE_CODE,
  PeopleErrorReason.INVALID_CODE_MASSAR,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.FORBIDDEN,
  CoreErrorReason.PERMISSION,
]);

const numberOf = (value: unknown) => (typeof value === 'number' ? value : 0);

/**
 * What went wrong, by reason: a full class with its counts, the pupils kept back by their
 * grades, the bad rows by code Massar. Null when the screen has no words for it.
 */
export function moveRefusal(error: unknown): MoveRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  const reason = typeof ext.reason === 'string' ? ext.reason : '';
  if (!MOVE_REASONS.has(reason)) return null;
  const key = `move.reasons.${reason}`;
  if (reason === EnrolmentErrorReason.CLASS_FULL) return { key, values: { left: numberOf(ext.seatsLeft), moving: numberOf(ext.moving) } };
  if (reason === EnrolmentErrorReason.HAS_GRADES_IN_CLASS) {
    const codes = Array.isArray(ext.codesMassar) ? ext.codesMassar.filter((c): c is string => typeof c === 'string') : [];
    return { key, values: { codes: codes.join(', '), count: codes.length } };
  }
  if (ext.code === 'BAD_USER_INPUT') {
    const rows = rowProblems(error).filter((r) => r.reason === reason);
    return { key, values: { codes: rows.map((r) => r.codeMassar).join(', '), count: rows.length } };
  }
  return { key, values: {} };
}
