import type { TransferFilterInput, TransferStatus } from '@massar/client';

/** The inbox's tabs: what waits for the caller's decision, what is under way, what is over. */
export type TransferTab = 'toDecide' | 'pending' | 'done';

export const TRANSFER_TABS: readonly TransferTab[] = ['toDecide', 'pending', 'done'];

/**
 * The statuses a tab can show, the first by default. The API filters on one status at a time, so
 * "under way" and "over" each offer theirs to choose from rather than mixing pages.
 */
export const TAB_STATUSES: Record<TransferTab, readonly TransferStatus[]> = {
  toDecide: [],
  pending: ['REQUESTED', 'APPROVED'],
  done: ['COMPLETED', 'REFUSED', 'CANCELLED'],
};

export interface TabChoice {
  tab: TransferTab;
  status: TransferStatus | null;
}

/** The tab and status an address asks for (`?tab=done&status=REFUSED`), anything else read as the defaults. */
export function tabFromSearch(search: string): TabChoice {
  const params = new URLSearchParams(search);
  const asked = params.get('tab');
  const tab = (TRANSFER_TABS as readonly string[]).includes(asked ?? '') ? (asked as TransferTab) : 'toDecide';
  const statuses = TAB_STATUSES[tab];
  const status = statuses.find((s) => s === params.get('status')) ?? statuses[0] ?? null;
  return { tab, status };
}

/** The `transfers` filter of a tab. */
export function transferFilter({ tab, status }: TabChoice): TransferFilterInput {
  if (tab === 'toDecide') return { awaitingYou: true };
  return { status };
}
