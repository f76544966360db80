/** The year after a school year: 2025-2026 → 2026-2027 (null when the name is not a school year's). */
export function nextYearName(name: string): string | null {
  const match = /^(\d{4})-(\d{4})$/.exec(name);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return null;
  return `${match[2]}-${Number(match[2]) + 1}`;
}

export interface YearLike {
  name: string;
  /** YYYY-MM-DD */
  startsOn: string;
}

/** The year under way on a day, as the API picks it: the latest started, else the earliest to come. */
export function currentYear<T extends YearLike>(years: readonly T[], today: string): T | null {
  const sorted = [...years].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return sorted.find((y) => y.startsOn <= today) ?? sorted.at(-1) ?? null;
}

/**
 * The years a rollover may open, the year after the current one first (the usual choice), then
 * the year after the latest (a year opened already and rolled over again, or the one after).
 */
export function rolloverTargets(years: readonly YearLike[], today: string): string[] {
  const current = currentYear(years, today);
  const latest = [...years].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0];
  const targets = [current, latest].map((y) => (y ? nextYearName(y.name) : null)).filter((n): n is string => n !== null);
  return [...new Set(targets)];
}
