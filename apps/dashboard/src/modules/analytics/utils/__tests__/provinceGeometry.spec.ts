import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import provincesTopo from '../../../../map/data/provinces.topo.json';
import { arabicPartOf, matchProvinceGeometries, normaliseFrenchName } from '../provinceGeometry';

// Our 83 provinces, read from the API's reference file (the dashboard receives the same names from the API).
function ourProvinces() {
  const csv = readFileSync(fileURLToPath(new URL('../../../../../../api/data/morocco_provinces.csv', import.meta.url)), 'utf8');
  const [header, ...lines] = csv.trim().split('\n');
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const at = (name: string) => cells[columns.indexOf(name)];
    return { code: at('code'), isoCode: at('iso_code'), nameFr: at('name_fr'), nameAr: at('name_ar') };
  });
}

const geometries = (provincesTopo as unknown as { objects: { provinces: { geometries: { id?: string; properties: { name: string } }[] } } }).objects.provinces.geometries;

describe('province names', () => {
  it('keeps the French part without prefix, accents or punctuation', () => {
    expect(normaliseFrenchName('Province de Tétouan إقليم تطوان')).toBe('tetouan');
    expect(normaliseFrenchName("Préfecture d'Inezgane-Aït Melloul ⵍⵄⴰⵎⴰⵍⴰ عمالة إنزكان آيت ملول")).toBe('inezganeaitmelloul');
    expect(normaliseFrenchName('Province Essaouira ⵍⵉⵇⵍⵉⵎ إقليم الصويرة')).toBe('essaouira');
    expect(normaliseFrenchName("M'diq-Fnideq")).toBe('mdiqfnideq');
    expect(normaliseFrenchName('عمالة الرباط')).toBe('');
    expect(arabicPartOf('عمالة الرباط')).toBe('الرباط');
  });
});

describe('our provinces on the map', () => {
  const provinces = ourProvinces();
  const matches = matchProvinceGeometries(provinces, geometries.map((g) => g.properties.name));

  it('gives every one of the 75 geometries to one of our provinces', () => {
    expect(provinces).toHaveLength(83);
    expect(geometries).toHaveLength(75);
    expect(matches.size).toBe(75);
    expect(new Set(matches.values()).size).toBe(75);
  });

  it('leaves out only the prefectures of arrondissements of Casablanca, which have no geometry of their own', () => {
    const unmatched = provinces.filter((p) => !matches.has(p.code)).map((p) => p.code);
    expect(unmatched).toEqual(['06.141.01.00', '06.141.01.10', '06.141.01.20', '06.141.01.30', '06.141.01.40', '06.141.01.50', '06.141.01.60', '06.141.01.70']);
  });

  it('matches each province to the right geometry: the geometry carries the same ISO code', () => {
    // An independent check of the name matching: the boundaries' own ids are ISO 3166-2 codes.
    const wrong = provinces
      .filter((p) => matches.has(p.code))
      .filter((p) => geometries[matches.get(p.code)!].id !== p.isoCode)
      .map((p) => `${p.nameFr} → ${geometries[matches.get(p.code)!].properties.name}`);
    expect(wrong).toEqual([]);
  });
});
