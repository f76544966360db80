/** The school week: ISO weekdays, Monday (1) to Saturday (6). */
export const SCHOOL_WEEKDAYS = [1, 2, 3, 4, 5, 6] as const;

export interface SlotTimes {
  weekday: number;
  startsAt: string;
  endsAt: string;
}

export interface TimetableDay<T> {
  weekday: number;
  slots: T[];
}

/** The week day by day, Monday to Saturday (a day without lessons included, empty), each day's lessons by start time. */
export function groupByDay<T extends SlotTimes>(slots: readonly T[]): TimetableDay<T>[] {
  return SCHOOL_WEEKDAYS.map((weekday) => ({
    weekday,
    slots: slots.filter((s) => s.weekday === weekday).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt)),
  }));
}

/** The ISO weekday of a date in the reader's time (1 = Monday … 7 = Sunday). */
export const isoWeekday = (date: Date) => date.getDay() || 7;

/** The day a phone shows first: today, or Monday on a Sunday. */
export function firstDay(today: Date): number {
  const weekday = isoWeekday(today);
  return weekday === 7 ? 1 : weekday;
}

/** A day's date for naming it in a language (Intl): 2024-01-01 was a Monday. */
export const weekdayDate = (weekday: number) => `2024-01-0${weekday}`;

/** The tab a key moves to from `index` among `count` (arrows follow the reading direction; Home, End), or null for any other key. */
export function tabAfterKey(key: string, index: number, count: number, rtl: boolean): number | null {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return (index + 1) % count;
  if (key === backward) return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
