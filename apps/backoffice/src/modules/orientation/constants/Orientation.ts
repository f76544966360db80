import { EnrolmentErrorReason } from '@massar/client';

/** The levels whose pupils state stream wishes for next year (the API's rule). */
export const ORIENTATION_LEVELS: ReadonlySet<string> = new Set(['3AC', 'TC', '1BAC']);

/** The level after each one, in the order of the cycles (2BAC and 6AP end theirs here: next school or graduation). */
export const NEXT_LEVEL: Readonly<Record<string, string>> = {
  '1AP': '2AP', '2AP': '3AP', '3AP': '4AP', '4AP': '5AP', '5AP': '6AP', '6AP': '1AC',
  '1AC': '2AC', '2AC': '3AC', '3AC': 'TC', TC: '1BAC', '1BAC': '2BAC',
};

/** The API's refusals of a decision's stream (and the screen's own STREAM_REQUIRED), worded as council.streamProblem.*. */
export const STREAM_PROBLEMS: ReadonlySet<string> = new Set<string>([
  EnrolmentErrorReason.STREAM_REQUIRED,
  EnrolmentErrorReason.INVALID_STREAM,
  EnrolmentErrorReason.STREAM_NOT_ALLOWED,
]);

/** The API's refusals of an orientation deadline (orientation.reasons.*). */
export const DEADLINE_REASONS: ReadonlySet<string> = new Set<string>([EnrolmentErrorReason.DEADLINE_OUTSIDE_YEAR]);
