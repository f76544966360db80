/** Where a view of the dashboard stands: the nation, a region, a province or a school (from the URL). */
export interface Territory {
  regionCode?: string;
  provinceCode?: string;
  schoolCode?: string;
}

export type TerritoryLevel = 'nation' | 'region' | 'province' | 'school';

/** The breakdown dimension that lists a level's children (a school has none). */
export type ChildDimension = 'REGION' | 'PROVINCE' | 'SCHOOL';

export function levelOf(territory: Territory): TerritoryLevel {
  if (territory.schoolCode) return 'school';
  if (territory.provinceCode) return 'province';
  if (territory.regionCode) return 'region';
  return 'nation';
}

export function childDimensionOf(level: TerritoryLevel): ChildDimension | null {
  return ({ nation: 'REGION', region: 'PROVINCE', province: 'SCHOOL', school: null } as const)[level];
}

/** The path of a territory's view (below the app's base), e.g. regions/06/provinces/06.141. */
export function territoryPath(territory: Territory): string {
  const parts: string[] = [];
  if (territory.regionCode) parts.push('regions', encodeURIComponent(territory.regionCode));
  if (territory.regionCode && territory.provinceCode) parts.push('provinces', encodeURIComponent(territory.provinceCode));
  if (territory.regionCode && territory.provinceCode && territory.schoolCode) parts.push('schools', encodeURIComponent(territory.schoolCode));
  return `/${parts.join('/')}`;
}

/** The view of one of a territory's children (a row of its table, a shape of its map). */
export function childTerritory(territory: Territory, childCode: string): Territory | null {
  switch (levelOf(territory)) {
    case 'nation':
      return { regionCode: childCode };
    case 'region':
      return { ...territory, provinceCode: childCode };
    case 'province':
      return { ...territory, schoolCode: childCode };
    default:
      return null;
  }
}

/** The territory a viewer's dashboard starts from: the nation, or its academy's region, or its directorate. */
export function homeTerritory(scope: { kind: string; code?: string | null }): Territory {
  if (scope.kind === 'REGION' && scope.code) return { regionCode: scope.code };
  // A province's HCP code starts with its region's: 06.141 is in region 06.
  if (scope.kind === 'PROVINCE' && scope.code) return { regionCode: scope.code.split('.')[0], provinceCode: scope.code };
  return {};
}

/** The views from the viewer's home down to this one, for the breadcrumbs. */
export function trail(territory: Territory, home: Territory): Territory[] {
  const steps: Territory[] = [{}, { regionCode: territory.regionCode }, { regionCode: territory.regionCode, provinceCode: territory.provinceCode }, territory];
  const depth = (t: Territory) => ['nation', 'region', 'province', 'school'].indexOf(levelOf(t));
  const seen = new Set<string>();
  return steps
    .filter((step) => depth(step) >= depth(home) && depth(step) <= depth(territory))
    .filter((step) => {
      const key = territoryPath(step);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The slice's filters beyond the territory, and the values each takes (the API's enums). */
export const FILTER_VALUES = {
  cycle: ['PRIMARY', 'MIDDLE', 'SECONDARY'],
  gender: ['F', 'M'],
  milieu: ['URBAN', 'RURAL'],
  sector: ['PUBLIC', 'PRIVATE'],
} as const;
export type FilterKey = keyof typeof FILTER_VALUES;
export type Filters = { [K in FilterKey]?: (typeof FILTER_VALUES)[K][number] };

/** The slice of the API for a year, a territory and the filters. */
export function sliceOf(year: string, territory: Territory, filters: Filters = {}) {
  return {
    year,
    ...filters,
    ...(territory.regionCode ? { regionCode: territory.regionCode } : {}),
    ...(territory.provinceCode ? { provinceCode: territory.provinceCode } : {}),
    ...(territory.schoolCode ? { schoolCode: territory.schoolCode } : {}),
  };
}
