import { describe, expect, it } from 'vitest';
import { currentYear, nextYearName, rolloverTargets } from '../rolloverYears';

const Y2025 = { name: '2025-2026', startsOn: '2025-09-08' };
const Y2026 = { name: '2026-2027', startsOn: '2026-09-07' };
const Y2027 = { name: '2027-2028', startsOn: '2027-09-06' };

describe('the years a rollover opens', () => {
  it('names the year after a school year', () => {
    expect(nextYearName('2026-2027')).toBe('2027-2028');
    expect(nextYearName('2026-2028')).toBeNull();
    expect(nextYearName('rentrée')).toBeNull();
  });

  it('takes the current year as the API does: the latest started', () => {
    expect(currentYear([Y2025, Y2026, Y2027], '2026-12-02')).toBe(Y2026);
    expect(currentYear([Y2027], '2026-12-02')).toBe(Y2027);
    expect(currentYear([], '2026-12-02')).toBeNull();
  });

  it('offers the year after the current one first, then after the latest one', () => {
    expect(rolloverTargets([Y2025, Y2026], '2026-12-02')).toEqual(['2027-2028']);
    expect(rolloverTargets([Y2025, Y2026, Y2027], '2026-12-02')).toEqual(['2027-2028', '2028-2029']);
  });
});
