import { Title, useTranslation } from '@massar/ui';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';
import { useWeekdayNames } from '../hooks/useWeekdayNames';
import type { TimetableDay } from '../utils/timetableDays';
import classes from './Schooltime.module.css';
import { TimetableDayLessons } from './TimetableDayLessons';
import type { TimetableLessonSlot } from './TimetableLesson';

/** The whole week, Monday to Saturday side by side (a wide screen); today's column marked. */
export function TimetableWeekGrid({ days, today }: { days: readonly TimetableDay<TimetableLessonSlot>[]; today: number }) {
  const { t } = useTranslation(SCHOOLTIME_T);
  const names = useWeekdayNames();
  return (
    <div className={classes.week}>
      {days.map((day) => {
        const isToday = day.weekday === today;
        return (
          <section key={day.weekday} className={classes.day} data-today={isToday || undefined} aria-labelledby={`day-${day.weekday}`}>
            <Title order={2} size="h5" id={`day-${day.weekday}`} mb="xs" aria-current={isToday ? 'date' : undefined}>
              {isToday ? t('timetable.todayDay', { day: names.long(day.weekday) }) : names.long(day.weekday)}
            </Title>
            <TimetableDayLessons slots={day.slots} />
          </section>
        );
      })}
    </div>
  );
}
