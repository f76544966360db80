import { describe, expect, it } from 'vitest';
import { Term, TermStatus } from './evaluation.enums.js';
import { EvaluationErrorReason, gradesLocked } from './evaluation.errors.js';
import { GradeSheetFileError, GradeSheetRowReason } from './grade-sheet.types.js';
import { markProblem } from './grade.service.js';

// Reasons that evaluation gives through other enums (no literal for error-reasons.spec.ts to see).
const reasons = new Set<string>(Object.values(EvaluationErrorReason));

describe('EvaluationErrorReason', () => {
  it('holds every reason of a refused grade sheet (importGradeSheet throws them)', () => {
    expect([...Object.values(GradeSheetFileError), ...Object.values(GradeSheetRowReason)].filter((r) => !reasons.has(r))).toEqual([]);
  });

  it('holds the problems of a mark (the rule of @massar/rules names them)', () => {
    expect([markProblem(21)?.reason, markProblem(-1)?.reason, markProblem(12.345)?.reason].filter((r) => !reasons.has(r!))).toEqual([]);
  });

  it('gives the term status as the reason of GRADES_LOCKED', () => {
    expect(gradesLocked(Term.S1, TermStatus.LOCKED).details.reason).toBe(EvaluationErrorReason.LOCKED);
    expect(gradesLocked(Term.S1, TermStatus.PUBLISHED).details.reason).toBe(EvaluationErrorReason.PUBLISHED);
  });
});
