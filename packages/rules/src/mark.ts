/** A mark is out of 20, from 0 to 20 inclusive, with at most two decimals. */
export const MARK_MIN = 0;
export const MARK_MAX = 20;
export const MARK_DECIMALS = 2;

/** Why a number is not a mark. */
export type MarkProblem = 'OUT_OF_RANGE' | 'TOO_PRECISE';

/** The English wording of each problem (the apps translate by problem code). */
export const MARK_PROBLEM_MESSAGES: Readonly<Record<MarkProblem, string>> = {
  OUT_OF_RANGE: `A mark is between ${MARK_MIN} and ${MARK_MAX}`,
  TOO_PRECISE: `A mark has at most ${MARK_DECIMALS} decimals`,
};

const SCALE = 10 ** MARK_DECIMALS;
// A spreadsheet's 12.35 is a binary 12.3499999…: a hundredth within this is a hundredth.
const FLOAT_NOISE = 1e-6;

/** What is wrong with a number as a mark, or null. */
export function markValueProblem(value: number): MarkProblem | null {
  if (!Number.isFinite(value) || value < MARK_MIN || value > MARK_MAX) return 'OUT_OF_RANGE';
  if (Math.abs(value * SCALE - Math.round(value * SCALE)) > FLOAT_NOISE) return 'TOO_PRECISE';
  return null;
}

/** A valid mark rid of float noise (12.3499999… → 12.35) and of -0. */
export function roundMark(value: number): number {
  return Math.round(value * SCALE) / SCALE + 0;
}
