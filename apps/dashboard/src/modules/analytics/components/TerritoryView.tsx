import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@massar/ui';
import type { IndicatorKey } from '../constants/Indicators';
import { DASHBOARD_INDICATORS } from '../graphql/queries/dashboardIndicators';
import type { SliceLike } from '../types';
import { childDimensionOf, levelOf, type Territory } from '../utils/territory';
import { BreakdownSection } from './BreakdownSection';
import { CertificatesPanel } from './CertificatesPanel';
import { ChildrenSection } from './ChildrenSection';
import classes from './Dashboard.module.css';
import { DistributionPanel } from './DistributionPanel';
import { HeadlineFigures } from './HeadlineFigures';
import { QueryState } from './QueryState';
import { SupportPanel } from './SupportPanel';
import { TrendSection } from './TrendSection';

interface Props {
  slice: SliceLike;
  territory: Territory;
  indicator: IndicatorKey;
  search: string;
}

/** Every screen of one territory's dashboard: headline figures, its children on a map and in a table, trends, breakdowns, distributions, support. */
export function TerritoryView({ slice, territory, indicator, search }: Props) {
  const { t } = useTranslation();
  const dimension = childDimensionOf(levelOf(territory));
  const { data, loading, error, refetch } = useQuery(DASHBOARD_INDICATORS, { variables: { slice } });
  return (
    <>
      <QueryState loading={loading} error={error} data={data?.indicators} empty={t('dashboard.headline.empty')} onRetry={() => void refetch()}>
        {(indicators) => <HeadlineFigures indicators={indicators} />}
      </QueryState>
      {dimension && <ChildrenSection slice={slice} territory={territory} dimension={dimension} indicator={indicator} search={search} />}
      <div className={classes.grid}>
        <TrendSection slice={slice} indicator={indicator} />
        <BreakdownSection slice={slice} by="GENDER" indicator={indicator} />
        <BreakdownSection slice={slice} by="MILIEU" indicator={indicator} />
        <BreakdownSection slice={slice} by="SECTOR" indicator={indicator} />
        {data?.indicators && (
          <>
            <DistributionPanel slice={slice} bins={data.indicators.averageDistribution} what="averages" />
            <DistributionPanel slice={slice} bins={data.indicators.classSizeDistribution} what="classSizes" />
            <CertificatesPanel certificates={data.indicators.certificates} />
            <SupportPanel slice={slice} support={data.indicators.support} />
          </>
        )}
      </div>
    </>
  );
}
