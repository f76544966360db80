/** A local date as YYYY-MM-DD (the API's dates are days, not instants). */
export const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The Date of a YYYY-MM-DD day, at local midnight. */
export function dayOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The day `days` after (or before, negative) a YYYY-MM-DD day. */
export function addDays(date: string, days: number): string {
  const d = dayOf(date);
  return isoDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + days));
}

/** ISO weekday of a YYYY-MM-DD day: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string) => dayOf(date).getDay() || 7;

/** Whether a string is an existing YYYY-MM-DD day (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return isoDate(dayOf(value)) === value;
}
