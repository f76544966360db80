import { describe, expect, it } from 'vitest';
import { base64ToBlob, chartFilename } from '../download';
import { childDimensionOf, childTerritory, homeTerritory, levelOf, sliceOf, territoryPath, trail } from '../territory';

describe('drill-down in the URL', () => {
  it('goes from the nation to a region, a province and a school, each a path', () => {
    const region = childTerritory({}, '06')!;
    const province = childTerritory(region, '06.141')!;
    const school = childTerritory(province, 'S123')!;
    expect(territoryPath({})).toBe('/');
    expect(territoryPath(region)).toBe('/regions/06');
    expect(territoryPath(province)).toBe('/regions/06/provinces/06.141');
    expect(territoryPath(school)).toBe('/regions/06/provinces/06.141/schools/S123');
    expect(childTerritory(school, 'x')).toBeNull();
    expect([{}, region, province, school].map((t) => childDimensionOf(levelOf(t)))).toEqual(['REGION', 'PROVINCE', 'SCHOOL', null]);
  });

  it('starts a regional account at its region and a directorate at its province, and the breadcrumbs there', () => {
    expect(homeTerritory({ kind: 'NATIONAL', code: null })).toEqual({});
    expect(homeTerritory({ kind: 'REGION', code: '06' })).toEqual({ regionCode: '06' });
    expect(homeTerritory({ kind: 'PROVINCE', code: '06.141' })).toEqual({ regionCode: '06', provinceCode: '06.141' });
    const school = { regionCode: '06', provinceCode: '06.141', schoolCode: 'S1' };
    expect(trail(school, {}).map(territoryPath)).toEqual(['/', '/regions/06', '/regions/06/provinces/06.141', '/regions/06/provinces/06.141/schools/S1']);
    expect(trail(school, { regionCode: '06' }).map(territoryPath)).toEqual(['/regions/06', '/regions/06/provinces/06.141', '/regions/06/provinces/06.141/schools/S1']);
    expect(trail({}, {}).map(territoryPath)).toEqual(['/']);
  });

  it('asks the API for the year and the territory only', () => {
    expect(sliceOf('2025-2026', { regionCode: '06' })).toEqual({ year: '2025-2026', regionCode: '06' });
  });
});

describe('downloads', () => {
  it('turns the API base64 into the file bytes', async () => {
    const text = 'Région;Inscrits;الجهة\n';
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode(text)));
    const blob = base64ToBlob(base64, 'text/csv');
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe(text);
  });

  it('names a chart image by what it shows', () => {
    expect(chartFilename('trend enrolled', ['2025-2026', undefined, '06'])).toBe('trend-enrolled_2025-2026_06.png');
  });
});
