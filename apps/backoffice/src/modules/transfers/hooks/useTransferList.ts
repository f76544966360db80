import { useQuery } from '@apollo/client/react';
import { usePager } from '../../start-of-year/hooks/usePager';
import { TRANSFERS } from '../graphql/queries/transfers';
import { TRANSFERS_TO_DECIDE } from '../graphql/queries/transfersToDecide';
import { transferFilter, type TabChoice } from '../utils/transferTabs';

export const TRANSFER_PAGE_SIZE = 20;

/** One page of the tab's transfers, the pager (back to the first page when the tab or the search changes), and the count to decide. */
export function useTransferList(choice: TabChoice) {
  const page = usePager(`${choice.tab}:${choice.search}`);
  const list = useQuery(TRANSFERS, {
    variables: { filter: transferFilter(choice), first: TRANSFER_PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  const toDecide = useQuery(TRANSFERS_TO_DECIDE, { fetchPolicy: 'cache-and-network' });
  const refetch = () => Promise.all([list.refetch(), toDecide.refetch()]);
  return { page, list, toDecideCount: toDecide.data?.transfers.totalCount ?? null, refetch };
}
