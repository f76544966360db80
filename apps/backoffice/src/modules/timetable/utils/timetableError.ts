import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CoreErrorReason, SchoolTimeErrorReason, SchoolingErrorReason } from '@massar/client';
import { clashesOf, type ClashLike } from './clashWording';

/** The refusals the editor words (timetable.reasons.*); any other shows the server's message. */
export const TIMETABLE_REASONS: ReadonlySet<string> = new Set([
  SchoolTimeErrorReason.SLOT_CLASH,
  SchoolTimeErrorReason.INVALID_SLOT_TIME,
  SchoolingErrorReason.SUBJECT_NOT_IN_CURRICULUM,
  SchoolingErrorReason.UNKNOWN_SUBJECT,
  SchoolingErrorReason.NOT_A_TEACHER,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.FORBIDDEN,
  CoreErrorReason.PERMISSION,
  CoreErrorReason.INVALID,
  SchoolingErrorReason.UNKNOWN_YEAR,
]);

/** A refusal of placeSlot, slotClashes, removeSlot or copyTimetable, as the editor shows it. */
export interface SlotRefusal {
  /** The i18n key of its words, null when the editor has none (the server's message is shown). */
  key: string | null;
  /** The form field it is about (BAD_USER_INPUT's field), if any. */
  field: string | null;
  /** SLOT_CLASH: what the slot clashes with. */
  clashes: ClashLike[];
}

export function slotRefusal(error: unknown): SlotRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  const reason = typeof ext.reason === 'string' ? ext.reason : null;
  const rawField = typeof ext.field === 'string' ? ext.field : typeof ext.path === 'string' ? ext.path : null;
  return {
    key: reason && TIMETABLE_REASONS.has(reason) ? `timetable.reasons.${reason}` : null,
    field: rawField ? rawField.replace(/^input\./, '') : null,
    clashes: reason === 'SLOT_CLASH' ? clashesOf(ext.clashes) : [],
  };
}
