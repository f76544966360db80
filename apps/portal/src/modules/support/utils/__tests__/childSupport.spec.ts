import { describe, expect, it } from 'vitest';
import { amountAt, currentYearName, monthsLatestFirst, monthWhy, programmeName, thisYears, yearSoFar } from '../childSupport';

const DAYS = { unit: 'DAYS' as const, max: 4 };
const month = (m: string, met: boolean, days: number, amount: number | null, pending = 0) => ({
  month: m, met, amount, unjustifiedDays: days, unjustifiedHours: days * 5, pendingJustifications: pending, condition: DAYS,
});

describe('this year', () => {
  const years = [{ name: '2024-2025', startsOn: '2024-09-09' }, { name: '2025-2026', startsOn: '2025-09-08' }, { name: '2026-2027', startsOn: '2026-09-07' }];
  it('is the latest year started, else the first to come', () => {
    expect(currentYearName(years, '2026-01-15')).toBe('2025-2026');
    expect(currentYearName(years, '2024-08-01')).toBe('2024-2025');
    expect(currentYearName([], '2026-01-15')).toBeNull();
  });

  it('keeps the year\'s programmes, Tayssir first', () => {
    const list = [
      { year: '2025-2026', programme: { code: 'SCHOOL_KITS', condition: null } },
      { year: '2024-2025', programme: { code: 'TAYSSIR', condition: DAYS } },
      { year: '2025-2026', programme: { code: 'TAYSSIR', condition: DAYS } },
      { year: '2025-2026', programme: { code: 'CANTEEN', condition: null } },
    ];
    expect(thisYears(list, '2025-2026').map((b) => b.programme.code)).toEqual(['TAYSSIR', 'CANTEEN', 'SCHOOL_KITS']);
    expect(thisYears(list, null)).toEqual([]);
  });
});

describe('the months of Tayssir', () => {
  const months = [month('2025-09', true, 0, 60), month('2025-11', false, 5, null, 1), month('2025-10', true, 3, 60)];
  it('come latest first', () => {
    expect(monthsLatestFirst(months).map((m) => m.month)).toEqual(['2025-11', '2025-10', '2025-09']);
  });

  it('add up what was paid and count the months lost', () => {
    expect(yearSoFar(months)).toEqual({ paid: 120, kept: 2, lost: 1 });
    expect(yearSoFar([])).toEqual({ paid: 0, kept: 0, lost: 0 });
  });

  it('say why, in days or hours against the threshold, with the pending justifications', () => {
    expect(monthWhy(months[1]!)).toEqual({ key: 'childSupport.why.lost.DAYS', count: 5, max: 4, pending: 1 });
    expect(monthWhy({ ...months[0]!, condition: { unit: 'HOURS', max: 10 } })).toEqual({ key: 'childSupport.why.kept.HOURS', count: 0, max: 10, pending: 0 });
  });
});

describe('amounts and names', () => {
  it('read the amount at the child\'s level', () => {
    expect(amountAt([{ levelCode: '1AC', amount: 140 }], '1AC')).toBe(140);
    expect(amountAt([{ levelCode: '1AC', amount: 140 }], '1BAC')).toBeNull();
    expect(amountAt([], null)).toBeNull();
  });

  it('name the programme in the reader\'s language', () => {
    const p = { nameFr: 'Cantine scolaire', nameAr: 'المطاعم المدرسية', nameEn: 'School canteen' };
    expect([programmeName(p, 'fr'), programmeName(p, 'ar'), programmeName(p, 'en')]).toEqual(['Cantine scolaire', 'المطاعم المدرسية', 'School canteen']);
  });
});
