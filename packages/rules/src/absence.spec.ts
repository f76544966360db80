import { describe, expect, it } from 'vitest';
import { ABSENCE_ALIASES, ABSENCE_SPELLING, absenceKindOf, readAbsence } from './absence.js';

describe('absences', () => {
  it('writes "abs" for an unjustified absence and "abj" for a justified one', () => {
    expect(ABSENCE_SPELLING).toEqual({ UNJUSTIFIED: 'abs', JUSTIFIED: 'abj' });
    expect(readAbsence(ABSENCE_SPELLING.UNJUSTIFIED)).toBe('UNJUSTIFIED');
    expect(readAbsence(ABSENCE_SPELLING.JUSTIFIED)).toBe('JUSTIFIED');
  });

  it.each(['abs', 'ABS', ' Abs ', 'absent', 'ABSENT', 'غ', ' غ '])('reads %j as unjustified', (text) => {
    expect(readAbsence(text)).toBe('UNJUSTIFIED');
  });

  it.each(['abj', 'ABJ', 'abs j', 'ABS J', 'abs  j', 'absj', 'AbsJ', 'غم', 'غ م'])('reads %j as justified', (text) => {
    expect(readAbsence(text)).toBe('JUSTIFIED');
  });

  it.each(['', 'a', 'ab', 'abx', 'absents', 'justified', '12', 'constructor', '__proto__', 'toString'])('reads %j as no absence', (text) => {
    expect(readAbsence(text)).toBeNull();
  });

  it('reads every alias it lists as the absence it lists', () => {
    for (const { spelling, absence } of ABSENCE_ALIASES) expect(readAbsence(spelling)).toBe(absence);
  });

  it('counts an absence as justified only once its justification is accepted', () => {
    expect(absenceKindOf('ACCEPTED')).toBe('JUSTIFIED');
    expect(absenceKindOf('PENDING')).toBe('UNJUSTIFIED');
    expect(absenceKindOf('REFUSED')).toBe('UNJUSTIFIED');
    expect(absenceKindOf(null)).toBe('UNJUSTIFIED');
  });
});
