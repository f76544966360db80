import { describe, expect, it } from 'vitest';
import { firstDay, groupByDay, isoWeekday, tabAfterKey, weekdayDate } from '../timetableDays';

const slot = (id: string, weekday: number, startsAt: string, endsAt: string) => ({ id, weekday, startsAt, endsAt });

describe('groupByDay', () => {
  it('lists Monday to Saturday, each day by start time, a day without lessons empty', () => {
    const days = groupByDay([slot('b', 1, '10:30', '11:30'), slot('a', 1, '08:30', '10:30'), slot('s', 6, '08:30', '09:30'), slot('c', 3, '14:30', '15:30')]);
    expect(days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(days[0]!.slots.map((s) => s.id)).toEqual(['a', 'b']);
    expect(days[1]!.slots).toEqual([]);
    expect(days[2]!.slots.map((s) => s.id)).toEqual(['c']);
    expect(days[5]!.slots.map((s) => s.id)).toEqual(['s']);
  });

  it('leaves out a slot outside the school week', () => {
    expect(groupByDay([slot('sunday', 7, '08:30', '09:30')]).flatMap((d) => d.slots)).toEqual([]);
  });
});

describe('firstDay', () => {
  it('is today on a school day, Monday on a Sunday', () => {
    expect(firstDay(new Date(2025, 10, 12))).toBe(3); // Wednesday 12 November 2025
    expect(firstDay(new Date(2025, 10, 15))).toBe(6); // Saturday
    expect(firstDay(new Date(2025, 10, 16))).toBe(1); // Sunday → Monday
    expect(isoWeekday(new Date(2025, 10, 16))).toBe(7);
  });
});

describe('weekdayDate', () => {
  it('names a date on that weekday', () => {
    for (const weekday of [1, 2, 3, 4, 5, 6]) expect(new Date(`${weekdayDate(weekday)}T12:00:00Z`).getUTCDay()).toBe(weekday);
  });
});

describe('tabAfterKey', () => {
  it('moves with the reading direction, wrapping around', () => {
    expect(tabAfterKey('ArrowRight', 0, 6, false)).toBe(1);
    expect(tabAfterKey('ArrowLeft', 0, 6, false)).toBe(5);
    expect(tabAfterKey('ArrowLeft', 0, 6, true)).toBe(1);
    expect(tabAfterKey('ArrowRight', 5, 6, false)).toBe(0);
    expect(tabAfterKey('Home', 3, 6, false)).toBe(0);
    expect(tabAfterKey('End', 3, 6, true)).toBe(5);
    expect(tabAfterKey('Enter', 3, 6, false)).toBeNull();
  });
});
