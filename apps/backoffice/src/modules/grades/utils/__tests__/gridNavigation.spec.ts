import { describe, expect, it } from 'vitest';
import { arrowLeavesInput, nextCell } from '../gridNavigation';

const size = { rows: 45, cols: 6 };

describe('nextCell', () => {
  it('moves one cell with the arrows, left to right in French', () => {
    expect(nextCell({ row: 3, col: 2 }, { key: 'ArrowDown' }, size, 'ltr')).toEqual({ row: 4, col: 2 });
    expect(nextCell({ row: 3, col: 2 }, { key: 'ArrowUp' }, size, 'ltr')).toEqual({ row: 2, col: 2 });
    expect(nextCell({ row: 3, col: 2 }, { key: 'ArrowRight' }, size, 'ltr')).toEqual({ row: 3, col: 3 });
    expect(nextCell({ row: 3, col: 2 }, { key: 'ArrowLeft' }, size, 'ltr')).toEqual({ row: 3, col: 1 });
  });

  it('follows the reading direction in Arabic: → goes to the previous column', () => {
    expect(nextCell({ row: 3, col: 2 }, { key: 'ArrowRight' }, size, 'rtl')).toEqual({ row: 3, col: 1 });
    expect(nextCell({ row: 3, col: 2 }, { key: 'ArrowLeft' }, size, 'rtl')).toEqual({ row: 3, col: 3 });
  });

  it('goes down with Enter and up with Shift+Enter', () => {
    expect(nextCell({ row: 0, col: 5 }, { key: 'Enter' }, size, 'ltr')).toEqual({ row: 1, col: 5 });
    expect(nextCell({ row: 1, col: 5 }, { key: 'Enter', shiftKey: true }, size, 'ltr')).toEqual({ row: 0, col: 5 });
  });

  it('goes across with Tab, wrapping to the next row, and back with Shift+Tab', () => {
    expect(nextCell({ row: 0, col: 4 }, { key: 'Tab' }, size, 'ltr')).toEqual({ row: 0, col: 5 });
    expect(nextCell({ row: 0, col: 5 }, { key: 'Tab' }, size, 'ltr')).toEqual({ row: 1, col: 0 });
    expect(nextCell({ row: 1, col: 0 }, { key: 'Tab', shiftKey: true }, size, 'ltr')).toEqual({ row: 0, col: 5 });
  });

  it('stays put at the edges, and lets Tab leave the grid past its ends', () => {
    expect(nextCell({ row: 0, col: 0 }, { key: 'ArrowUp' }, size, 'ltr')).toBeNull();
    expect(nextCell({ row: 44, col: 0 }, { key: 'Enter' }, size, 'ltr')).toBeNull();
    expect(nextCell({ row: 3, col: 5 }, { key: 'ArrowRight' }, size, 'ltr')).toBeNull();
    expect(nextCell({ row: 44, col: 5 }, { key: 'Tab' }, size, 'ltr')).toBeNull();
    expect(nextCell({ row: 0, col: 0 }, { key: 'Tab', shiftKey: true }, size, 'ltr')).toBeNull();
  });

  it('ignores other keys', () => {
    expect(nextCell({ row: 3, col: 2 }, { key: 'a' }, size, 'ltr')).toBeNull();
  });
});

describe('arrowLeavesInput', () => {
  it('leaves an empty or fully selected cell', () => {
    expect(arrowLeavesInput('ArrowRight', { start: 0, end: 0, length: 0 }, 'ltr')).toBe(true);
    expect(arrowLeavesInput('ArrowLeft', { start: 0, end: 4, length: 4 }, 'ltr')).toBe(true);
  });

  it('moves the caret inside the text first', () => {
    expect(arrowLeavesInput('ArrowRight', { start: 1, end: 1, length: 4 }, 'ltr')).toBe(false);
    expect(arrowLeavesInput('ArrowRight', { start: 4, end: 4, length: 4 }, 'ltr')).toBe(true);
    expect(arrowLeavesInput('ArrowLeft', { start: 0, end: 0, length: 4 }, 'ltr')).toBe(true);
    expect(arrowLeavesInput('ArrowLeft', { start: 4, end: 4, length: 4 }, 'rtl')).toBe(true);
  });
});
