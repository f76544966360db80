import { describe, expect, it } from 'vitest';
import { activeEnrolment, enrolmentYears } from '../enrolmentYears';
import { hasAnyAverage, subjectRows } from '../resultRows';

const subject = (code: string) => ({ code, nameFr: code, nameAr: code });

describe('a pupil\'s results over a year', () => {
  it('put each subject\'s S1, S2 and year averages on one row', () => {
    const rows = subjectRows(
      { subjects: [{ coefficient: 5, average: 12, subject: subject('MATH') }] },
      { subjects: [{ coefficient: 5, average: null, subject: subject('MATH') }, { coefficient: 1, average: 9, subject: subject('EN') }] },
      { subjects: [{ coefficient: 5, average: 12, subject: subject('MATH') }] },
    );
    expect(rows.map(({ code, s1, s2, year }) => ({ code, s1, s2, year }))).toEqual([
      { code: 'MATH', s1: 12, s2: null, year: 12 },
      { code: 'EN', s1: null, s2: 9, year: null },
    ]);
  });

  it('know when there is nothing to show', () => {
    const rows = subjectRows({ subjects: [{ coefficient: 1, average: null, subject: subject('AR') }] }, null, undefined);
    expect(hasAnyAverage(rows, [null, undefined])).toBe(false);
    expect(hasAnyAverage(rows, [10.5])).toBe(true);
  });
});

describe('a pupil\'s enrolments', () => {
  it('give the years latest first, each once, and the enrolment under way', () => {
    const enrolments = [
      { status: 'TRANSFERRED', schoolYear: { name: '2025-2026' } },
      { status: 'ACTIVE', schoolYear: { name: '2026-2027' } },
      { status: 'LEFT', schoolYear: { name: '2025-2026' } },
    ];
    expect(enrolmentYears(enrolments)).toEqual(['2026-2027', '2025-2026']);
    expect(activeEnrolment(enrolments)?.schoolYear.name).toBe('2026-2027');
    expect(activeEnrolment([])).toBeNull();
  });
});
