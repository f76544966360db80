/**
 * Our provinces (HCP codes, apps/api/data/morocco_provinces.csv) against the map's province
 * geometries (morocco-map, see src/map/data/SOURCES.md), which carry only a name such as
 * "Province de Tétouan ⵜⴰⵙⴳⴰ… إقليم تطوان". They are matched by the French part of that name,
 * normalised; the few that spell it differently are listed below, and Rabat, whose geometry has
 * no French name, matches by its Arabic name. Casablanca's eight prefectures of arrondissements
 * have no geometry of their own (they lie inside Casablanca's): they are in the table only.
 */

/** Geometry spellings (normalised) → our spelling (normalised), checked by provinceGeometry.spec.ts. */
export const PROVINCE_NAME_ALIASES: Readonly<Record<string, string>> = {
  mohammedia: 'mohammadia',
  elkelaatessraghna: 'elkelaadessraghna',
  taroudant: 'taroudannt',
  fquihbensaleh: 'fquihbensalah',
  rhamna: 'rehamna',
};

const FRENCH_PREFIX = /^(province|prefecture)\s*(de\s+|d'|d’)?/;
const ARABIC_PREFIX = /^(إقليم|عمالة)\s+/;
const NON_LATIN = /[\u0600-\u06FF\u2D30-\u2D7F].*$/u;

/** A French name without accents, punctuation, case or the "Province de" / "Préfecture d'" prefix. */
export function normaliseFrenchName(name: string): string {
  const latin = name.replace(NON_LATIN, '');
  const plain = latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  return plain.replace(FRENCH_PREFIX, '').replace(/[^a-z0-9]/g, '');
}

/** The Arabic part of a geometry's name without its "إقليم" / "عمالة" prefix. */
export function arabicPartOf(name: string): string {
  const start = name.search(/[\u0600-\u06FF]/u);
  return start < 0 ? '' : name.slice(start).replace(ARABIC_PREFIX, '').trim();
}

export interface ProvinceNames {
  code: string;
  nameFr: string;
  nameAr: string;
}

/**
 * For each of our provinces, the index of its geometry (absent: no geometry, the table shows it
 * alone). A geometry is given to one province at most.
 */
export function matchProvinceGeometries(provinces: readonly ProvinceNames[], geometryNames: readonly string[]): Map<string, number> {
  const byFrench = new Map<string, number>();
  const byArabic = new Map<string, number>();
  geometryNames.forEach((name, index) => {
    const french = normaliseFrenchName(name);
    if (french) byFrench.set(PROVINCE_NAME_ALIASES[french] ?? french, index);
    else byArabic.set(arabicPartOf(name), index);
  });
  const matches = new Map<string, number>();
  const taken = new Set<number>();
  for (const province of provinces) {
    const index = byFrench.get(normaliseFrenchName(province.nameFr)) ?? byArabic.get(province.nameAr.trim());
    if (index === undefined || taken.has(index)) continue;
    matches.set(province.code, index);
    taken.add(index);
  }
  return matches;
}
