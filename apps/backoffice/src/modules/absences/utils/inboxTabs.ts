import type { JustificationStatus } from '@massar/client';

/** The inbox's tabs, those waiting for a decision first. */
export const INBOX_TABS: readonly JustificationStatus[] = ['PENDING', 'ACCEPTED', 'REFUSED'];

/** The tab an address asks for (`?status=ACCEPTED`), PENDING for any other. */
export function statusFromSearch(search: string): JustificationStatus {
  const asked = new URLSearchParams(search).get('status');
  return INBOX_TABS.find((s) => s === asked) ?? 'PENDING';
}

export const statusAddress = (status: JustificationStatus) => `?${new URLSearchParams({ status }).toString()}`;

/** The longest refusal reason the inbox sends. */
export const DECISION_REASON_MAX = 500;

export type DecisionDraft = { ok: true; input: { justificationId: string; accept: boolean; reason: string | null } } | { ok: false; key: string };

/** The decideJustification input: accepting needs nothing, refusing a reason (shown to the family). */
export function decisionDraft(justificationId: string, accept: boolean, typedReason: string): DecisionDraft {
  const reason = typedReason.trim().slice(0, DECISION_REASON_MAX);
  if (!accept && !reason) return { ok: false, key: 'absences.reasons.DECISION_REASON_REQUIRED' };
  return { ok: true, input: { justificationId, accept, reason: reason || null } };
}

/** The refusals of decideJustification the inbox words (absences.reasons.*). */
export const DECISION_REASONS: ReadonlySet<string> = new Set(['JUSTIFICATION_DECIDED', 'DECISION_REASON_REQUIRED', 'NOT_FOUND', 'FORBIDDEN', 'PERMISSION', 'INVALID']);
