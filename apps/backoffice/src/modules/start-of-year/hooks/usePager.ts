import { useState } from 'react';
import { currentCursor, firstPage, nextPage, previousPage, type PagerState } from '../utils/pager';

/** The page of a connection shown, back to the first whenever `key` (a search, a class) changes. */
export function usePager(key: string) {
  const [state, setState] = useState<{ key: string; pager: PagerState }>(() => ({ key, pager: firstPage() }));
  const pager = state.key === key ? state.pager : firstPage();
  return {
    pager,
    after: currentCursor(pager),
    next: (endCursor: string | null | undefined) => setState({ key, pager: nextPage(pager, endCursor) }),
    previous: () => setState({ key, pager: previousPage(pager) }),
  };
}
