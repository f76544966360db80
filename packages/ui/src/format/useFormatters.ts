import { useLanguage } from '../i18n/useLanguage';
import { formatDate } from './formatDate';
import { formatGrade, formatNumber } from './formatNumber';

/** The formatting helpers bound to the current language. */
export function useFormatters() {
  const { language } = useLanguage();
  return {
    formatDate: (value: string | Date, options?: Intl.DateTimeFormatOptions) => formatDate(value, language, options),
    formatNumber: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, language, options),
    formatGrade: (value: number) => formatGrade(value, language),
  };
}
