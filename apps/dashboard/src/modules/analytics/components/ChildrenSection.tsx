import { useQuery } from '@apollo/client/react';
import { Stack, useTranslation } from '@massar/ui';
import { useNavigate } from 'react-router';
import type { IndicatorKey } from '../constants/Indicators';
import { DASHBOARD_BREAKDOWN } from '../graphql/queries/dashboardBreakdown';
import { DASHBOARD_REFERENCE } from '../graphql/queries/dashboardReference';
import type { IndicatorRowLike, SliceLike } from '../types';
import { childTerritory, territoryPath, type ChildDimension, type Territory } from '../utils/territory';
import classes from './Dashboard.module.css';
import { ExportButtons } from './ExportButtons';
import { IndicatorTable } from './IndicatorTable';
import { LazyMap } from './LazyParts';
import { Panel } from './Panel';
import { QueryState } from './QueryState';

interface Props {
  slice: SliceLike;
  territory: Territory;
  dimension: ChildDimension;
  indicator: IndicatorKey;
  /** The URL's search (year, indicator), kept when drilling down. */
  search: string;
}

/** A territory's regions, provinces or schools: a map coloured by the indicator (regions, provinces) and the same values in a table. */
export function ChildrenSection({ slice, territory, dimension, indicator, search }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(DASHBOARD_BREAKDOWN, { variables: { slice, by: dimension } });
  // Every region, or the region's every province, from the reference the page has already loaded: those without pupils are drawn empty.
  const reference = useQuery(DASHBOARD_REFERENCE, { fetchPolicy: 'cache-first' }).data;
  const places = dimension === 'REGION' ? reference?.regions : dimension === 'PROVINCE' ? reference?.regions.find((r) => r.code === territory.regionCode)?.provinces : undefined;
  const linkOf = (row: IndicatorRowLike) => {
    const child = childTerritory(territory, row.code);
    return child ? `${territoryPath(child)}${search}` : null;
  };
  const open = (row: IndicatorRowLike) => {
    const to = linkOf(row);
    if (to) void navigate(to);
  };
  const tableName = t(`dashboard.children.${dimension}`);
  return (
    <Panel title={tableName}>
      <QueryState
        loading={loading}
        error={error}
        data={data?.indicatorBreakdown}
        isEmpty={(rows) => rows.length === 0}
        empty={t('dashboard.children.empty')}
        onRetry={() => void refetch()}
      >
        {(rows) => (
          <div className={classes.grid}>
            {dimension !== 'SCHOOL' && (
              <LazyMap
                level={dimension === 'REGION' ? 'regions' : 'provinces'}
                rows={rows}
                indicator={indicator}
                onOpen={open}
                places={places}
                label={t('dashboard.map.label', { what: tableName, indicator: t(`dashboard.indicator.${indicator}`) })}
              />
            )}
            <Stack gap="sm">
              <IndicatorTable rows={rows} indicator={indicator} caption={tableName} nameHeader={t(`dashboard.dimension.${dimension}`)} linkOf={linkOf} />
              <ExportButtons slice={slice} by={dimension} tableName={tableName} />
            </Stack>
          </div>
        )}
      </QueryState>
    </Panel>
  );
}
