import { localeOf, type Language } from '../i18n/languages';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date in the reader's language. A GraphQL `Date` ("2025-09-08") is a calendar day, not an
 * instant: it is formatted in UTC so that it never slips to the previous day west of Greenwich.
 */
export function formatDate(
  value: string | Date,
  language: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const dateOnly = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (dateOnly) {
    const [, year, month, day] = dateOnly;
    const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    return new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'UTC' }).format(utc);
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(localeOf(language), options).format(date);
}
