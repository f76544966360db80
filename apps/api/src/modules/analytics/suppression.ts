import { Figure } from './analytics.types.js';

// Small-cell suppression (issue 12, "Privacy"). A figure is suppressed when a count of pupils it
// is computed from — its denominator, and its numerator when that counts pupils — is between 1
// and the threshold minus one: a figure about 1 to 9 pupils points at them. Zero is not
// suppressed (no pupil is behind it). In a breakdown, whose rows add up to the slice's total, a
// lone suppressed row could be recovered by subtraction; so the row with the next-smallest count
// is suppressed too (complementary suppression).

const make = (value: number | null, count: number | null, suppressed: boolean) => Object.assign(new Figure(), { value, count, suppressed });

export const notAvailable = (): Figure => make(null, null, false);

/** A figure hidden: no value, no count. */
export const suppressedFigure = (): Figure => make(null, null, true);

/** A figure over `counts` (the denominator first): suppressed when one is in [1, threshold). */
export function figure(value: number | null, counts: number[], threshold: number): Figure {
  if (counts.some((n) => n > 0 && n < threshold)) return make(null, null, true);
  return make(value, counts[0] ?? null, false);
}

/** A count of pupils: the count is the value. */
export const countFigure = (n: number, threshold: number) => figure(n, [n], threshold);

/** A rate over a denominator of pupils: not available when there is none. */
export function rateFigure(numerator: number, denominator: number, counts: number[], threshold: number, digits = 4): Figure {
  if (denominator <= 0) return make(null, 0, false);
  const f = figure(round(numerator / denominator, digits), counts, threshold);
  return f;
}

/** Repeats `step` until it hides nothing more among `figures()`: each round can only hide, so it ends. */
export function untilNothingMoreHidden(figures: () => Figure[], step: () => void): void {
  const hidden = () => figures().filter((f) => f.suppressed).length;
  for (let before = -1; before !== hidden();) {
    before = hidden();
    step();
  }
}

export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Complementary suppression over figures that add up to a shown total (a breakdown's rows for one
 * indicator, a distribution's bins): while fewer than two are suppressed, or the suppressed ones
 * add up to fewer than `threshold` pupils (the total minus the shown ones gives that sum), the
 * unsuppressed one with the smallest non-zero count is suppressed too. `sizes` gives each
 * figure's count before suppression (the pupils behind it), so that the smallest can be chosen.
 * False when the hidden ones cannot be protected (nothing left to hide with them): the caller
 * then hides their total.
 */
export function complementary(figures: Figure[], sizes: number[], threshold: number): boolean {
  for (;;) {
    const hidden = figures.flatMap((f, i) => (f.suppressed ? [sizes[i]] : []));
    if (!hidden.length || (hidden.length >= 2 && hidden.reduce((a, b) => a + b, 0) >= threshold)) return true;
    let pick = -1;
    figures.forEach((f, i) => {
      if (f.suppressed || f.value === null || sizes[i] <= 0) return;
      if (pick < 0 || sizes[i] < sizes[pick]) pick = i;
    });
    if (pick < 0) return hidden.every((n) => n <= 0);
    Object.assign(figures[pick], { value: null, count: null, suppressed: true });
  }
}
