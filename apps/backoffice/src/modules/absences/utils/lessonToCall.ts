import { addDays, isoDate, weekdayOf } from './localDates';

/** A lesson of the teacher's week (a timetable slot). */
export interface WeekLesson {
  id: string;
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/** Where a lesson of the day stands at `now`: under way, the next one, later, or over. */
export type LessonWhen = 'now' | 'next' | 'later' | 'over';

export interface DayLesson<L extends WeekLesson> {
  lesson: L;
  /** The day of its roll call (YYYY-MM-DD). */
  date: string;
  when: LessonWhen;
}

export interface LessonDay<L extends WeekLesson> {
  date: string;
  /** Whether it is today (else the last day before with lessons). */
  today: boolean;
  lessons: DayLesson<L>[];
  /** The roll call to offer first: the lesson under way, else the next one, else the day's last. */
  first: DayLesson<L> | null;
}

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const byStart = (a: WeekLesson, b: WeekLesson) => a.startsAt.localeCompare(b.startsAt);

/**
 * The lessons whose roll call the home page offers: today's, or, on a day without lessons (a
 * Sunday), those of the last day before that has some (a roll call for a day to come is refused).
 */
export function lessonDay<L extends WeekLesson>(lessons: readonly L[], now: Date): LessonDay<L> | null {
  const today = isoDate(now);
  for (let back = 0; back < 7; back += 1) {
    const date = addDays(today, -back);
    const ofDay = lessons.filter((l) => l.weekday === weekdayOf(date)).sort(byStart);
    if (ofDay.length === 0) continue;
    const time = back === 0 ? hhmm(now) : '24:00';
    let nextSeen = false;
    const dayLessons = ofDay.map((lesson): DayLesson<L> => {
      if (lesson.endsAt <= time) return { lesson, date, when: 'over' };
      if (lesson.startsAt <= time) return { lesson, date, when: 'now' };
      const when: LessonWhen = nextSeen ? 'later' : 'next';
      nextSeen = true;
      return { lesson, date, when };
    });
    const first = dayLessons.find((l) => l.when === 'now') ?? dayLessons.find((l) => l.when === 'next') ?? dayLessons.at(-1) ?? null;
    return { date, today: back === 0, lessons: dayLessons, first };
  }
  return null;
}

/** The back-office address of a lesson's roll call on a day. */
export const rollCallPath = (slotId: string, date: string) => `/roll-call/${encodeURIComponent(slotId)}/${date}`;
