import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { rowProblems, serverErrorReason } from '../gradeRowProblems';

const combined = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Row 2 (J130024519): A mark is between 0 and 20', extensions }] });

describe('rowProblems', () => {
  it('reads every listed row of a BAD_USER_INPUT', () => {
    const error = combined({
      code: 'BAD_USER_INPUT',
      field: 'value',
      reason: 'OUT_OF_RANGE',
      index: 1,
      codeMassar: 'J130024519',
      rows: [
        { index: 1, codeMassar: 'J130024519', field: 'value', reason: 'OUT_OF_RANGE' },
        { index: 3, codeMassar: 'J130024520', field: 'codeMassar', reason: 'NOT_IN_CLASS' },
      ],
    });
    expect(rowProblems(error)).toEqual([
      { index: 1, codeMassar: 'J130024519', field: 'value', reason: 'OUT_OF_RANGE' },
      { index: 3, codeMassar: 'J130024520', field: 'codeMassar', reason: 'NOT_IN_CLASS' },
    ]);
    expect(serverErrorReason(error)).toBe('OUT_OF_RANGE');
  });

  it('falls back on the single row named by index', () => {
    const error = combined({ code: 'BAD_USER_INPUT', field: 'value', reason: 'TOO_PRECISE', index: 0, codeMassar: 'A1' });
    expect(rowProblems(error)).toEqual([{ index: 0, codeMassar: 'A1', field: 'value', reason: 'TOO_PRECISE' }]);
  });

  it('keeps the assessment a batch row belongs to', () => {
    const error = combined({
      code: 'BAD_USER_INPUT',
      reason: 'OUT_OF_RANGE',
      assessmentIndex: 2,
      assessmentId: 'QXNzZXNzbWVudDo5',
      index: 1,
      rows: [{ assessmentIndex: 2, assessmentId: 'QXNzZXNzbWVudDo5', index: 1, codeMassar: 'J130024519', field: 'value', reason: 'OUT_OF_RANGE' }],
    });
    expect(rowProblems(error)).toEqual([
      { assessmentIndex: 2, assessmentId: 'QXNzZXNzbWVudDo5', index: 1, codeMassar: 'J130024519', field: 'value', reason: 'OUT_OF_RANGE' },
    ]);
  });

  it('names no row for other errors', () => {
    expect(rowProblems(combined({ code: 'GRADES_LOCKED', reason: 'LOCKED' }))).toEqual([]);
    expect(rowProblems(new Error('network'))).toEqual([]);
    expect(serverErrorReason(new Error('network'))).toBeNull();
  });
});
