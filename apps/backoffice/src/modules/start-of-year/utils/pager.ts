/**
 * Forward pages of a Relay connection: the cursors of the pages already seen, so that "previous"
 * goes back without a backward cursor (the API pages forward only).
 */
export interface PagerState {
  /** `after` of each page seen; the first page's is null. */
  cursors: (string | null)[];
}

export const firstPage = (): PagerState => ({ cursors: [null] });

export const currentCursor = (state: PagerState) => state.cursors[state.cursors.length - 1];

export const pageIndex = (state: PagerState) => state.cursors.length - 1;

export function nextPage(state: PagerState, endCursor: string | null | undefined): PagerState {
  return endCursor ? { cursors: [...state.cursors, endCursor] } : state;
}

export function previousPage(state: PagerState): PagerState {
  return state.cursors.length > 1 ? { cursors: state.cursors.slice(0, -1) } : state;
}

/** "from–to of total" of the page shown (1-based; 0–0 when empty). */
export function pageRange(state: PagerState, pageSize: number, shown: number): { from: number; to: number } {
  if (shown === 0) return { from: 0, to: 0 };
  const from = pageIndex(state) * pageSize + 1;
  return { from, to: from + shown - 1 };
}
