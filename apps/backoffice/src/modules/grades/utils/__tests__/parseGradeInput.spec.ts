import { describe, expect, it } from 'vitest';
import { gradeToInput, parseGradeInput, sameGrade } from '../parseGradeInput';

describe('parseGradeInput', () => {
  it('reads a decimal comma and a decimal point alike', () => {
    expect(parseGradeInput('12,5')).toEqual({ kind: 'mark', value: 12.5 });
    expect(parseGradeInput('12.5')).toEqual({ kind: 'mark', value: 12.5 });
    expect(parseGradeInput(' 14,25 ')).toEqual({ kind: 'mark', value: 14.25 });
  });

  it('accepts whole marks, the bounds and a separator still being typed', () => {
    expect(parseGradeInput('0')).toEqual({ kind: 'mark', value: 0 });
    expect(parseGradeInput('20')).toEqual({ kind: 'mark', value: 20 });
    expect(parseGradeInput('12,')).toEqual({ kind: 'mark', value: 12 });
  });

  it('reads Arabic-Indic digits and the Arabic decimal separator', () => {
    expect(parseGradeInput('١٢٫٥')).toEqual({ kind: 'mark', value: 12.5 });
  });

  it('marks a pupil absent with "abs", justified with "abj", in any case', () => {
    expect(parseGradeInput('abs')).toEqual({ kind: 'absent', absence: 'UNJUSTIFIED' });
    expect(parseGradeInput('ABS')).toEqual({ kind: 'absent', absence: 'UNJUSTIFIED' });
    expect(parseGradeInput('abj')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(parseGradeInput('غ')).toEqual({ kind: 'absent', absence: 'UNJUSTIFIED' });
  });

  it('accepts the spellings the spreadsheet accepts: "abs j", "absent", غم', () => {
    expect(parseGradeInput('abs j')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(parseGradeInput('ABS  J')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(parseGradeInput('absent')).toEqual({ kind: 'absent', absence: 'UNJUSTIFIED' });
    expect(parseGradeInput('غم')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
  });

  it('reads a word that names an object property as no grade', () => {
    expect(parseGradeInput('constructor')).toEqual({ kind: 'invalid', problem: 'FORMAT' });
    expect(parseGradeInput('__proto__')).toEqual({ kind: 'invalid', problem: 'FORMAT' });
  });

  it('refuses marks outside 0–20', () => {
    expect(parseGradeInput('20,25')).toEqual({ kind: 'invalid', problem: 'OUT_OF_RANGE' });
    expect(parseGradeInput('21')).toEqual({ kind: 'invalid', problem: 'OUT_OF_RANGE' });
    expect(parseGradeInput('-1')).toEqual({ kind: 'invalid', problem: 'OUT_OF_RANGE' });
  });

  it('refuses more than two decimals and text that is not a grade', () => {
    expect(parseGradeInput('12,125')).toEqual({ kind: 'invalid', problem: 'TOO_PRECISE' });
    expect(parseGradeInput('12,5,1')).toEqual({ kind: 'invalid', problem: 'FORMAT' });
    expect(parseGradeInput('douze')).toEqual({ kind: 'invalid', problem: 'FORMAT' });
    expect(parseGradeInput(',5')).toEqual({ kind: 'invalid', problem: 'FORMAT' });
  });

  it('reads an empty cell as empty', () => {
    expect(parseGradeInput('  ')).toEqual({ kind: 'empty' });
  });
});

describe('gradeToInput', () => {
  it('writes a recorded grade so that it reads back the same', () => {
    expect(gradeToInput({ value: 12.5, absence: null }, ',')).toBe('12,5');
    expect(gradeToInput({ value: 9, absence: null }, '.')).toBe('9');
    expect(gradeToInput({ value: null, absence: 'UNJUSTIFIED' }, ',')).toBe('abs');
    expect(gradeToInput({ value: null, absence: 'JUSTIFIED' }, ',')).toBe('abj');
    expect(gradeToInput(undefined, ',')).toBe('');
  });
});

describe('sameGrade', () => {
  it('compares what is recorded, not how it is typed', () => {
    expect(sameGrade(parseGradeInput('12,50'), parseGradeInput('12.5'))).toBe(true);
    expect(sameGrade(parseGradeInput('abs'), parseGradeInput('ABS'))).toBe(true);
    expect(sameGrade(parseGradeInput('abs'), parseGradeInput('abj'))).toBe(false);
    expect(sameGrade(parseGradeInput(''), parseGradeInput(''))).toBe(true);
    expect(sameGrade(parseGradeInput('12'), parseGradeInput('13'))).toBe(false);
  });
});
