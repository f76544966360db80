/** Monday (1) to Saturday (6): the columns of a school's week, shown even when a day has no lesson. */
export const SCHOOL_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5, 6];

/** What the layout reads of a slot: its day and its times ("HH:MM", as the API writes them). */
export interface TimedSlot {
  id: string;
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/** One row of the grid: the time between two consecutive starts or ends of the week's slots. */
export interface GridRow {
  start: string;
  end: string;
  minutes: number;
  /** No slot of any day covers it (a break, lunch): drawn thin. */
  empty: boolean;
}

/** A slot in the grid: the rows it spans, `rowStart` inclusive, `rowEnd` exclusive (0-based). */
export interface PlacedSlot<S extends TimedSlot> {
  slot: S;
  rowStart: number;
  rowEnd: number;
}

export interface WeekLayout<S extends TimedSlot> {
  rows: GridRow[];
  days: { weekday: number; slots: PlacedSlot<S>[] }[];
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const byStart = <S extends TimedSlot>(a: S, b: S) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt) || a.id.localeCompare(b.id);

/**
 * The week as a grid: the rows are cut at every start and end the slots have (the times are data,
 * each school its own periods), so that each slot spans whole rows; every school day is a column,
 * with or without lessons. A class's, a teacher's or a room's slots never overlap (the database
 * refuses it), so one column per day holds them all.
 */
export function weekLayout<S extends TimedSlot>(slots: readonly S[], weekdays: readonly number[] = SCHOOL_WEEKDAYS): WeekLayout<S> {
  const shown = slots.filter((s) => weekdays.includes(s.weekday));
  const times = [...new Set(shown.flatMap((s) => [s.startsAt, s.endsAt]))].sort();
  const index = new Map(times.map((time, i) => [time, i]));
  const rows: GridRow[] = times.slice(0, -1).map((start, i) => {
    const end = times[i + 1]!;
    const empty = !shown.some((s) => s.startsAt <= start && s.endsAt >= end);
    return { start, end, minutes: minutesOf(end) - minutesOf(start), empty };
  });
  const days = weekdays.map((weekday) => ({
    weekday,
    slots: shown
      .filter((s) => s.weekday === weekday)
      .sort(byStart)
      .map((slot) => ({ slot, rowStart: index.get(slot.startsAt)!, rowEnd: index.get(slot.endsAt)! })),
  }));
  return { rows, days };
}

/** A row's height in the grid, in rem: proportional to its length, a break kept thin. */
export const rowHeight = (row: GridRow) => (row.empty ? 1 : Math.max(2.75, (row.minutes / 60) * 3.5));

export type GridMove = 'up' | 'down' | 'left' | 'right';

/**
 * The slot an arrow key moves the focus to from `slotId`: up and down within the day, left and
 * right to the nearest-in-time slot of the previous or next day that has one (mirrored right to
 * left). Null at an edge.
 */
export function neighbourSlot<S extends TimedSlot>(layout: WeekLayout<S>, slotId: string, move: GridMove, direction: 'ltr' | 'rtl' = 'ltr'): S | null {
  const dayIndex = layout.days.findIndex((d) => d.slots.some((p) => p.slot.id === slotId));
  if (dayIndex < 0) return null;
  const day = layout.days[dayIndex]!;
  const at = day.slots.findIndex((p) => p.slot.id === slotId);
  const from = day.slots[at]!;
  if (move === 'up' || move === 'down') return day.slots[at + (move === 'down' ? 1 : -1)]?.slot ?? null;
  const step = (move === 'right') === (direction === 'ltr') ? 1 : -1;
  for (let i = dayIndex + step; i >= 0 && i < layout.days.length; i += step) {
    const candidates = layout.days[i]!.slots;
    if (!candidates.length) continue;
    const distance = (p: PlacedSlot<S>) => Math.abs(p.rowStart - from.rowStart);
    return candidates.reduce((best, p) => (distance(p) < distance(best) ? p : best)).slot;
  }
  return null;
}
