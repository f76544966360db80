import { useQuery } from '@apollo/client/react';
import { Stack, useTranslation } from '@massar/ui';
import { useMemo } from 'react';
import { kindOf, type IndicatorKey } from '../constants/Indicators';
import { DASHBOARD_BREAKDOWN } from '../graphql/queries/dashboardBreakdown';
import { useChartText } from '../hooks/useChartText';
import { useChartExportLog } from '../hooks/useExports';
import type { IndicatorRowLike, SliceLike } from '../types';
import { barOption } from '../utils/chartOptions';
import { chartFilename } from '../utils/download';
import { figureNumber } from '../utils/figures';
import { ExportButtons } from './ExportButtons';
import { IndicatorTable } from './IndicatorTable';
import { LazyChart } from './LazyParts';
import { Panel } from './Panel';
import { QueryState } from './QueryState';

export type BreakdownDimension = 'GENDER' | 'MILIEU' | 'SECTOR';

/** The indicator by gender, milieu or sector: bars, and the same figures with their counts in a table. */
export function BreakdownSection({ slice, by, indicator }: { slice: SliceLike; by: BreakdownDimension; indicator: IndicatorKey }) {
  const { t } = useTranslation();
  const text = useChartText(kindOf(indicator));
  const logExport = useChartExportLog(slice);
  const { data, loading, error, refetch } = useQuery(DASHBOARD_BREAKDOWN, { variables: { slice, by } });
  const rows = data?.indicatorBreakdown;
  const nameOf = (row: IndicatorRowLike) => t(`dashboard.value.${by}.${row.code}`, { defaultValue: row.code });
  const option = useMemo(
    () => barOption((rows ?? []).map((row) => ({ label: nameOf(row), value: figureNumber(row.indicators[indicator]) })), text),
    // Memo keys: nameOf and text change with the language only
    [rows, indicator, text.direction, text.missing],
  );
  const title = t('dashboard.breakdown.title', { indicator: t(`dashboard.indicator.${indicator}`), by: t(`dashboard.dimension.${by}`) });
  return (
    <Panel title={title}>
      <QueryState loading={loading} error={error} data={rows} isEmpty={(r) => r.length === 0} empty={t('dashboard.breakdown.empty')} onRetry={() => void refetch()}>
        {(r) => (
          <Stack gap="sm">
            <LazyChart option={option} label={title} filename={chartFilename(`${by}-${indicator}`, [slice.year, slice.regionCode, slice.provinceCode, slice.schoolCode])} onSaved={() => logExport(`breakdown:${by}:${indicator}`)} />
            <IndicatorTable rows={r} indicator={indicator} caption={title} nameHeader={t(`dashboard.dimension.${by}`)} nameOf={nameOf} />
            <ExportButtons slice={slice} by={by} tableName={title} />
          </Stack>
        )}
      </QueryState>
    </Panel>
  );
}
