import { useFormatters } from '@massar/ui';
import { weekdayDate } from '../utils/timetableDays';

/** A weekday's name in the reader's language, long (« mercredi ») or short (« mer. »). */
export function useWeekdayNames() {
  const { formatDate } = useFormatters();
  return {
    long: (weekday: number) => formatDate(weekdayDate(weekday), { weekday: 'long' }),
    short: (weekday: number) => formatDate(weekdayDate(weekday), { weekday: 'short' }),
  };
}
