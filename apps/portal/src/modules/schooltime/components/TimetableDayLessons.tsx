import { Text, useTranslation } from '@massar/ui';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';
import classes from './Schooltime.module.css';
import { TimetableLesson, type TimetableLessonSlot } from './TimetableLesson';

/** A day's lessons in order, or a line saying there are none. */
export function TimetableDayLessons({ slots }: { slots: readonly TimetableLessonSlot[] }) {
  const { t } = useTranslation(SCHOOLTIME_T);
  if (slots.length === 0) return <Text c="dimmed" size="sm">{t('timetable.noLesson')}</Text>;
  return (
    <ul className={classes.lessons}>
      {slots.map((slot) => (
        <TimetableLesson key={slot.id} slot={slot} />
      ))}
    </ul>
  );
}
