import { Paper, Text, localizedName, localizedPersonName, useLanguage, useTranslation } from '@massar/ui';
import { SCHOOLTIME_T } from '../../../i18n/SchoolTimeMessages';
import classes from './Schooltime.module.css';

export interface TimetableLessonSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  room?: string | null;
  subject: { nameFr: string; nameAr: string };
  teacher?: { firstName: string; lastName: string; firstNameAr: string; lastNameAr: string } | null;
}

/** One lesson of the week: its times, subject, teacher and room. */
export function TimetableLesson({ slot }: { slot: TimetableLessonSlot }) {
  const { t } = useTranslation(SCHOOLTIME_T);
  const { language } = useLanguage();
  return (
    <Paper component="li" withBorder p="xs" className={classes.lesson}>
      <Text fw={700} size="sm">
        <bdi>{t('timetable.time', { start: slot.startsAt, end: slot.endsAt })}</bdi>
      </Text>
      <Text>{localizedName(slot.subject, language)}</Text>
      {slot.teacher && (
        <Text size="sm" c="dimmed">
          {t('timetable.teacher', { name: localizedPersonName(slot.teacher, language) })}
        </Text>
      )}
      {slot.room && (
        <Text size="sm" c="dimmed">
          {t('timetable.room', { room: slot.room })}
        </Text>
      )}
    </Paper>
  );
}
