import { useParams, useSearchParams } from 'react-router';
import { DEFAULT_INDICATOR, isIndicatorKey, type IndicatorKey } from '../constants/Indicators';
import { FILTER_VALUES, type Filters, type FilterKey, type Territory } from '../utils/territory';

/** The view the URL names: the territory (path), the year, the indicator and the filters (search), so it can be shared and reloaded. */
export function useDashboardView() {
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const territory: Territory = {
    regionCode: params.regionCode,
    provinceCode: params.provinceCode,
    schoolCode: params.schoolCode,
  };
  const asked = search.get('indicator');
  const indicator: IndicatorKey = isIndicatorKey(asked) ? asked : DEFAULT_INDICATOR;
  const filters: Filters = {};
  for (const key of Object.keys(FILTER_VALUES) as FilterKey[]) {
    const value = search.get(key);
    // A value the API would refuse (a hand-edited URL) is ignored rather than shown as an error.
    if (value && (FILTER_VALUES[key] as readonly string[]).includes(value)) Object.assign(filters, { [key]: value });
  }
  /** Sets the search's entries; an empty value removes one (a filter back to "all"). */
  const choose = (changes: { year?: string; indicator?: IndicatorKey } & Partial<Record<FilterKey, string>>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  };
  return { territory, filters, year: search.get('year'), indicator, search: search.toString() ? `?${search.toString()}` : '', choose };
}
