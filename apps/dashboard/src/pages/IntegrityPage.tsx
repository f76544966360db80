import { useQuery } from '@apollo/client/react';
import { useViewer } from '@massar/client';
import { Anchor, PageHeading, Stack, Text, useLanguage, useTranslation } from '@massar/ui';
import { Link, useSearchParams } from 'react-router';
import classes from '../modules/analytics/components/Dashboard.module.css';
import { IntegrityTable } from '../modules/analytics/components/IntegrityTable';
import { QueryState } from '../modules/analytics/components/QueryState';
import { DASHBOARD_REFERENCE } from '../modules/analytics/graphql/queries/dashboardReference';
import { INTEGRITY_WATCH } from '../modules/analytics/graphql/queries/integrityWatch';
import { formatValue } from '../modules/analytics/utils/figures';
import { homeTerritory, sliceOf, territoryPath } from '../modules/analytics/utils/territory';
import { currentYear, todayInMorocco } from '../modules/analytics/utils/years';

function Watch({ year, regionCode, provinceCode }: { year: string; regionCode?: string; provinceCode?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(INTEGRITY_WATCH, { variables: { slice: sliceOf(year, { regionCode, provinceCode }) } });
  return (
    <QueryState loading={loading} error={error} data={data?.integrityWatch} empty={t('dashboard.integrity.empty')} onRetry={() => void refetch()}>
      {(watch) => (
        <Stack gap="md">
          <Text>{t('dashboard.integrity.summary', { schools: formatValue(watch.comparedSchools, 'count', language), band: formatValue(watch.band, 'ratio', language), flagged: formatValue(watch.flagged.length, 'count', language) })}</Text>
          {watch.flagged.length > 0 && <IntegrityTable flags={watch.flagged} />}
        </Stack>
      )}
    </QueryState>
  );
}

/** The integrity watch: schools whose continuous-assessment averages stand far from their exam results, for review. */
export function IntegrityPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [search] = useSearchParams();
  const reference = useQuery(DASHBOARD_REFERENCE, { fetchPolicy: 'cache-first' });
  if (!viewer) return null;
  const home = homeTerritory(viewer.scope);
  const year = search.get('year') ?? (reference.data ? currentYear(reference.data.schoolYears, todayInMorocco())?.name : undefined);
  const regionCode = search.get('region') ?? home.regionCode;
  const provinceCode = search.get('province') ?? home.provinceCode;
  return (
    <Stack gap="lg" className={classes.page}>
      <Anchor component={Link} to={{ pathname: territoryPath({ regionCode, provinceCode }), search: year ? `?year=${year}` : '' }}>
        {t('dashboard.integrity.back')}
      </Anchor>
      <PageHeading>{t('dashboard.integrity.title')}</PageHeading>
      <Text>{t('dashboard.integrity.intro')}</Text>
      <QueryState loading={reference.loading} error={reference.error} data={year} empty={t('dashboard.noYear')} onRetry={() => void reference.refetch()}>
        {(y) => <Watch year={y} regionCode={regionCode ?? undefined} provinceCode={provinceCode ?? undefined} />}
      </QueryState>
    </Stack>
  );
}
