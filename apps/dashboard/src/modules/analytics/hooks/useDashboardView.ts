import { useParams, useSearchParams } from 'react-router';
import { DEFAULT_INDICATOR, isIndicatorKey, type IndicatorKey } from '../constants/Indicators';
import type { Territory } from '../utils/territory';

/** The view the URL names: the territory (path), the year and the indicator (search), so it can be shared and reloaded. */
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
  const choose = (changes: { year?: string; indicator?: IndicatorKey }) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setSearch(next, { replace: true });
  };
  return { territory, year: search.get('year'), indicator, search: search.toString() ? `?${search.toString()}` : '', choose };
}
