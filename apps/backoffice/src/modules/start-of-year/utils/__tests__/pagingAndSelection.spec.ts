import { describe, expect, it } from 'vitest';
import { isFull, placesLeft } from '../classCapacity';
import { isCodeMassar, normalizeCodeMassar } from '../codeMassar';
import { currentCursor, firstPage, nextPage, pageRange, previousPage } from '../pager';
import { pageState, toggleOne, togglePage } from '../selection';

describe('pages of a connection', () => {
  it('go forward with the end cursor and back without a backward cursor', () => {
    const second = nextPage(firstPage(), 'c25');
    const third = nextPage(second, 'c50');
    expect(currentCursor(third)).toBe('c50');
    expect(currentCursor(previousPage(third))).toBe('c25');
    expect(currentCursor(previousPage(previousPage(third)))).toBeNull();
    expect(previousPage(firstPage())).toEqual(firstPage());
    expect(nextPage(second, null)).toBe(second);
  });

  it('say which rows are shown', () => {
    expect(pageRange(firstPage(), 25, 25)).toEqual({ from: 1, to: 25 });
    expect(pageRange(nextPage(firstPage(), 'c'), 25, 4)).toEqual({ from: 26, to: 29 });
    expect(pageRange(firstPage(), 25, 0)).toEqual({ from: 0, to: 0 });
  });
});

describe('ticked rows', () => {
  it('toggle one by one and a page at once, keeping other pages\' rows', () => {
    const one = toggleOne(new Set(), 'a');
    expect(pageState(one, ['a', 'b'])).toBe('some');
    const page = togglePage(new Set(['z', 'a']), ['a', 'b']);
    expect([...page].sort()).toEqual(['a', 'b', 'z']);
    expect(pageState(page, ['a', 'b'])).toBe('all');
    expect([...togglePage(page, ['a', 'b'])]).toEqual(['z']);
    expect(pageState(toggleOne(one, 'a'), ['a', 'b'])).toBe('none');
  });
});

describe('seats and codes', () => {
  it('count the seats left, never below zero', () => {
    expect(placesLeft(40, 28)).toBe(12);
    expect(placesLeft(40, 41)).toBe(0);
    expect(isFull(40, 40)).toBe(true);
  });

  it('recognise a code Massar as typed', () => {
    expect(isCodeMassar(' j130024519 ')).toBe(true);
    expect(normalizeCodeMassar(' j130024519 ')).toBe('J130024519');
    expect(isCodeMassar('J13002451')).toBe(false);
    expect(isCodeMassar('Bennani')).toBe(false);
  });
});
