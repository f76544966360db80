import type { TimetableSlotFieldsFragment } from '@massar/client';
import { localeOf, localizedName, localizedPersonName, useLanguage, useTranslation } from '@massar/ui';
import { clashWording, type ClashLike } from '../utils/clashWording';
import { roomWords, slotSegments, type Segment } from '../utils/slotName';

// 1 January 2024 was a Monday: the weekday names come from Intl, in the reader's language.
const MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/** The editor's words for days, slots and clashes, in the current language. */
export function useWeekWords() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const weekdayFormat = new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' });
  const dayName = (weekday: number) => weekdayFormat.format(new Date(MONDAY + (weekday - 1) * DAY_MS));
  const room = (name: string | null | undefined) => (name ? roomWords(name, (r) => t('timetable.roomNumber', { room: r })) : null);
  const subject = (slot: Pick<TimetableSlotFieldsFragment, 'subject'>) => localizedName(slot.subject, language);
  const teacher = (slot: Pick<TimetableSlotFieldsFragment, 'teacher'>) => (slot.teacher ? localizedPersonName(slot.teacher, language) : null);
  /** The slot's text: what the grid shows and, read together, its full name (the class shown when the view spans classes). */
  const segmentsOf = (slot: TimetableSlotFieldsFragment, extra: (string | null | undefined)[] = [], showClass = false): Segment[] =>
    slotSegments(
      { subject: subject(slot), className: slot.schoolClass.name, day: dayName(slot.weekday), startsAt: slot.startsAt, endsAt: slot.endsAt, room: room(slot.room), extra },
      t('timetable.separator'),
      showClass,
    );
  const nameOf = (slot: TimetableSlotFieldsFragment, extra: (string | null | undefined)[] = []) => segmentsOf(slot, extra).map((x) => x.text).join('');
  const clash = (c: ClashLike) => {
    const w = clashWording(c, { dayName, someTeacher: t('timetable.clash.someTeacher') });
    return t(w.key, { ...w.values, room: room(w.values.room) ?? '' });
  };
  return { dayName, room, subject, teacher, segmentsOf, nameOf, clash, language };
}
