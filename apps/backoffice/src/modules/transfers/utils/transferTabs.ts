import type { TransferFilterInput, TransferStatus } from '@massar/client';

/**
 * The inbox's tabs: what waits for the caller's decision, what the caller's school asked for,
 * what is under way, what is over. Each is one paginated list the API filters.
 */
export type TransferTab = 'toDecide' | 'requested' | 'pending' | 'done';

export const TRANSFER_TABS: readonly TransferTab[] = ['toDecide', 'requested', 'pending', 'done'];

/** A directorate or an academy asks for no transfer itself: no "requested by us" tab. */
export const TERRITORY_TABS: readonly TransferTab[] = ['toDecide', 'pending', 'done'];

export const PENDING_STATUSES: readonly TransferStatus[] = ['REQUESTED', 'APPROVED'];
export const DONE_STATUSES: readonly TransferStatus[] = ['COMPLETED', 'REFUSED', 'CANCELLED'];

/** The API's longest search (TransferFilterInput.search). */
export const SEARCH_MAX = 40;

export interface TabChoice {
  tab: TransferTab;
  /** A code Massar or last-name prefix, trimmed; '' for none. */
  search: string;
}

/** The tab and search an address asks for (`?tab=done&q=J13`), a tab the viewer lacks read as the first. */
export function tabFromSearch(address: string, tabs: readonly TransferTab[] = TRANSFER_TABS): TabChoice {
  const params = new URLSearchParams(address);
  const asked = params.get('tab');
  const tab = tabs.find((t) => t === asked) ?? tabs[0];
  return { tab, search: cleanSearch(params.get('q') ?? '') };
}

export const cleanSearch = (typed: string) => typed.trim().slice(0, SEARCH_MAX);

/** The address of a tab with a search (kept across tabs). */
export function tabAddress(tab: TransferTab, search: string): string {
  const params = new URLSearchParams({ tab });
  const q = cleanSearch(search);
  if (q) params.set('q', q);
  return `?${params.toString()}`;
}

const TAB_FILTERS: Record<TransferTab, TransferFilterInput> = {
  toDecide: { awaitingYou: true },
  requested: { requestedByYou: true },
  pending: { statuses: [...PENDING_STATUSES] },
  done: { statuses: [...DONE_STATUSES] },
};

/** The `transfers` filter of a tab and its search. */
export function transferFilter({ tab, search }: TabChoice): TransferFilterInput {
  const q = cleanSearch(search);
  return q ? { ...TAB_FILTERS[tab], search: q } : { ...TAB_FILTERS[tab] };
}
