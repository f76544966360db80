import type { TransferApprover, TransferSide, TransferStatus } from '@massar/client';

export interface ApprovalLike {
  side: TransferSide;
  approver: TransferApprover;
  approvedAt?: string | null;
}

/** Whether the transfer still waits for someone (REQUESTED, or APPROVED by one academy of two). */
export const isPending = (status: TransferStatus) => status === 'REQUESTED' || status === 'APPROVED';

/** The approvals still missing, in the order the API lists them. */
export function missingApprovals<T extends ApprovalLike>(approvals: readonly T[], status: TransferStatus): T[] {
  return isPending(status) ? approvals.filter((a) => !a.approvedAt) : [];
}

/**
 * The i18n key naming who approves one side: the school itself (origin or destination), or the
 * origin's or destination's directorate or academy.
 */
export function approverKey(approval: ApprovalLike): string {
  return `transfers.approver.${approval.approver}_${approval.side}`;
}

/** The destination school approving (a transfer within one province asked by the origin) picks the pupil's class. */
export function destinationChoosesClass(approvals: readonly ApprovalLike[], status: TransferStatus, awaitingYou: boolean): boolean {
  return awaitingYou && missingApprovals(approvals, status).some((a) => a.side === 'DESTINATION' && a.approver === 'SCHOOL');
}
