import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import { kindOf, type IndicatorKey } from '../constants/Indicators';
import { DASHBOARD_TREND } from '../graphql/queries/dashboardTrend';
import { useChartText } from '../hooks/useChartText';
import { useChartExportLog } from '../hooks/useExports';
import type { SliceLike } from '../types';
import { lineOption } from '../utils/chartOptions';
import { chartFilename } from '../utils/download';
import { figureNumber } from '../utils/figures';
import { LazyChart } from './LazyParts';
import { Panel } from './Panel';
import { QueryState } from './QueryState';

/** The indicator over every school year up to the chosen one. */
export function TrendSection({ slice, indicator }: { slice: SliceLike; indicator: IndicatorKey }) {
  const { t } = useTranslation();
  const text = useChartText(kindOf(indicator));
  const logExport = useChartExportLog(slice);
  const { data, loading, error, refetch } = useQuery(DASHBOARD_TREND, { variables: { slice } });
  const years = data?.indicatorTrend;
  const option = useMemo(
    () => lineOption((years ?? []).map((y) => ({ label: y.year, value: figureNumber(y[indicator]) })), text),
    // Memo keys: text changes with the language only
    [years, indicator, text.direction, text.missing],
  );
  const title = t('dashboard.trend.title', { indicator: t(`dashboard.indicator.${indicator}`) });
  return (
    <Panel title={title}>
      <QueryState loading={loading} error={error} data={years} isEmpty={(y) => y.length === 0} empty={t('dashboard.trend.empty')} onRetry={() => void refetch()}>
        {() => <LazyChart option={option} label={title} filename={chartFilename(`trend-${indicator}`, [slice.year, slice.regionCode, slice.provinceCode, slice.schoolCode])} onSaved={() => logExport(`trend:${indicator}`)} />}
      </QueryState>
    </Panel>
  );
}
