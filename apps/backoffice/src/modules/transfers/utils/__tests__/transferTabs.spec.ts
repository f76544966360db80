import { describe, expect, it } from 'vitest';
import { tabFromSearch, transferFilter } from '../transferTabs';

describe('the transfers inbox tabs', () => {
  it('opens on what waits for the caller, asking the API for those only', () => {
    const choice = tabFromSearch('');
    expect(choice).toEqual({ tab: 'toDecide', status: null });
    expect(transferFilter(choice)).toEqual({ awaitingYou: true });
  });

  it('reads the tab and status of the address, the tab\'s first status by default', () => {
    expect(tabFromSearch('?tab=done')).toEqual({ tab: 'done', status: 'COMPLETED' });
    expect(tabFromSearch('?tab=done&status=REFUSED')).toEqual({ tab: 'done', status: 'REFUSED' });
    expect(transferFilter({ tab: 'pending', status: 'REQUESTED' })).toEqual({ status: 'REQUESTED' });
  });

  it('ignores a tab or a status it does not know, or one of another tab', () => {
    expect(tabFromSearch('?tab=all')).toEqual({ tab: 'toDecide', status: null });
    expect(tabFromSearch('?tab=pending&status=COMPLETED')).toEqual({ tab: 'pending', status: 'REQUESTED' });
  });
});
