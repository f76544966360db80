export interface AverageBand {
  from: number;
  to: number;
  count: number;
}

/** The bands of the distribution of general averages: 0–5, 5–10, 10–12, 12–14, 14–16, 16–20. */
export const AVERAGE_BAND_LIMITS: readonly (readonly [number, number])[] = [
  [0, 5],
  [5, 10],
  [10, 12],
  [12, 14],
  [14, 16],
  [16, 20],
];

/** How many averages fall in each band; a band holds its lower limit, the last one also 20. Nulls are left out. */
export function averageBands(averages: readonly (number | null | undefined)[]): AverageBand[] {
  const bands = AVERAGE_BAND_LIMITS.map(([from, to]) => ({ from, to, count: 0 }));
  for (const average of averages) {
    if (average === null || average === undefined || average < 0 || average > 20) continue;
    const band = bands.find((b, i) => average < b.to || i === bands.length - 1)!;
    band.count += 1;
  }
  return bands;
}

/** Share of pupils with a general average of at least 10, among those who have one; null if none has. */
export function passRate(averages: readonly (number | null | undefined)[]): number | null {
  const known = averages.filter((a): a is number => typeof a === 'number');
  return known.length === 0 ? null : known.filter((a) => a >= 10).length / known.length;
}
