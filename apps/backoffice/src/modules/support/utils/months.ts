/** A month as the API takes it: 2025-11. */
export type Month = string;

const MONTH = /^(\d{4})-(\d{2})/;

/** The months of a school year, from the month it starts to the month it ends (YYYY-MM-DD bounds). */
export function yearMonths(year: { startsOn: string; endsOn: string }): Month[] {
  const start = MONTH.exec(year.startsOn);
  const end = MONTH.exec(year.endsOn);
  if (!start || !end) return [];
  const months: Month[] = [];
  let [y, m] = [Number(start[1]), Number(start[2])];
  const last = Number(end[1]) * 12 + Number(end[2]);
  // Bounded: a school year spans about ten months, never more than two years.
  while (y * 12 + m <= last && months.length < 24) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

/**
 * The month a school's list opens on: today's month when the year is under way, the last one
 * once it is over, the first one before it starts.
 */
export function defaultMonth(months: readonly Month[], today: string): Month | null {
  if (months.length === 0) return null;
  const current = today.slice(0, 7);
  if (current < months[0]!) return months[0]!;
  if (current > months.at(-1)!) return months.at(-1)!;
  return months.includes(current) ? current : months[0]!;
}

/** The first day of a month, as a calendar day the formatters take ("2025-11-01"). */
export const monthDay = (month: Month): string => `${month}-01`;

/** A month of the list, or null when the address holds something else. */
export function monthFromSearch(value: string | null, months: readonly Month[]): Month | null {
  return value && months.includes(value) ? value : null;
}
