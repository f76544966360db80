import { describe, expect, it } from 'vitest';
import { orientationAvailability } from '../orientationAvailability';

describe('orientationAvailability', () => {
  it('is open when the API says so, with the deadline', () => {
    expect(orientationAvailability({ levelCode: '3AC', orientation: { open: true, deadline: '2027-05-31' } })).toEqual({ kind: 'OPEN', deadline: '2027-05-31' });
  });

  it('says the school has not opened the wishes yet', () => {
    expect(orientationAvailability({ levelCode: 'TC', orientation: { open: false, deadline: null } })).toEqual({ kind: 'NOT_SET' });
  });

  it('says the deadline is over', () => {
    expect(orientationAvailability({ levelCode: '1BAC', orientation: { open: false, deadline: '2027-05-31' } })).toEqual({ kind: 'PASSED', deadline: '2027-05-31' });
  });

  it('says the level has no orientation, deadline or not', () => {
    expect(orientationAvailability({ levelCode: '1AC', orientation: { open: false, deadline: '2027-05-31' } })).toEqual({ kind: 'OTHER_LEVEL', levelCode: '1AC' });
    expect(orientationAvailability({ levelCode: '2BAC', orientation: { open: false, deadline: null } })).toEqual({ kind: 'OTHER_LEVEL', levelCode: '2BAC' });
  });

  it('says the pupil is not enrolled this year', () => {
    expect(orientationAvailability({ levelCode: null, orientation: { open: false, deadline: '2027-05-31' } })).toEqual({ kind: 'NOT_ENROLLED' });
    expect(orientationAvailability({ levelCode: '3AC', orientation: null })).toEqual({ kind: 'NOT_ENROLLED' });
  });
});
