import { type SchoolYearDates } from '../schooling/school-calendar.js';
import { type CopySink } from './copy.js';
import {
  ABSENCE_MONTH, ABSENCE_PROFILE, type Cycle, DEFAULT_WEEKLY_HOURS, FIXED_HOLIDAYS, type Milieu, NO_ROOM_SUBJECTS, WEEK_PERIODS, WEEKLY_HOURS,
} from './national-shape.js';
import { type Rng } from './rng.js';
import { type IdCounters, T } from './rows.js';
import { type Lesson, minutesBetween, scheduleWeek } from './week-schedule.js';

/** The school days roll calls are generated for: one term's dates, oldest first. */
export interface AbsencePeriod {
  term: 'S1' | 'S2';
  dates: string[];
  /** Per date: its ISO weekday, and how many earlier dates fall on the same weekday. */
  weekday: Uint8Array;
  occurrence: Uint8Array;
  /** Dates per ISO weekday (index 1–7). */
  perWeekday: number[];
}

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * ABSENCE_MONTH of the year when it is over by `today`; else the last month of the year over
 * by then; else the year's days before today. School days only (Monday–Saturday, no fixed
 * holiday), within one term (the first date's), strictly before today. Null when none is left.
 */
export function absencePeriod(year: SchoolYearDates, today: string): AbsencePeriod | null {
  const monthEnd = (y: number, m: number) => iso(Date.UTC(y, m + 1, 0));
  let from = `${year.startYear}-${String(ABSENCE_MONTH + 1).padStart(2, '0')}-01`;
  let to = monthEnd(year.startYear, ABSENCE_MONTH);
  if (to >= today) {
    const now = new Date(`${today}T00:00:00Z`);
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    from = iso(last.getTime());
    to = monthEnd(last.getUTCFullYear(), last.getUTCMonth());
    if (to < year.startsOn) [from, to] = [year.startsOn, iso(now.getTime() - DAY_MS)];
  }
  const terms = [['S1', year.s1], ['S2', year.s2]] as const;
  const dates: string[] = [];
  let term: 'S1' | 'S2' | null = null;
  for (let t = Date.parse(`${from}T00:00:00Z`); iso(t) <= to && iso(t) < today; t += DAY_MS) {
    const date = iso(t);
    const weekday = new Date(t).getUTCDay();
    if (weekday === 0 || FIXED_HOLIDAYS.has(date.slice(5))) continue;
    const inTerm = terms.find(([, [a, b]]) => date >= a && date <= b)?.[0] ?? null;
    if (!inTerm || (term && inTerm !== term)) continue;
    term = inTerm;
    dates.push(date);
  }
  if (!term || dates.length === 0) return null;
  const weekday = Uint8Array.from(dates, (d) => new Date(`${d}T00:00:00Z`).getUTCDay() || 7);
  const perWeekday = new Array<number>(8).fill(0);
  const occurrence = Uint8Array.from(weekday, (w) => perWeekday[w]++);
  return { term, dates, weekday, occurrence, perWeekday };
}

export interface SchoolTimeCtx {
  sink: CopySink;
  ids: IdCounters;
  yearId: number;
  rng: Rng;
}

/** A class of one school, as the timetable needs it. */
export interface TimetableClass {
  /** Index of the class in the plan (ClassTable). */
  g: number;
  id: number;
  cycle: Cycle;
  /** The class's subjects with their teacher (teaching assignments). */
  subjects: { id: number; code: string; teacherId: number }[];
}

/**
 * Timetables, roll calls and absences of the national seed. A school's week is placed once
 * (scheduleWeek) and used for both terms; the roll calls of the absence period are written with
 * the slots, so that their ids are known when pupils are written: the roll call of a slot on its
 * k-th date is firstRollCall[slot] + k.
 */
export class SchoolTimeWriter {
  /** Placed lessons (periods) of the period's term, by class: slots of class g are [start[g], start[g + 1]). */
  private readonly start: Int32Array;
  private readonly period: Uint8Array;
  private readonly firstRollCall: Int32Array;
  private next = 0;
  slots = 0;
  dropped = 0;
  private readonly minutes = WEEK_PERIODS.map((p) => minutesBetween(p.startsAt, p.endsAt));
  private readonly afternoon = WEEK_PERIODS.map((p) => p.startsAt >= '13:00');

  constructor(
    private readonly ctx: SchoolTimeCtx,
    private readonly period_: AbsencePeriod | null,
    classCount: number,
  ) {
    this.start = new Int32Array(classCount + 1);
    const cap = classCount * WEEK_PERIODS.length;
    this.period = new Uint8Array(cap);
    this.firstRollCall = new Int32Array(cap);
  }

  /** The week of one school (every class), for S1 and S2, and its roll calls in the period. */
  writeSchool(schoolId: number, classes: TimetableClass[]): void {
    const lessons: Lesson[] = classes.flatMap((c, classIndex) => c.subjects.map((s) => ({
      classIndex, subjectId: s.id, teacherId: s.teacherId, hours: WEEKLY_HOURS[c.cycle][s.code] ?? DEFAULT_WEEKLY_HOURS,
    })));
    const week = scheduleWeek(classes.length, lessons, WEEK_PERIODS);
    this.dropped += week.dropped;
    const noRoom = new Set(classes.flatMap((c) => c.subjects.filter((s) => NO_ROOM_SUBJECTS.has(s.code)).map((s) => s.id)));
    const { sink, ids, yearId } = this.ctx;
    let k = 0;
    classes.forEach((c, classIndex) => {
      this.start[c.g] = this.next;
      for (; k < week.placed.length && week.placed[k].classIndex === classIndex; k++) {
        const x = week.placed[k];
        const p = WEEK_PERIODS[x.period];
        const room = noRoom.has(x.subjectId) ? '\\N' : `Salle ${classIndex + 1}`;
        const tail = `${c.id}\t${x.subjectId}\t${x.teacherId ?? '\\N'}\t${room}\t${p.weekday}\t${p.startsAt}\t${p.endsAt}`;
        for (const term of ['S1', 'S2']) {
          const slotId = ids.slot++;
          sink.row(T.slot, `${slotId}\t${schoolId}\t${yearId}\t${term}\t${tail}`);
          if (term === this.period_?.term) this.rollCalls(schoolId, c.id, slotId, x.subjectId, x.period);
        }
        this.slots += 2;
      }
      this.start[c.g + 1] = this.next;
    });
  }

  private rollCalls(schoolId: number, classId: number, slotId: number, subjectId: number, period: number) {
    const { dates, weekday, term } = this.period_!;
    const p = WEEK_PERIODS[period];
    this.period[this.next] = period;
    this.firstRollCall[this.next++] = this.ctx.ids.rollCall;
    for (let d = 0; d < dates.length; d++) {
      if (weekday[d] !== p.weekday) continue;
      const line = `${this.ctx.ids.rollCall++}\t${schoolId}\t${this.ctx.yearId}\t${term}\t${slotId}\t${classId}\t${subjectId}\t${dates[d]}\t${this.minutes[period]}\t${dates[d]} ${p.endsAt}:00+01`;
      this.ctx.sink.row(T.rollCall, line);
    }
  }

  /** One pupil's absences and lateness in the period, drawn from ABSENCE_PROFILE. */
  writePupil(studentId: number, g: number, schoolId: number, milieu: Milieu): void {
    const period = this.period_;
    if (!period) return;
    const { rng } = this.ctx;
    const x = rng.next();
    const often = ABSENCE_PROFILE.often[milieu];
    const range = x < often ? ABSENCE_PROFILE.oftenDays : x < often + ABSENCE_PROFILE.occasional ? ABSENCE_PROFILE.occasionalDays : null;
    const absent = new Set<number>();
    if (range) {
      const days = Math.min(period.dates.length, range[0] + rng.int(range[1] - range[0] + 1));
      while (absent.size < days) absent.add(rng.int(period.dates.length));
    }
    for (const d of [...absent].sort((a, b) => a - b)) {
      const y = rng.next();
      const part = y < ABSENCE_PROFILE.wholeDay ? 'day' : y < ABSENCE_PROFILE.wholeDay + ABSENCE_PROFILE.morningOnly ? 'morning' : 'afternoon';
      this.forSlots(g, d, (s, p) => {
        if (part === 'day' || (part === 'afternoon') === this.afternoon[p]) this.absence(studentId, schoolId, s, d, false, this.minutes[p]);
        return true;
      });
    }
    if (rng.chance(ABSENCE_PROFILE.late)) {
      const d = rng.int(period.dates.length);
      const [lo, hi] = ABSENCE_PROFILE.lateMinutes;
      // Late for the day's first lesson, unless absent that day.
      if (!absent.has(d)) this.forSlots(g, d, (s) => (this.absence(studentId, schoolId, s, d, true, lo + rng.int(hi - lo + 1)), false));
    }
  }

  /** Calls fn(slot, period) for class g's slots on the d-th date, in order, while it returns true. */
  private forSlots(g: number, d: number, fn: (slot: number, period: number) => boolean) {
    const w = this.period_!.weekday[d];
    for (let s = this.start[g]; s < this.start[g + 1]; s++) {
      const p = this.period[s];
      if (WEEK_PERIODS[p].weekday === w && !fn(s, p)) return;
    }
  }

  private absence(studentId: number, schoolId: number, slot: number, d: number, late: boolean, minutes: number) {
    const { dates, occurrence, term } = this.period_!;
    const rollCall = this.firstRollCall[slot] + occurrence[d];
    this.ctx.sink.row(T.absence, `${this.ctx.ids.absence++}\t${schoolId}\t${this.ctx.yearId}\t${term}\t${rollCall}\t${studentId}\t${dates[d]}\t${late ? 't' : 'f'}\t${minutes}`);
  }
}
