import { EvaluationErrorReason, GradeSheetRowReason } from '@massar/client';
import type { GradeTextProblem } from '@massar/rules';

/** The API's reasons for a refused grade row that the grid words itself (grades.problem.*). */
export const GRADE_ROW_REASONS: readonly EvaluationErrorReason[] = [
  EvaluationErrorReason.OUT_OF_RANGE,
  EvaluationErrorReason.TOO_PRECISE,
  EvaluationErrorReason.VALUE_OR_ABSENCE,
  EvaluationErrorReason.NOT_IN_CLASS,
  EvaluationErrorReason.DUPLICATE,
  EvaluationErrorReason.INVALID_CODE,
];

/** What the grid finds wrong before sending: a grade that reads as none (@massar/rules), a cleared grade. */
export const TYPING_PROBLEMS: readonly (GradeTextProblem | 'REQUIRED')[] = ['FORMAT', 'REQUIRED'];

/** Problems a cell can have that the back-office words itself (typing, then the API's reasons). */
export const KNOWN_PROBLEMS: ReadonlySet<string> = new Set<string>([...TYPING_PROBLEMS, ...GRADE_ROW_REASONS]);

/** The API's reasons for a refused new assessment (grades.create.reasons.*). */
export const ASSESSMENT_REASONS: ReadonlySet<string> = new Set<EvaluationErrorReason>([
  EvaluationErrorReason.KIND_NOT_IN_LEVEL,
  EvaluationErrorReason.OUTSIDE_TERM,
]);

/** Every reason a grade sheet's row can be refused for (sheet.reasons.*). */
export const SHEET_ROW_REASONS: ReadonlySet<string> = new Set<GradeSheetRowReason>(Object.values(GradeSheetRowReason));
