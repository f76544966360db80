import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from '../sortRows';

const rows = [
  { name: 'Souss-Massa', value: 12 as number | null },
  { name: 'Béni Mellal-Khénifra', value: null },
  { name: 'Casablanca-Settat', value: 40 },
  { name: 'Oriental', value: 12 },
  { name: 'Drâa-Tafilalet', value: 3 },
];

describe('sorting a table', () => {
  it('sorts figures both ways, keeps ties in their order and suppressed rows last', () => {
    const up = sortRows(rows, (r) => r.value, 'ascending', 'fr').map((r) => r.name);
    expect(up).toEqual(['Drâa-Tafilalet', 'Souss-Massa', 'Oriental', 'Casablanca-Settat', 'Béni Mellal-Khénifra']);
    const down = sortRows(rows, (r) => r.value, 'descending', 'fr').map((r) => r.name);
    expect(down).toEqual(['Casablanca-Settat', 'Souss-Massa', 'Oriental', 'Drâa-Tafilalet', 'Béni Mellal-Khénifra']);
  });

  it('sorts names per locale, accents aside', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending', 'fr').map((r) => r.name)).toEqual([
      'Béni Mellal-Khénifra', 'Casablanca-Settat', 'Drâa-Tafilalet', 'Oriental', 'Souss-Massa',
    ]);
    expect(sortRows(['ب', 'أ', 'ت'], (r) => r, 'ascending', 'ar')).toEqual(['أ', 'ب', 'ت']);
  });

  it('does not change the rows it is given', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.value, 'descending', 'en');
    expect(rows).toEqual(copy);
  });

  it('flips the same column and starts figures from the largest', () => {
    expect(nextSort(null, 'value', true)).toEqual({ key: 'value', direction: 'descending' });
    expect(nextSort(null, 'name', false)).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name', false)).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'value', true)).toEqual({ key: 'value', direction: 'descending' });
  });
});
