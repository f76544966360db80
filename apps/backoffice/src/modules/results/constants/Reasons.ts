import { EvaluationErrorReason } from '@massar/client';

/** The API's refusals of a term's lock, publication or reopening that the back office words itself (termActions.reasons.*). */
export const TERM_REASONS: ReadonlySet<string> = new Set<EvaluationErrorReason>([
  EvaluationErrorReason.TERM_NOT_OPEN,
  EvaluationErrorReason.TERM_NOT_LOCKED,
  EvaluationErrorReason.TERM_ALREADY_OPEN,
]);

/** The API's reasons for a refused decision row (council.problem.*). */
export const COUNCIL_ROW_REASONS: readonly EvaluationErrorReason[] = [
  EvaluationErrorReason.NOT_IN_CLASS,
  EvaluationErrorReason.DUPLICATE,
  EvaluationErrorReason.INVALID_CODE,
  EvaluationErrorReason.TOO_LONG,
];

/** Problems a decision row can have that the back office words itself: no decision chosen, then the API's reasons. */
export const COUNCIL_PROBLEMS: ReadonlySet<string> = new Set<string>(['REQUIRED', ...COUNCIL_ROW_REASONS]);
