import { describe, expect, it } from 'vitest';
import { gradeToText, readGradeText } from './grade-text.js';

describe('readGradeText', () => {
  it('reads a decimal comma, a decimal point and Arabic-Indic digits alike', () => {
    expect(readGradeText('12,5')).toEqual({ kind: 'mark', value: 12.5 });
    expect(readGradeText(' 12.5 ')).toEqual({ kind: 'mark', value: 12.5 });
    expect(readGradeText('١٢٫٥')).toEqual({ kind: 'mark', value: 12.5 });
    expect(readGradeText('١٤,٢٥')).toEqual({ kind: 'mark', value: 14.25 });
  });

  it('accepts the bounds, whole marks, trailing zeros and a separator still being typed', () => {
    expect(readGradeText('0')).toEqual({ kind: 'mark', value: 0 });
    expect(readGradeText('20')).toEqual({ kind: 'mark', value: 20 });
    expect(readGradeText('12,')).toEqual({ kind: 'mark', value: 12 });
    expect(readGradeText('12,500')).toEqual({ kind: 'mark', value: 12.5 });
    expect(readGradeText('-0')).toEqual({ kind: 'mark', value: 0 });
  });

  it('reads absences with every accepted spelling', () => {
    expect(readGradeText('ABS')).toEqual({ kind: 'absent', absence: 'UNJUSTIFIED' });
    expect(readGradeText('abj')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(readGradeText('abs  j')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(readGradeText('غم')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
  });

  it('names what is wrong', () => {
    expect(readGradeText('20,25')).toEqual({ kind: 'invalid', problem: 'OUT_OF_RANGE' });
    expect(readGradeText('-1')).toEqual({ kind: 'invalid', problem: 'OUT_OF_RANGE' });
    expect(readGradeText('99999999999999999999999')).toEqual({ kind: 'invalid', problem: 'OUT_OF_RANGE' });
    expect(readGradeText('12,125')).toEqual({ kind: 'invalid', problem: 'TOO_PRECISE' });
    expect(readGradeText('12.3400000001')).toEqual({ kind: 'invalid', problem: 'TOO_PRECISE' });
    for (const text of ['douze', '12,5,1', ',5', '-', '1 2', '+12', '1e1', 'constructor']) {
      expect(readGradeText(text)).toEqual({ kind: 'invalid', problem: 'FORMAT' });
    }
  });

  it('reads only spaces as empty', () => {
    expect(readGradeText('')).toEqual({ kind: 'empty' });
    expect(readGradeText(' \t ')).toEqual({ kind: 'empty' });
  });
});

describe('gradeToText', () => {
  it('writes a recorded grade so that it reads back the same, absences in their canonical spelling', () => {
    expect(gradeToText({ value: 12.5, absence: null }, ',')).toBe('12,5');
    expect(gradeToText({ value: 9 })).toBe('9');
    expect(gradeToText({ value: null, absence: 'UNJUSTIFIED' })).toBe('abs');
    expect(gradeToText({ value: null, absence: 'JUSTIFIED' })).toBe('abj');
    expect(gradeToText({})).toBe('');
    for (const grade of [{ value: 12.25 }, { absence: 'JUSTIFIED' as const }, { absence: 'UNJUSTIFIED' as const }]) {
      const back = readGradeText(gradeToText(grade, ','));
      expect(back).toEqual(grade.absence ? { kind: 'absent', absence: grade.absence } : { kind: 'mark', value: grade.value });
    }
  });
});
