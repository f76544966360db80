import { describe, expect, it } from 'vitest';
import { currentTerm } from '../currentTerm';

describe('currentTerm', () => {
  it('is S1 from September to January', () => {
    expect(currentTerm(new Date(2026, 8, 1))).toBe('S1');
    expect(currentTerm(new Date(2026, 11, 20))).toBe('S1');
    expect(currentTerm(new Date(2027, 0, 31))).toBe('S1');
  });

  it('is S2 from February to the summer', () => {
    expect(currentTerm(new Date(2027, 1, 1))).toBe('S2');
    expect(currentTerm(new Date(2027, 5, 30))).toBe('S2');
  });
});
