import { describe, expect, it } from 'vitest';
import { approverKey, destinationChoosesClass, missingApprovals } from '../approvals';

describe('who must still decide a transfer', () => {
  const province = { side: 'ORIGIN', approver: 'PROVINCE', approvedAt: null } as const;
  const academyIn = { side: 'DESTINATION', approver: 'REGION', approvedAt: '2026-11-03T10:00:00Z' } as const;

  it('lists the approvals not given while the transfer is pending', () => {
    expect(missingApprovals([province, academyIn], 'APPROVED')).toEqual([province]);
    expect(missingApprovals([province], 'REQUESTED')).toEqual([province]);
  });

  it('lists none once it is over, whatever was given', () => {
    expect(missingApprovals([province], 'REFUSED')).toEqual([]);
    expect(missingApprovals([province], 'CANCELLED')).toEqual([]);
  });

  it('names the approver by kind and side', () => {
    expect(approverKey(province)).toBe('transfers.approver.PROVINCE_ORIGIN');
    expect(approverKey({ side: 'DESTINATION', approver: 'SCHOOL' })).toBe('transfers.approver.SCHOOL_DESTINATION');
  });
});

describe('the class choice on approval', () => {
  const destination = { side: 'DESTINATION', approver: 'SCHOOL', approvedAt: null } as const;

  it('is the destination school\'s, when its approval is the one awaited', () => {
    expect(destinationChoosesClass([destination], 'REQUESTED', true)).toBe(true);
  });

  it('is no one\'s when a directorate or the origin decides (the API then picks the least filled class)', () => {
    expect(destinationChoosesClass([{ side: 'ORIGIN', approver: 'PROVINCE', approvedAt: null }], 'REQUESTED', true)).toBe(false);
    expect(destinationChoosesClass([destination], 'REQUESTED', false)).toBe(false);
  });
});
