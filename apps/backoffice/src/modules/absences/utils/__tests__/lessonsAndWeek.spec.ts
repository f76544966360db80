import { describe, expect, it } from 'vitest';
import { lessonDay, rollCallPath } from '../lessonToCall';
import { absenceStatus, mondayOf, weekDays, weekFromSearch, weekGrid } from '../weekGrid';

const lesson = (id: string, weekday: number, startsAt: string, endsAt: string) => ({ id, weekday, startsAt, endsAt });
// Wednesday 2 December 2026.
const at = (hh: number, mm = 0) => new Date(2026, 11, 2, hh, mm);

describe('the roll call the home page offers', () => {
  const week = [lesson('wed-10', 3, '10:30', '11:30'), lesson('wed-08', 3, '08:30', '09:30'), lesson('mon', 1, '08:30', '09:30'), lesson('sat', 6, '08:30', '09:30')];

  it('offers the lesson under way', () => {
    const day = lessonDay(week, at(9, 0))!;
    expect(day).toMatchObject({ date: '2026-12-02', today: true });
    expect(day.lessons.map((l) => [l.lesson.id, l.when])).toEqual([['wed-08', 'now'], ['wed-10', 'next']]);
    expect(day.first?.lesson.id).toBe('wed-08');
  });

  it("offers today's next lesson between lessons, and the day's last once they are over", () => {
    expect(lessonDay(week, at(9, 45))!.first).toMatchObject({ when: 'next', lesson: { id: 'wed-10' } });
    expect(lessonDay(week, at(7, 0))!.first).toMatchObject({ when: 'next', lesson: { id: 'wed-08' } });
    expect(lessonDay(week, at(18, 0))!.first).toMatchObject({ when: 'over', lesson: { id: 'wed-10' } });
  });

  it('goes back to the last day with lessons (Sunday: Saturday), all over', () => {
    const sunday = new Date(2026, 11, 6, 10, 0);
    expect(lessonDay(week, sunday)).toMatchObject({ date: '2026-12-05', today: false, first: { when: 'over', lesson: { id: 'sat' } } });
    expect(lessonDay([], sunday)).toBeNull();
  });

  it('links to the roll call page', () => {
    expect(rollCallPath('VGltZXRhYmxlU2xvdDox/=', '2026-12-02')).toBe('/roll-call/VGltZXRhYmxlU2xvdDox%2F%3D/2026-12-02');
  });
});

describe('a class week', () => {
  it('runs Monday to Saturday from any day of it', () => {
    expect(mondayOf('2026-12-02')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(weekDays('2026-11-30')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    expect(weekFromSearch('2026-12-24', at(9))).toBe('2026-12-21');
    expect(weekFromSearch('2026-02-30', at(9))).toBe('2026-11-30');
    expect(weekFromSearch(null, at(9))).toBe('2026-11-30');
  });

  it('lays pupils × days out, pupils never absent included, each day by time', () => {
    const pupils = [{ id: 'p1' }, { id: 'p2' }];
    const absence = (id: string, student: string, date: string, startsAt: string, late = false) => ({
      id, date, late, kind: 'UNJUSTIFIED' as const, justification: null, slot: { startsAt }, student: { id: student },
    });
    const rows = weekGrid(pupils, [
      absence('a', 'p1', '2026-12-02', '10:30'),
      absence('b', 'p1', '2026-12-02', '08:30', true),
      absence('c', 'p1', '2026-11-30', '08:30'),
      absence('d', 'p9', '2026-11-30', '08:30'),
      absence('e', 'p2', '2026-12-07', '08:30'),
    ], '2026-11-30');
    expect(rows.map((r) => r.pupil.id)).toEqual(['p1', 'p2']);
    expect(rows[0].cells.map((c) => c.map((a) => a.id))).toEqual([['c'], [], ['b', 'a'], [], [], []]);
    expect(rows[0].absentCount).toBe(2);
    expect(rows[1].cells.flat()).toEqual([]);
  });

  it('words each absence from the one definition of justified', () => {
    expect(absenceStatus({ late: true, kind: 'UNJUSTIFIED' })).toBe('late');
    expect(absenceStatus({ late: false, kind: 'JUSTIFIED', justification: { status: 'ACCEPTED' } })).toBe('justified');
    expect(absenceStatus({ late: false, kind: 'UNJUSTIFIED', justification: { status: 'PENDING' } })).toBe('pending');
    expect(absenceStatus({ late: false, kind: 'UNJUSTIFIED', justification: { status: 'REFUSED' } })).toBe('refused');
    expect(absenceStatus({ late: false, kind: 'UNJUSTIFIED', justification: null })).toBe('unjustified');
  });
});
