import type { Direction } from '@massar/ui';

export interface CellPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export interface NavigationKey {
  key: string;
  shiftKey?: boolean;
}

/**
 * Where focus goes from a cell when a key is pressed, like a spreadsheet: arrows move one cell
 * (left and right follow the reading direction, so → goes to the previous column in Arabic);
 * Enter goes down (Shift+Enter up); Tab goes to the next cell, wrapping to the next row (Shift+Tab
 * back). Null: the key does not move within the grid (an edge, or another key) and the browser
 * keeps its own behaviour (Tab past the last cell leaves the grid).
 */
export function nextCell(from: CellPosition, input: NavigationKey, size: GridSize, direction: Direction): CellPosition | null {
  const { rows, cols } = size;
  const forward = direction === 'rtl' ? -1 : 1;
  let row = from.row;
  let col = from.col;
  switch (input.key) {
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowDown':
      row += 1;
      break;
    case 'ArrowRight':
      col += forward;
      break;
    case 'ArrowLeft':
      col -= forward;
      break;
    case 'Enter':
      row += input.shiftKey ? -1 : 1;
      break;
    case 'Tab': {
      const index = from.row * cols + from.col + (input.shiftKey ? -1 : 1);
      if (index < 0 || index >= rows * cols) return null;
      return { row: Math.floor(index / cols), col: index % cols };
    }
    default:
      return null;
  }
  if (row < 0 || row >= rows || col < 0 || col >= cols) return null;
  return { row, col };
}

/**
 * Whether ← / → should leave an input rather than move its caret: when the caret already sits at
 * that end of the text, or the whole text is selected (as it is on arriving in a cell).
 */
export function arrowLeavesInput(key: 'ArrowLeft' | 'ArrowRight', caret: { start: number; end: number; length: number }, direction: Direction): boolean {
  if (caret.length === 0 || (caret.start === 0 && caret.end === caret.length)) return true;
  if (caret.start !== caret.end) return false;
  // In a right-to-left field, → moves the caret toward the start of the text.
  const towardEnd = (key === 'ArrowRight') === (direction === 'ltr');
  return towardEnd ? caret.end === caret.length : caret.start === 0;
}
