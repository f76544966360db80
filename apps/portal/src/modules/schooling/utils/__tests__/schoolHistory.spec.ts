import { describe, expect, it } from 'vitest';
import { currentEnrolment, schoolHistory } from '../schoolHistory';

const y2025 = { startsOn: '2025-09-08' };
const y2026 = { startsOn: '2026-09-14' };

describe('schoolHistory', () => {
  it('puts the latest year first, and within a year the enrolment that began last', () => {
    const origin = { id: 'origin', status: 'TRANSFERRED' as const, enrolledOn: '2026-09-14', endedOn: '2027-01-10', schoolYear: y2026 };
    const destination = { id: 'destination', status: 'ACTIVE' as const, enrolledOn: '2027-01-11', schoolYear: y2026 };
    const before = { id: 'before', status: 'LEFT' as const, enrolledOn: '2025-09-08', endedOn: '2026-06-30', schoolYear: y2025 };
    expect(schoolHistory([before, origin, destination]).map((e) => e.id)).toEqual(['destination', 'origin', 'before']);
  });

  it('does not reorder the list it was given', () => {
    const list = [
      { status: 'LEFT' as const, enrolledOn: '2025-09-08', schoolYear: y2025 },
      { status: 'ACTIVE' as const, enrolledOn: '2026-09-14', schoolYear: y2026 },
    ];
    schoolHistory(list);
    expect(list[0]!.schoolYear).toBe(y2025);
  });
});

describe('currentEnrolment', () => {
  it('is the active enrolment, wherever it stands in the list', () => {
    expect(currentEnrolment([{ status: 'TRANSFERRED', id: 1 }, { status: 'ACTIVE', id: 2 }])).toEqual({ status: 'ACTIVE', id: 2 });
  });

  it('is null once the pupil left: a closed enrolment is history, not the school of today', () => {
    expect(currentEnrolment([{ status: 'LEFT' }, { status: 'TRANSFERRED' }])).toBeNull();
  });
});
