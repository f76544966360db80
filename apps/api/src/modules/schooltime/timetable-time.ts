import { badInput } from '../../core/errors.js';
import { SchoolTimeErrorReason } from './schooltime.errors.js';

// What a slot's day and times may be. The times themselves are data (each school its own
// periods); these bounds only refuse what no school day holds: a typo (18:00 for 08:00 stays
// possible, 80:00 does not), a lesson of a whole day, Sunday.

/** Monday (1) to Saturday (6): Moroccan schools run Monday to Saturday morning. */
export const WEEKDAYS = { first: 1, last: 6 } as const;
/** The school day, in minutes after midnight: 07:00 to 20:00. */
export const SCHOOL_DAY = { starts: 7 * 60, ends: 20 * 60 } as const;
/** A lesson lasts 15 minutes to 4 hours. */
export const LESSON_MINUTES = { min: 15, max: 240 } as const;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Minutes after midnight of "HH:MM", or BAD_USER_INPUT naming the field. */
export function minutesOf(value: string, field: string): number {
  const match = HH_MM.exec(value);
  if (!match) throw badInput(field, SchoolTimeErrorReason.INVALID_SLOT_TIME, 'A time is written HH:MM, e.g. 08:30');
  return Number(match[1]) * 60 + Number(match[2]);
}

export const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A slot's weekday and times checked: its start and end in minutes. */
export function slotTime(weekday: number, startsAt: string, endsAt: string): { start: number; end: number } {
  if (!Number.isInteger(weekday) || weekday < WEEKDAYS.first || weekday > WEEKDAYS.last) {
    throw badInput('weekday', SchoolTimeErrorReason.INVALID_SLOT_TIME, 'A slot is on Monday (1) to Saturday (6)');
  }
  const start = minutesOf(startsAt, 'startsAt');
  const end = minutesOf(endsAt, 'endsAt');
  if (end <= start) throw badInput('endsAt', SchoolTimeErrorReason.INVALID_SLOT_TIME, 'A slot ends after it starts');
  if (start < SCHOOL_DAY.starts || end > SCHOOL_DAY.ends) {
    throw badInput(start < SCHOOL_DAY.starts ? 'startsAt' : 'endsAt', SchoolTimeErrorReason.INVALID_SLOT_TIME,
      `A slot lies within the school day, ${hhmm(SCHOOL_DAY.starts)} to ${hhmm(SCHOOL_DAY.ends)}`);
  }
  if (end - start < LESSON_MINUTES.min || end - start > LESSON_MINUTES.max) {
    throw badInput('endsAt', SchoolTimeErrorReason.INVALID_SLOT_TIME, `A slot lasts ${LESSON_MINUTES.min} minutes to ${LESSON_MINUTES.max / 60} hours`);
  }
  return { start, end };
}
