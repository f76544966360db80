export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string = string> {
  key: K;
  direction: SortDirection;
}

/** A sort key's value: numbers compare as numbers, strings per locale; null (suppressed, not available) always last. */
export type SortValue = number | string | null;

function compareValues(a: SortValue, b: SortValue, locale: string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), locale, { numeric: true, sensitivity: 'base' });
}

/**
 * The rows sorted by one key, stable; rows without a value stay at the end in both directions, so
 * a suppressed figure is never read as the smallest or the largest.
 */
export function sortRows<T>(rows: readonly T[], valueOf: (row: T) => SortValue, direction: SortDirection, locale: string): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      return sign * compareValues(a.value, b.value, locale) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** The next sort after a click on a column header: the same column flips, another starts ascending (names) or descending (figures). */
export function nextSort<K extends string>(current: SortState<K> | null, key: K, numeric: boolean): SortState<K> {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: numeric ? 'descending' : 'ascending' };
}
