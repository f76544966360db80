import { describe, expect, it } from 'vitest';
import { averageBands, passRate } from '../averageBands';

describe('averageBands', () => {
  it('counts averages in the six bands, each holding its lower limit', () => {
    const bands = averageBands([0, 4.99, 5, 9.99, 10, 11.5, 12, 14, 15.99, 16, 20]);
    expect(bands.map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 5, 2],
      [5, 10, 2],
      [10, 12, 2],
      [12, 14, 1],
      [14, 16, 2],
      [16, 20, 2],
    ]);
  });

  it('leaves out pupils without an average', () => {
    expect(averageBands([null, undefined, 12]).reduce((sum, b) => sum + b.count, 0)).toBe(1);
  });

  it('has six empty bands for an empty class', () => {
    expect(averageBands([]).every((b) => b.count === 0)).toBe(true);
  });
});

describe('passRate', () => {
  it('is the share of averages of 10 or more', () => {
    expect(passRate([9.99, 10, 15, null])).toBeCloseTo(2 / 3);
    expect(passRate([null])).toBeNull();
  });
});
