import { describe, expect, it } from 'vitest';
import { assignedTeacher, canPreview, draftOf, draftProblems, EMPTY_DRAFT, placementOf } from '../slotDraft';
import { linesOf, roomWords, slotName, slotSegments } from '../slotName';
import { copySources, lastOccurrence, previousYear } from '../weekDates';

const draft = { ...EMPTY_DRAFT, weekday: '2', startsAt: '08:00', endsAt: '09:00', subjectCode: 'MATH' };

describe('the slot form', () => {
  it('finds missing and malformed fields, and an end before the start', () => {
    expect(draftProblems(EMPTY_DRAFT)).toEqual({ subjectCode: 'REQUIRED', startsAt: 'REQUIRED', endsAt: 'REQUIRED' });
    expect(draftProblems({ ...draft, startsAt: '8h' })).toEqual({ startsAt: 'TIME_FORMAT' });
    expect(draftProblems({ ...draft, endsAt: '08:00' })).toEqual({ endsAt: 'ENDS_BEFORE_START' });
    expect(draftProblems(draft)).toEqual({});
  });

  it('asks for clashes once the times are typed, the subject aside', () => {
    expect(canPreview(draftProblems({ ...draft, subjectCode: '' }))).toBe(true);
    expect(canPreview(draftProblems({ ...draft, endsAt: '' }))).toBe(false);
  });

  it('sends what is typed, blanks left to the API\'s defaults', () => {
    expect(placementOf({ ...draft, room: '  ' }, 'C1', 'S1', null)).toEqual({ classId: 'C1', term: 'S1', weekday: 2, startsAt: '08:00', endsAt: '09:00', subjectCode: 'MATH' });
    expect(placementOf({ ...draft, room: ' Salle 3 ', teacherId: 'T1' }, 'C1', 'S2', 'S9')).toMatchObject({ room: 'Salle 3', teacherId: 'T1', slotId: 'S9', term: 'S2' });
  });

  it('moves a slot from its own values, and defaults the teacher to the class × subject\'s', () => {
    const slot = { weekday: 4, startsAt: '10:00', endsAt: '11:00', room: null, subject: { code: 'FR' }, teacher: { id: 'T2' } };
    expect(draftOf(slot)).toEqual({ weekday: '4', startsAt: '10:00', endsAt: '11:00', subjectCode: 'FR', teacherId: 'T2', room: '' });
    const assignments = [{ subject: { code: 'FR' }, teacher: { id: 'T2' } }, { subject: { code: 'AR' }, teacher: null }];
    expect(assignedTeacher(assignments, 'FR')).toBe('T2');
    expect(assignedTeacher(assignments, 'AR')).toBe('');
    expect(assignedTeacher(assignments, 'EPS')).toBe('');
  });
});

describe('a slot\'s accessible name', () => {
  it('says the lesson whole', () => {
    const room = roomWords('12', (r) => `salle ${r}`);
    expect(slotName({ subject: 'Mathématiques', className: '1AC-1', day: 'lundi', startsAt: '08:00', endsAt: '09:00', room })).toBe('Mathématiques, 1AC-1, lundi 08:00–09:00, salle 12');
    expect(slotName({ subject: 'SVT', className: '1AC-1', day: 'mardi', startsAt: '10:00', endsAt: '11:00', room: null, extra: ['K. Alami'] }, '، ')).toBe('SVT، 1AC-1، mardi 10:00–11:00، K. Alami');
    expect(roomWords('Labo SVT', (r) => `salle ${r}`)).toBe('Labo SVT');
  });

  it('shows the subject, times and room, and has the class and day heard, so that what is seen is in the name in order', () => {
    const parts = { subject: 'SVT', className: '1AC-1', day: 'lundi', startsAt: '08:00', endsAt: '09:00', room: 'Salle 1', extra: ['K. Alami'] };
    const segments = slotSegments(parts);
    expect(segments.filter((s) => s.shown).map((s) => s.text)).toEqual(['SVT', '08:00–09:00', 'Salle 1', 'K. Alami']);
    expect(segments.map((s) => s.text).join('')).toBe(slotName(parts));
    // One line per shown piece, the heard words after it: a browser's space between lines falls after a separator.
    expect(linesOf([{ text: 'Appel : ', shown: false }, ...segments]).map((l) => `${l.before}${l.shown}${l.after}`).join(' ').replace(/\s+/g, ' ')).toBe(`Appel : ${slotName(parts)}`);
    expect(slotSegments(parts, ', ', true).filter((s) => s.shown).map((s) => s.text)).toEqual(['SVT', '1AC-1', '08:00–09:00', 'Salle 1', 'K. Alami']);
  });
});

describe('dates of the week', () => {
  it('links a lesson to its latest day, today included, never a day to come', () => {
    const wednesday = new Date(2025, 9, 15); // Wednesday 15 October 2025
    expect(lastOccurrence(3, wednesday)).toBe('2025-10-15');
    expect(lastOccurrence(1, wednesday)).toBe('2025-10-13');
    expect(lastOccurrence(5, wednesday)).toBe('2025-10-10');
    expect(lastOccurrence(6, new Date(2025, 9, 19))).toBe('2025-10-18'); // from a Sunday
  });

  it('offers the term before and the same term last year to copy from', () => {
    expect(previousYear('2025-2026')).toBe('2024-2025');
    expect(previousYear('nope')).toBeNull();
    expect(copySources('S2', '2025-2026')).toEqual([
      { key: 'previousTerm', fromTerm: 'S1', fromYear: null },
      { key: 'lastYear', fromTerm: 'S2', fromYear: '2024-2025' },
    ]);
    expect(copySources('S1', '2025-2026')).toEqual([
      { key: 'previousTerm', fromTerm: 'S2', fromYear: '2024-2025' },
      { key: 'lastYear', fromTerm: 'S1', fromYear: '2024-2025' },
    ]);
  });
});
