/** A clash as slotClashes and extensions.clashes of SLOT_CLASH name it. */
export interface ClashLike {
  kind: 'CLASS' | 'TEACHER' | 'ROOM';
  inAnotherSchool: boolean;
  className?: string | null;
  teacherName?: string | null;
  room?: string | null;
  weekday: number;
  startsAt?: string | null;
  endsAt?: string | null;
}

/** An i18n key (app namespace) and its values. */
export interface Wording {
  key: string;
  values: Record<string, string>;
}

export interface ClashWordingOptions {
  /** The weekday's name in the reader's language (1 = Monday). */
  dayName: (weekday: number) => string;
  /** Who "the teacher" is when the API names nobody. */
  someTeacher: string;
}

/**
 * A clash in words: which class, teacher or room, and when. A lesson of the teacher in another
 * school is told only as such (the API says nothing else of that school).
 */
export function clashWording(clash: ClashLike, { dayName, someTeacher }: ClashWordingOptions): Wording {
  const values = {
    day: dayName(clash.weekday),
    start: clash.startsAt ?? '',
    end: clash.endsAt ?? '',
    className: clash.className ?? '',
    teacher: clash.teacherName ?? someTeacher,
    room: clash.room ?? '',
  };
  if (clash.inAnotherSchool) return { key: 'timetable.clash.elsewhere', values };
  if (clash.kind === 'CLASS') return { key: 'timetable.clash.class', values };
  if (clash.kind === 'TEACHER') return { key: 'timetable.clash.teacher', values };
  return { key: 'timetable.clash.room', values };
}

/** The clashes extensions.clashes carries, kept only when they have the expected shape. */
export function clashesOf(value: unknown): ClashLike[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (c): c is ClashLike =>
      typeof c === 'object' && c !== null && ['CLASS', 'TEACHER', 'ROOM'].includes((c as ClashLike).kind) && typeof (c as ClashLike).weekday === 'number',
  );
}
