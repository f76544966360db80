import { describe, expect, it } from 'vitest';
import { TERRITORY_TABS, tabAddress, tabFromSearch, transferFilter } from '../transferTabs';

describe('the transfers inbox tabs', () => {
  it('opens on what waits for the caller, asking the API for those only', () => {
    const choice = tabFromSearch('');
    expect(choice).toEqual({ tab: 'toDecide', search: '' });
    expect(transferFilter(choice)).toEqual({ awaitingYou: true });
  });

  it('asks for one list per tab: the school\'s own requests, all under way, all over', () => {
    expect(transferFilter({ tab: 'requested', search: '' })).toEqual({ requestedByYou: true });
    expect(transferFilter({ tab: 'pending', search: '' })).toEqual({ statuses: ['REQUESTED', 'APPROVED'] });
    expect(transferFilter({ tab: 'done', search: '' })).toEqual({ statuses: ['COMPLETED', 'REFUSED', 'CANCELLED'] });
  });

  it('adds the search, trimmed and cut to what the API takes, and keeps it in the address across tabs', () => {
    expect(transferFilter(tabFromSearch('?tab=done&q=%20J13%20'))).toEqual({ statuses: ['COMPLETED', 'REFUSED', 'CANCELLED'], search: 'J13' });
    expect(transferFilter({ tab: 'toDecide', search: '   ' })).toEqual({ awaitingYou: true });
    expect(tabFromSearch(`?q=${'a'.repeat(60)}`).search).toHaveLength(40);
    expect(tabAddress('requested', ' Bennani ')).toBe('?tab=requested&q=Bennani');
    expect(tabAddress('pending', '')).toBe('?tab=pending');
    expect(tabFromSearch(tabAddress('done', 'العلوي'))).toEqual({ tab: 'done', search: 'العلوي' });
  });

  it('ignores a tab it does not know, or one the viewer lacks, and the old status parameter', () => {
    expect(tabFromSearch('?tab=all')).toEqual({ tab: 'toDecide', search: '' });
    expect(tabFromSearch('?tab=requested', TERRITORY_TABS)).toEqual({ tab: 'toDecide', search: '' });
    expect(tabFromSearch('?tab=requested')).toEqual({ tab: 'requested', search: '' });
    expect(transferFilter(tabFromSearch('?tab=done&status=REFUSED'))).toEqual({ statuses: ['COMPLETED', 'REFUSED', 'CANCELLED'] });
  });
});
