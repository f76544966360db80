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

/** Today in Morocco, as YYYY-MM-DD. */
export function todayInMorocco(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca' }).format(new Date());
}
