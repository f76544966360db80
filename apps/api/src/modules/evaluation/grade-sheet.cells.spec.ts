import { describe, expect, it } from 'vitest';
import { Absence, AssessmentKind } from './evaluation.enums.js';
import { assessmentLabel, cellOf, parseGradeCell } from './grade-sheet.cells.js';

describe('grade-sheet cells', () => {
  it('reads marks as numbers or text with a comma or a dot', () => {
    expect(parseGradeCell(12.5)).toEqual({ kind: 'mark', value: 12.5 });
    expect(parseGradeCell(' 12,5 ')).toEqual({ kind: 'mark', value: 12.5 });
    expect(parseGradeCell('12.25')).toEqual({ kind: 'mark', value: 12.25 });
    expect(parseGradeCell({ formula: 'A1/2', result: 7 })).toEqual({ kind: 'mark', value: 7 });
    expect(parseGradeCell({ richText: [{ text: '1' }, { text: '4' }] })).toEqual({ kind: 'mark', value: 14 });
  });

  it('reads Arabic-Indic digits and a trailing separator as the grid does', () => {
    expect(parseGradeCell('١٢٫٥')).toEqual({ kind: 'mark', value: 12.5 });
    expect(parseGradeCell('12,')).toEqual({ kind: 'mark', value: 12 });
  });

  it('reads absences, and an empty cell as no change', () => {
    expect(parseGradeCell('ABS')).toEqual({ kind: 'absent', absence: null });
    expect(parseGradeCell('abs  j')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(parseGradeCell(null)).toEqual({ kind: 'empty' });
    expect(parseGradeCell('  ')).toEqual({ kind: 'empty' });
  });

  it('reads the spellings the grid accepts: "abj" and the Arabic ones', () => {
    expect(parseGradeCell('abj')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(parseGradeCell(' ABJ ')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(parseGradeCell('غم')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(parseGradeCell('غ')).toEqual({ kind: 'absent', absence: null });
    expect(parseGradeCell('absent')).toEqual({ kind: 'absent', absence: null });
    expect(parseGradeCell({ richText: [{ text: 'ab' }, { text: 'j' }] })).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
  });

  it('writes absences in their canonical spelling, which reads back the same', () => {
    expect(cellOf(null, Absence.UNJUSTIFIED)).toBe('abs');
    expect(cellOf(null, Absence.JUSTIFIED)).toBe('abj');
    expect(cellOf(12.5, null)).toBe(12.5);
    expect(parseGradeCell(cellOf(null, Absence.JUSTIFIED))).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
  });

  it('names what is wrong with a cell', () => {
    expect(parseGradeCell(20.5)).toMatchObject({ kind: 'error', reason: 'OUT_OF_RANGE' });
    expect(parseGradeCell('-1')).toMatchObject({ kind: 'error', reason: 'OUT_OF_RANGE' });
    expect(parseGradeCell('20,5')).toMatchObject({ kind: 'error', reason: 'OUT_OF_RANGE', message: 'A mark is between 0 and 20' });
    expect(parseGradeCell('12,125')).toMatchObject({ kind: 'error', reason: 'TOO_PRECISE' });
    expect(parseGradeCell('constructor')).toMatchObject({ kind: 'error', reason: 'NOT_A_NUMBER' });
    expect(parseGradeCell(12.345)).toMatchObject({ kind: 'error', reason: 'TOO_PRECISE' });
    expect(parseGradeCell('douze')).toMatchObject({ kind: 'error', reason: 'NOT_A_NUMBER' });
    expect(parseGradeCell(new Date())).toMatchObject({ kind: 'error', reason: 'NOT_A_NUMBER' });
    expect(parseGradeCell({ error: '#DIV/0!' })).toMatchObject({ kind: 'error', reason: 'NOT_A_NUMBER' });
  });

  it('labels an assessment column by kind, number and date', () => {
    expect(assessmentLabel(AssessmentKind.CONTINUOUS, 1, '2025-10-12')).toBe('Contrôle 1 (12/10/2025)');
  });
});
