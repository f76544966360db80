import { describe, expect, it } from 'vitest';
import { generalAverage, mean, ranks, subjectAverage } from './averages.js';
import { Absence } from './evaluation.enums.js';

const mark = (value: number | null, absence: Absence | null = null, label = 'CONTINUOUS') => ({ label, value, absence });

describe('subject average', () => {
  it('is the mean of the marks, a justified absence left out: (12 + 15 + 9.5) / 3 = 12.17', () => {
    const { average, derivation } = subjectAverage([mark(12), mark(15), mark(null, Absence.JUSTIFIED), mark(9.5)], { unjustifiedAbsence: 'ZERO' });
    expect(average).toBe(12.17);
    expect(derivation.map((d) => d.weight)).toEqual([1, 1, 0, 1]);
  });

  it('counts an unjustified absence as 0 only when the policy says so', () => {
    const marks = [mark(12), mark(15), mark(null, Absence.UNJUSTIFIED)];
    expect(subjectAverage(marks, { unjustifiedAbsence: 'ZERO' }).average).toBe(9); // (12 + 15 + 0) / 3
    expect(subjectAverage(marks, { unjustifiedAbsence: 'EXCLUDE' }).average).toBe(13.5); // (12 + 15) / 2
  });

  it('is null with no mark at all', () => {
    expect(subjectAverage([], { unjustifiedAbsence: 'ZERO' }).average).toBeNull();
    expect(subjectAverage([mark(null, Absence.JUSTIFIED)], { unjustifiedAbsence: 'ZERO' }).average).toBeNull();
  });
});

describe('general average', () => {
  it('weights subject averages by coefficient: (5×12.17 + 5×10 + 1×16) / 11 = 11.53', () => {
    const { average, derivation } = generalAverage([
      { label: 'MATH', average: 12.17, coefficient: 5 },
      { label: 'FR', average: 10, coefficient: 5 },
      { label: 'EN', average: 16, coefficient: 1 },
      { label: 'PC', average: null, coefficient: 2 }, // no mark yet: out of both sums
    ]);
    expect(average).toBe(11.53);
    expect(derivation).toEqual([
      { label: 'MATH', value: 12.17, weight: 5 },
      { label: 'FR', value: 10, weight: 5 },
      { label: 'EN', value: 16, weight: 1 },
      { label: 'PC', value: null, weight: 0 },
    ]);
  });
});

describe('rank and class average', () => {
  it('gives equal averages the same rank and skips the next (1, 1, 3)', () => {
    expect(ranks([14, 12.5, 14, null, 9])).toEqual([1, 3, 1, null, 4]);
  });

  it('averages the pupils who have an average: (14 + 12.5 + 14 + 9) / 4 = 12.38', () => {
    expect(mean([14, 12.5, 14, null, 9])).toBe(12.38);
  });
});
