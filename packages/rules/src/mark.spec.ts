import { describe, expect, it } from 'vitest';
import { markValueProblem, roundMark } from './mark.js';

describe('mark values', () => {
  it.each([0, 20, 12.5, 12.25, 12.35, 0.01, 19.99])('accepts %d', (value) => {
    expect(markValueProblem(value)).toBeNull();
  });

  it.each([-0.01, 20.01, 21, -1, NaN, Infinity, -Infinity])('refuses %d as out of range', (value) => {
    expect(markValueProblem(value)).toBe('OUT_OF_RANGE');
  });

  it('refuses more than two decimals, but not the float noise of two', () => {
    expect(markValueProblem(12.345)).toBe('TOO_PRECISE');
    expect(markValueProblem(12.001)).toBe('TOO_PRECISE');
    expect(markValueProblem(0.1 + 0.2)).toBeNull();
    expect(markValueProblem(1.005 * 10)).toBeNull();
  });

  it('rounds a valid mark to its hundredths, without -0', () => {
    expect(roundMark(0.1 + 0.2)).toBe(0.3);
    expect(roundMark(12.349999999)).toBe(12.35);
    expect(Object.is(roundMark(-0), 0)).toBe(true);
  });
});
