import { describe, expect, it } from 'vitest';
import { refusedCells } from '../batchProblems';

describe('refusedCells', () => {
  const sent = [
    { assessmentId: 'a1', rows: [{ studentId: 's1', codeMassar: 'J100000001', value: 10, absence: null }] },
    {
      assessmentId: 'a3',
      rows: [
        { studentId: 's2', codeMassar: 'J100000002', value: 12, absence: null },
        { studentId: 's3', codeMassar: 'J100000003', value: 21, absence: null },
      ],
    },
  ];

  it('puts each bad row of a batch back on its cell: the assessment by position, the pupil by row', () => {
    expect(
      refusedCells(sent, [
        { assessmentIndex: 1, assessmentId: 'a3', index: 1, codeMassar: 'J100000003', field: 'value', reason: 'OUT_OF_RANGE' },
        { assessmentIndex: 0, assessmentId: 'a1', index: 0, codeMassar: 'J100000001', field: 'codeMassar', reason: 'NOT_IN_CLASS' },
      ]),
    ).toEqual([
      { assessmentId: 'a1', problems: [{ studentId: 's1', reason: 'NOT_IN_CLASS' }] },
      { assessmentId: 'a3', problems: [{ studentId: 's3', reason: 'OUT_OF_RANGE' }] },
    ]);
  });

  it('falls back on the assessment id, and drops problems that name no cell sent', () => {
    expect(
      refusedCells(sent, [
        { assessmentId: 'a3', index: 0, codeMassar: 'J100000002', field: 'value', reason: 'TOO_PRECISE' },
        { assessmentIndex: 5, index: 0, codeMassar: 'X', field: 'value', reason: 'OUT_OF_RANGE' },
        { assessmentIndex: 0, index: 4, codeMassar: 'X', field: 'value', reason: 'OUT_OF_RANGE' },
        { index: 0, codeMassar: 'X', field: 'value', reason: 'OUT_OF_RANGE' },
      ]),
    ).toEqual([{ assessmentId: 'a3', problems: [{ studentId: 's2', reason: 'TOO_PRECISE' }] }]);
  });
});
