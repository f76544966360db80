import { localeOf, type Language } from '../i18n/languages';

/** A number in the reader's language (grouping, decimal separator, digits). */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}

/** A grade out of 20 with two decimals, e.g. "14,50" in French. */
export function formatGrade(value: number, language: Language): string {
  return formatNumber(value, language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
