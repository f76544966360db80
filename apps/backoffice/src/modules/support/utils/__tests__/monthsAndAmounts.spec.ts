import { describe, expect, it } from 'vitest';
import { amountAt, monthTotal } from '../amounts';
import { entitlementWhy } from '../entitlementWhy';
import { defaultMonth, monthFromSearch, yearMonths } from '../months';

const YEAR = { startsOn: '2025-09-08', endsOn: '2026-06-30' };
const TAYSSIR = [{ levelCode: '1AP', amount: 60 }, { levelCode: '5AP', amount: 100 }, { levelCode: '1AC', amount: 140 }];

describe('the months of a school year', () => {
  it('runs from its first month to its last, across the new year', () => {
    const months = yearMonths(YEAR);
    expect(months).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
  });

  it('is empty for bounds that are not dates', () => {
    expect(yearMonths({ startsOn: '', endsOn: '2026-06-30' })).toEqual([]);
  });

  it('opens on today\'s month, else the nearest end of the year', () => {
    const months = yearMonths(YEAR);
    expect(defaultMonth(months, '2025-11-20')).toBe('2025-11');
    expect(defaultMonth(months, '2025-07-01')).toBe('2025-09');
    expect(defaultMonth(months, '2026-08-15')).toBe('2026-06');
    expect(defaultMonth([], '2026-08-15')).toBeNull();
  });

  it('takes from the address only a month of the year', () => {
    const months = yearMonths(YEAR);
    expect(monthFromSearch('2026-02', months)).toBe('2026-02');
    expect(monthFromSearch('2026-07', months)).toBeNull();
    expect(monthFromSearch(null, months)).toBeNull();
  });
});

describe('the month\'s amounts', () => {
  it('reads the amount at a level, none elsewhere', () => {
    expect(amountAt(TAYSSIR, '5AP')).toBe(100);
    expect(amountAt(TAYSSIR, '2BAC')).toBeNull();
    expect(amountAt(TAYSSIR, null)).toBeNull();
  });

  it('is what the list would receive less what those who lost the month would have', () => {
    // Listed: two 1AP, one 5AP, one 1AC = 360; lost: one 1AP and the 1AC.
    expect(monthTotal(360, ['1AP', '1AC'], TAYSSIR)).toBe(160);
    expect(monthTotal(360, [], TAYSSIR)).toBe(360);
  });

  it('counts nothing for a lost pupil at a level without an amount, and is unknown without the figure', () => {
    expect(monthTotal(100, ['2BAC', null], TAYSSIR)).toBe(100);
    expect(monthTotal(null, ['1AP'], TAYSSIR)).toBeNull();
  });

  it('keeps centimes exact', () => {
    expect(monthTotal(0.3, ['X'], [{ levelCode: 'X', amount: 0.1 }])).toBe(0.2);
  });
});

describe('why a month is kept or lost', () => {
  const condition = { unit: 'DAYS' as const, max: 4 };
  it('counts days, or hours, against the threshold', () => {
    expect(entitlementWhy({ met: false, unjustifiedDays: 5, unjustifiedHours: 12.5, pendingJustifications: 1, condition })).toEqual({ key: 'support.why.lost.DAYS', count: 5, max: 4, pending: 1 });
    expect(entitlementWhy({ met: true, unjustifiedDays: 2, unjustifiedHours: 6.5, pendingJustifications: 0, condition: { unit: 'HOURS', max: 8 } })).toEqual({ key: 'support.why.kept.HOURS', count: 6.5, max: 8, pending: 0 });
  });
});
