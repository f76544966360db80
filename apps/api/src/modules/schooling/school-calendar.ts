// The Moroccan school calendar, shared by the API (new school years) and the national seed.

export interface SchoolYearDates {
  name: string;
  startYear: number;
  /** First day of classes. */
  startsOn: string;
  endsOn: string;
  s1: [string, string];
  s2: [string, string];
}

export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

/**
 * The Moroccan calendar (curriculum sources note, §5): classes start on a Monday in early
 * September (9 Sep 2024, 8 Sep 2025: the second Monday); S1 closes with the mid-year break that
 * starts on the fourth Sunday of January (22 Jan 2023, 26 Jan 2025, 25 Jan 2026) and lasts a
 * week; S2 runs to the end of courses on 30 June.
 */
export function schoolYearDates(name: string): SchoolYearDates {
  const match = SCHOOL_YEAR_PATTERN.exec(name);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    throw new Error(`a school year looks like 2025-2026 (two consecutive years), got "${name}"`);
  }
  const start = Number(match[1]);
  const rentree = nthWeekday(start, 8, 1, 2);
  const breakStart = nthWeekday(start + 1, 0, 0, 4);
  const endsOn = iso(new Date(Date.UTC(start + 1, 5, 30)));
  return {
    name,
    startYear: start,
    startsOn: iso(rentree),
    endsOn,
    s1: [iso(rentree), iso(addDays(breakStart, -1))],
    s2: [iso(addDays(breakStart, 8)), endsOn],
  };
}

/** The nth (1-based) given weekday (0 = Sunday) of a month (0-based). */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);
