import { describe, expect, it } from 'vitest';
import { clashesOf, clashWording } from '../clashWording';

const options = { dayName: (d: number) => ['', 'lundi', 'mardi'][d] ?? '?', someTeacher: 'l\'enseignant' };
const when = { weekday: 1, startsAt: '08:00', endsAt: '09:00' };

describe('clashWording', () => {
  it('names the class that already has a lesson, and when', () => {
    expect(clashWording({ kind: 'CLASS', inAnotherSchool: false, className: '1AC-1', ...when }, options)).toEqual({
      key: 'timetable.clash.class',
      values: { day: 'lundi', start: '08:00', end: '09:00', className: '1AC-1', teacher: 'l\'enseignant', room: '' },
    });
  });

  it('names the teacher and the class they teach then', () => {
    const w = clashWording({ kind: 'TEACHER', inAnotherSchool: false, className: '2AC-3', teacherName: 'Karim Alami', ...when }, options);
    expect(w.key).toBe('timetable.clash.teacher');
    expect(w.values).toMatchObject({ teacher: 'Karim Alami', className: '2AC-3', day: 'lundi', start: '08:00' });
  });

  it('names the room and the class holding it', () => {
    const w = clashWording({ kind: 'ROOM', inAnotherSchool: false, className: '3AC-1', room: 'Salle 12', ...when }, options);
    expect(w.key).toBe('timetable.clash.room');
    expect(w.values).toMatchObject({ room: 'Salle 12', className: '3AC-1' });
  });

  it('tells a lesson in another school only as such, with the day (the API gives no time)', () => {
    const w = clashWording({ kind: 'TEACHER', inAnotherSchool: true, teacherName: 'Karim Alami', weekday: 2, className: null, startsAt: null, endsAt: null, room: null }, options);
    expect(w.key).toBe('timetable.clash.elsewhere');
    expect(w.values).toMatchObject({ teacher: 'Karim Alami', day: 'mardi', className: '', room: '' });
  });

  it('falls back on "the teacher" when the API names nobody', () => {
    expect(clashWording({ kind: 'TEACHER', inAnotherSchool: true, teacherName: null, weekday: 1 }, options).values.teacher).toBe('l\'enseignant');
  });
});

describe('clashesOf (extensions.clashes)', () => {
  it('keeps the clashes of the expected shape and drops anything else', () => {
    const good = { kind: 'ROOM', inAnotherSchool: false, weekday: 3, room: 'Labo' };
    expect(clashesOf([good, { kind: 'OTHER', weekday: 1 }, null, 'x', { kind: 'CLASS' }])).toEqual([good]);
    expect(clashesOf(undefined)).toEqual([]);
  });
});
