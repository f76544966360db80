import { describe, expect, it } from 'vitest';
import { neighbourSlot, rowHeight, weekLayout } from '../weekGrid';

const slot = (id: string, weekday: number, startsAt: string, endsAt: string) => ({ id, weekday, startsAt, endsAt });

describe('weekLayout', () => {
  it('cuts the rows at every start and end the slots have, whatever the periods', () => {
    const layout = weekLayout([slot('a', 1, '08:30', '10:30'), slot('b', 2, '09:30', '10:30'), slot('c', 1, '10:45', '11:30')]);
    expect(layout.rows.map((r) => `${r.start}-${r.end}`)).toEqual(['08:30-09:30', '09:30-10:30', '10:30-10:45', '10:45-11:30']);
    expect(layout.rows.map((r) => r.minutes)).toEqual([60, 60, 15, 45]);
    const monday = layout.days.find((d) => d.weekday === 1)!;
    expect(monday.slots.map((p) => [p.slot.id, p.rowStart, p.rowEnd])).toEqual([['a', 0, 2], ['c', 3, 4]]);
    const tuesday = layout.days.find((d) => d.weekday === 2)!;
    expect(tuesday.slots.map((p) => [p.slot.id, p.rowStart, p.rowEnd])).toEqual([['b', 1, 2]]);
  });

  it('keeps every school day as a column, lessons or not, each day\'s slots by start', () => {
    const layout = weekLayout([slot('late', 3, '14:00', '15:00'), slot('early', 3, '08:00', '09:00')]);
    expect(layout.days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(layout.days.map((d) => d.slots.length)).toEqual([0, 0, 2, 0, 0, 0]);
    expect(layout.days[2]!.slots.map((p) => p.slot.id)).toEqual(['early', 'late']);
  });

  it('marks a time no slot covers (a break, lunch) as empty and draws it thin', () => {
    const layout = weekLayout([slot('a', 1, '08:00', '12:00'), slot('b', 1, '14:00', '16:00')]);
    expect(layout.rows.map((r) => r.empty)).toEqual([false, true, false]);
    expect(rowHeight(layout.rows[1]!)).toBe(1);
    expect(rowHeight(layout.rows[0]!)).toBeGreaterThan(rowHeight(layout.rows[2]!));
  });

  it('has no rows for an empty week, and six empty days', () => {
    const layout = weekLayout([]);
    expect(layout.rows).toEqual([]);
    expect(layout.days.every((d) => d.slots.length === 0)).toBe(true);
  });

  it('leaves out a slot on a day the grid does not show', () => {
    expect(weekLayout([slot('sun', 7, '08:00', '09:00')]).days.flatMap((d) => d.slots)).toEqual([]);
  });
});

describe('neighbourSlot (arrow keys)', () => {
  const layout = weekLayout([
    slot('mon1', 1, '08:00', '09:00'),
    slot('mon2', 1, '09:00', '10:00'),
    slot('wed1', 3, '09:00', '10:00'),
    slot('wed2', 3, '11:00', '12:00'),
  ]);

  it('goes up and down within the day, and stops at its ends', () => {
    expect(neighbourSlot(layout, 'mon1', 'down')?.id).toBe('mon2');
    expect(neighbourSlot(layout, 'mon2', 'up')?.id).toBe('mon1');
    expect(neighbourSlot(layout, 'mon1', 'up')).toBeNull();
  });

  it('goes sideways to the nearest slot in time of the next day that has lessons', () => {
    expect(neighbourSlot(layout, 'mon2', 'right')?.id).toBe('wed1');
    expect(neighbourSlot(layout, 'wed2', 'left')?.id).toBe('mon2');
    expect(neighbourSlot(layout, 'wed1', 'right')).toBeNull();
  });

  it('mirrors left and right in a right-to-left page', () => {
    expect(neighbourSlot(layout, 'mon2', 'left', 'rtl')?.id).toBe('wed1');
    expect(neighbourSlot(layout, 'mon2', 'right', 'rtl')).toBeNull();
  });
});
