import { describe, expect, it } from 'vitest';
import { isoDay, upcomingAssessments } from '../upcomingAssessments';

describe('upcomingAssessments', () => {
  it('keeps today and later, soonest first', () => {
    const list = [{ date: '2027-03-21' }, { date: '2026-11-22' }, { date: '2026-11-23' }, { date: '2027-02-21' }];
    expect(upcomingAssessments(list, '2026-11-23').map((a) => a.date)).toEqual(['2026-11-23', '2027-02-21', '2027-03-21']);
  });

  it('writes a local calendar day', () => {
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
