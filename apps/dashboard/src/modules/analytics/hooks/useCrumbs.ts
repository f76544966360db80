import { useQuery } from '@apollo/client/react';
import { localizedName, useLanguage, useTranslation } from '@massar/ui';
import { DASHBOARD_SCHOOL } from '../graphql/queries/dashboardSchool';
import type { Crumb } from '../components/Breadcrumbs';
import { levelOf, trail, type Territory } from '../utils/territory';

interface Named {
  code: string;
  nameFr: string;
  nameAr: string;
}

/** The breadcrumbs' names: the nation, the region and province from the reference data, the school from the API. */
export function useCrumbs(territory: Territory, home: Territory, regions: readonly (Named & { provinces: readonly Named[] })[]): Crumb[] {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const school = useQuery(DASHBOARD_SCHOOL, { variables: { code: territory.schoolCode ?? '' }, skip: !territory.schoolCode });
  const region = regions.find((r) => r.code === territory.regionCode);
  const province = region?.provinces.find((p) => p.code === territory.provinceCode);
  const nameOf = (step: Territory): string => {
    switch (levelOf(step)) {
      case 'nation':
        return t('dashboard.nation');
      case 'region':
        return region ? localizedName(region, language) : (step.regionCode ?? '');
      case 'province':
        return province ? localizedName(province, language) : (step.provinceCode ?? '');
      default:
        return school.data?.school ? localizedName(school.data.school, language) : (step.schoolCode ?? '');
    }
  };
  return trail(territory, home).map((step) => ({ territory: step, name: nameOf(step) }));
}
