import { describe, expect, it } from 'vitest';
import { addWish, moveWish, removeWish, sameWishes } from '../wishList';

describe('moveWish', () => {
  it('swaps a wish with the one above or below', () => {
    expect(moveWish(['SM', 'SEXP', 'ST'], 1, -1)).toEqual(['SEXP', 'SM', 'ST']);
    expect(moveWish(['SM', 'SEXP', 'ST'], 1, 1)).toEqual(['SM', 'ST', 'SEXP']);
  });

  it('leaves the first wish first and the last one last', () => {
    const list = ['SM', 'SEXP'];
    expect(moveWish(list, 0, -1)).toBe(list);
    expect(moveWish(list, 1, 1)).toBe(list);
    expect(moveWish(list, 5, -1)).toBe(list);
  });
});

describe('addWish', () => {
  it('adds a stream as the last choice, once', () => {
    expect(addWish(['SM'], 'ST')).toEqual(['SM', 'ST']);
    expect(addWish(['SM'], 'SM')).toEqual(['SM']);
  });

  it('stops at four wishes, the most the API takes', () => {
    expect(addWish(['A', 'B', 'C', 'D'], 'E')).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('removeWish', () => {
  it('moves the wishes below it up a rank', () => {
    expect(removeWish(['SM', 'SEXP', 'ST'], 'SM')).toEqual(['SEXP', 'ST']);
  });
});

describe('sameWishes', () => {
  it('tells an order changed', () => {
    expect(sameWishes(['SM', 'ST'], ['SM', 'ST'])).toBe(true);
    expect(sameWishes(['SM', 'ST'], ['ST', 'SM'])).toBe(false);
    expect(sameWishes(['SM'], ['SM', 'ST'])).toBe(false);
  });
});
