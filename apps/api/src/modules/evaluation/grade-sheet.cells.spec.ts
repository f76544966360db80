import { describe, expect, it } from 'vitest';
import { AssessmentKind } from './evaluation.enums.js';
import { assessmentLabel, parseGradeCell } from './grade-sheet.cells.js';

describe('grade-sheet cells', () => {
  it('reads marks as numbers or text with a comma or a dot', () => {
    expect(parseGradeCell(12.5)).toEqual({ kind: 'mark', value: 12.5 });
    expect(parseGradeCell(' 12,5 ')).toEqual({ kind: 'mark', value: 12.5 });
    expect(parseGradeCell('12.25')).toEqual({ kind: 'mark', value: 12.25 });
    expect(parseGradeCell({ formula: 'A1/2', result: 7 })).toEqual({ kind: 'mark', value: 7 });
    expect(parseGradeCell({ richText: [{ text: '1' }, { text: '4' }] })).toEqual({ kind: 'mark', value: 14 });
  });

  it('reads absences, and an empty cell as no change', () => {
    expect(parseGradeCell('ABS')).toEqual({ kind: 'absent', absence: null });
    expect(parseGradeCell('abs  j')).toEqual({ kind: 'absent', absence: 'JUSTIFIED' });
    expect(parseGradeCell(null)).toEqual({ kind: 'empty' });
    expect(parseGradeCell('  ')).toEqual({ kind: 'empty' });
  });

  it('names what is wrong with a cell', () => {
    expect(parseGradeCell(20.5)).toMatchObject({ kind: 'error', reason: 'OUT_OF_RANGE' });
    expect(parseGradeCell('-1')).toMatchObject({ kind: 'error', reason: 'NOT_A_NUMBER' });
    expect(parseGradeCell(12.345)).toMatchObject({ kind: 'error', reason: 'TOO_PRECISE' });
    expect(parseGradeCell('douze')).toMatchObject({ kind: 'error', reason: 'NOT_A_NUMBER' });
    expect(parseGradeCell(new Date())).toMatchObject({ kind: 'error', reason: 'NOT_A_NUMBER' });
    expect(parseGradeCell({ error: '#DIV/0!' })).toMatchObject({ kind: 'error', reason: 'NOT_A_NUMBER' });
  });

  it('labels an assessment column by kind, number and date', () => {
    expect(assessmentLabel(AssessmentKind.CONTINUOUS, 1, '2025-10-12')).toBe('Contrôle 1 (12/10/2025)');
  });
});
