import { describe, expect, it } from 'vitest';
import { nextLevel } from '../nextLevel';

const LEVELS = [
  { code: '2AC', streams: [] },
  { code: '3AC', streams: [] },
  { code: 'TC', streams: ['TC_LSH', 'TC_SCI'] },
  { code: '1BAC', streams: ['LSH', 'SEXP', 'SM'] },
  { code: '2BAC', streams: ['PC', 'SVT'] },
];

describe('nextLevel', () => {
  it('is the level that follows, whose streams are the choices', () => {
    expect(nextLevel(LEVELS, '3AC')?.streams).toEqual(['TC_LSH', 'TC_SCI']);
    expect(nextLevel(LEVELS, 'TC')?.code).toBe('1BAC');
    expect(nextLevel(LEVELS, '1BAC')?.streams).toEqual(['PC', 'SVT']);
  });

  it('is null after the last level, for an unknown level or without one', () => {
    expect(nextLevel(LEVELS, '2BAC')).toBeNull();
    expect(nextLevel(LEVELS, 'XX')).toBeNull();
    expect(nextLevel(LEVELS, null)).toBeNull();
  });
});
