import { EmptyState, useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';
import { useWideScreen } from '../hooks/useWideScreen';
import { firstDay, groupByDay, isoWeekday } from '../utils/timetableDays';
import type { TimetableLessonSlot } from './TimetableLesson';
import { TimetableDayTabs } from './TimetableDayTabs';
import { TimetableWeekGrid } from './TimetableWeekGrid';

/** A class's week: the whole of it on a wide screen, one day at a time (today first) on a phone. */
export function TimetableView({ slots }: { slots: readonly (TimetableLessonSlot & { weekday: number })[] }) {
  const { t } = useTranslation(SCHOOLTIME_T);
  const wide = useWideScreen();
  const days = useMemo(() => groupByDay(slots), [slots]);
  const now = new Date();
  if (slots.length === 0) return <EmptyState>{t('timetable.empty')}</EmptyState>;
  return (
    <section aria-label={t('timetable.week')}>
      {wide ? <TimetableWeekGrid days={days} today={isoWeekday(now)} /> : <TimetableDayTabs days={days} today={firstDay(now)} />}
    </section>
  );
}
