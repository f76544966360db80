import { useQuery } from '@apollo/client/react';
import { useViewer, type DashboardReferenceQuery } from '@massar/client';
import { ErrorState } from '@massar/client/shell';
import { Anchor, EmptyState, Group, LoadingState, PageHeading, Stack, Text, useFormatters, useTranslation } from '@massar/ui';
import { Link, Navigate, useLocation } from 'react-router';
import { Breadcrumbs } from '../modules/analytics/components/Breadcrumbs';
import classes from '../modules/analytics/components/Dashboard.module.css';
import { DashboardControls } from '../modules/analytics/components/DashboardControls';
import { TerritoryView } from '../modules/analytics/components/TerritoryView';
import { DASHBOARD_REFERENCE } from '../modules/analytics/graphql/queries/dashboardReference';
import { useCrumbs } from '../modules/analytics/hooks/useCrumbs';
import { useDashboardView } from '../modules/analytics/hooks/useDashboardView';
import { MinCellPupilsContext } from '../modules/analytics/hooks/useMinCellPupils';
import { homeTerritory, levelOf, sliceOf, territoryPath, type Territory } from '../modules/analytics/utils/territory';
import { currentYear, todayInMorocco } from '../modules/analytics/utils/years';

type Reference = DashboardReferenceQuery;

function Dashboard({ reference, home }: { reference: Reference; home: Territory }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const view = useDashboardView();
  const crumbs = useCrumbs(view.territory, home, reference.regions);
  const years = reference.schoolYears.map((y) => y.name);
  const year = view.year && years.includes(view.year) ? view.year : currentYear(reference.schoolYears, todayInMorocco())?.name;
  if (!year) return <EmptyState>{t('dashboard.noYear')}</EmptyState>;
  const slice = sliceOf(year, view.territory, view.filters);
  // Links down and up carry the year and the indicator, so that a shared or reloaded view shows the same figures.
  const linkSearch = new URLSearchParams(view.search);
  linkSearch.set('year', year);
  const search = `?${linkSearch.toString()}`;
  const heading = levelOf(view.territory) === 'nation' ? t('home.title') : crumbs[crumbs.length - 1].name;
  const refreshed = reference.analyticsSettings.refreshedAt;
  return (
    <MinCellPupilsContext.Provider value={reference.analyticsSettings.minCellPupils}>
      <Stack gap="lg" className={classes.page}>
        {crumbs.length > 1 && <Breadcrumbs crumbs={crumbs} search={search} />}
        <PageHeading>{heading}</PageHeading>
        <Group justify="space-between" align="end">
          <DashboardControls
            years={years} year={year} indicator={view.indicator} filters={view.filters}
            onYear={(y) => view.choose({ year: y })} onIndicator={(i) => view.choose({ indicator: i })} onFilter={(key, value) => view.choose({ [key]: value })}
          />
          <Anchor component={Link} to={{ pathname: '/integrity', search: `?year=${year}${view.territory.regionCode ? `&region=${view.territory.regionCode}` : ''}${view.territory.provinceCode ? `&province=${view.territory.provinceCode}` : ''}` }} fw={600}>
            {t('dashboard.integrity.link')}
          </Anchor>
        </Group>
        {refreshed && <Text size="sm">{t('dashboard.refreshedAt', { when: formatDate(refreshed, { dateStyle: 'medium', timeStyle: 'short' }) })}</Text>}
        <TerritoryView key={territoryPath(view.territory)} slice={slice} territory={view.territory} indicator={view.indicator} search={search} />
      </Stack>
    </MinCellPupilsContext.Provider>
  );
}

/** The dashboard of the nation, a region, a province or a school (drill-down state in the URL). */
export function TerritoryPage() {
  const { viewer } = useViewer();
  const reference = useQuery(DASHBOARD_REFERENCE, { fetchPolicy: 'cache-first' });
  if (!viewer) return null;
  if (reference.loading && !reference.data) return <LoadingState />;
  if (reference.error || !reference.data) return <ErrorState error={reference.error} onRetry={() => void reference.refetch()} />;
  return <Dashboard reference={reference.data} home={homeTerritory(viewer.scope)} />;
}

/** `/`: the nation for the ministry, an academy's region or a directorate's province for the territorial accounts. */
export function HomeRedirect() {
  const { viewer } = useViewer();
  const location = useLocation();
  if (!viewer) return null;
  const home = homeTerritory(viewer.scope);
  if (levelOf(home) === 'nation') return <TerritoryPage />;
  return <Navigate to={{ pathname: territoryPath(home), search: location.search }} replace />;
}
