import { localizedName, useFormatters, useLanguage, useTranslation } from '@massar/ui';
import { dayOf } from '../utils/localDates';

interface Lesson {
  startsAt: string;
  endsAt: string;
  subject: { nameFr: string; nameAr: string };
  schoolClass: { name: string };
}

/** A lesson as the absence screens name it: "Mathématiques · 1AC-1 · 08:30–09:30", and a day in words. */
export function useLessonWords() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { formatDate } = useFormatters();
  const time = (lesson: { startsAt: string; endsAt: string }) => t('absences.lesson.time', { start: lesson.startsAt, end: lesson.endsAt });
  return {
    time,
    name: (lesson: Lesson) => t('absences.lesson.name', { subject: localizedName(lesson.subject, language), className: lesson.schoolClass.name, time: time(lesson) }),
    day: (date: string) => formatDate(dayOf(date), { weekday: 'long', day: 'numeric', month: 'long' }),
    shortDay: (date: string) => formatDate(dayOf(date), { weekday: 'short', day: 'numeric', month: 'short' }),
  };
}
