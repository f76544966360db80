// A school's week, placed without clashes: shared by the national seed and the demo slice. Pure:
// no database, no randomness (the order of the lessons and of the classes decides).

export interface Period {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/** `hours` one-period lessons of a subject in a class, by a teacher (null: not assigned yet). */
export interface Lesson {
  classIndex: number;
  subjectId: number;
  teacherId: number | null;
  hours: number;
}

/** One lesson placed: period is an index into the periods given. */
export interface Placed {
  classIndex: number;
  period: number;
  subjectId: number;
  teacherId: number | null;
}

export interface Week {
  placed: Placed[];
  /** Lessons that found no period free for both the class and the teacher. */
  dropped: number;
}

/**
 * Places every lesson hour in a period where neither its class nor its teacher is busy, a
 * subject at most once a day in a class where the week allows it, mornings first. The busiest
 * teachers' lessons go first (they have the fewest choices). `pinned` lessons are placed as
 * given, before the others; a pinned one that clashes throws (the caller's data is wrong).
 * Rooms are the caller's: one room per class cannot clash once classes do not.
 */
export function scheduleWeek(classCount: number, lessons: Lesson[], periods: readonly Period[], pinned: Placed[] = []): Week {
  const p = periods.length;
  const days = [...new Set(periods.map((x) => x.weekday))].sort((a, b) => a - b);
  const dayOf = periods.map((x) => days.indexOf(x.weekday));
  // Periods of each day, in the order tried: as given (mornings come first in the data).
  const byDay = days.map((_, d) => periods.flatMap((_, i) => (dayOf[i] === d ? [i] : [])));
  const classBusy = new Uint8Array(classCount * p);
  const teacherIndex = new Map<number, number>();
  const load = new Map<number, number>();
  for (const l of lessons) if (l.teacherId !== null) load.set(l.teacherId, (load.get(l.teacherId) ?? 0) + l.hours);
  for (const x of pinned) if (x.teacherId !== null && !teacherIndex.has(x.teacherId)) teacherIndex.set(x.teacherId, teacherIndex.size);
  for (const t of load.keys()) if (!teacherIndex.has(t)) teacherIndex.set(t, teacherIndex.size);
  const teacherBusy = new Uint8Array(teacherIndex.size * p);
  // Subjects a class has on a day: "class:day" → subject ids.
  const sameDay = new Map<number, number[]>();
  const placed: Placed[] = [];
  const free = (c: number, t: number | null, i: number) => !classBusy[c * p + i] && (t === null || !teacherBusy[teacherIndex.get(t)! * p + i]);
  const take = (x: Placed) => {
    classBusy[x.classIndex * p + x.period] = 1;
    if (x.teacherId !== null) teacherBusy[teacherIndex.get(x.teacherId)! * p + x.period] = 1;
    const key = x.classIndex * days.length + dayOf[x.period];
    sameDay.set(key, [...(sameDay.get(key) ?? []), x.subjectId]);
    placed.push(x);
  };
  for (const x of pinned) {
    if (!free(x.classIndex, x.teacherId, x.period)) throw new Error(`pinned lesson clashes: class ${x.classIndex}, period ${x.period}`);
    take(x);
  }
  const order = [...lessons].sort((a, b) => (load.get(b.teacherId ?? -1) ?? 0) - (load.get(a.teacherId ?? -1) ?? 0) || a.classIndex - b.classIndex);
  let dropped = 0;
  for (const lesson of order) {
    for (let h = 0; h < lesson.hours; h++) {
      const at = findPeriod(lesson, h, days.length, byDay, (i) => free(lesson.classIndex, lesson.teacherId, i), (d) =>
        (sameDay.get(lesson.classIndex * days.length + d) ?? []).includes(lesson.subjectId));
      if (at === -1) dropped++;
      else take({ classIndex: lesson.classIndex, period: at, subjectId: lesson.subjectId, teacherId: lesson.teacherId });
    }
  }
  placed.sort((a, b) => a.classIndex - b.classIndex || a.period - b.period);
  return { placed, dropped };
}

/** A free period, days tried from one that depends on the class and the hour (spreads the week). */
function findPeriod(
  lesson: Lesson, hour: number, dayCount: number, byDay: number[][], free: (i: number) => boolean, hasSubject: (day: number) => boolean,
): number {
  const first = (lesson.classIndex * 3 + lesson.subjectId + hour * 2) % dayCount;
  for (const allowSameDay of [false, true]) {
    for (let k = 0; k < dayCount; k++) {
      const d = (first + k) % dayCount;
      if (!allowSameDay && hasSubject(d)) continue;
      for (const i of byDay[d]) if (free(i)) return i;
    }
  }
  return -1;
}

/** Minutes from a "HH:MM" time to another. */
export const minutesBetween = (from: string, to: string) =>
  Number(to.slice(0, 2)) * 60 + Number(to.slice(3, 5)) - Number(from.slice(0, 2)) * 60 - Number(from.slice(3, 5));
