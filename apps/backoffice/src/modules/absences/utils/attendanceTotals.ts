/** A pupil's attendance totals as the API reads them. */
export interface Totals {
  hoursAbsent: number;
  justifiedHours: number;
  unjustifiedHours: number;
  lateCount: number;
  minutesLate: number;
}

/** The totals' words: hours absent with the unjustified part, and lateness, or none at all. */
export type TotalsWording =
  | { key: 'absences.totals.none' }
  | { key: 'absences.totals.hours' | 'absences.totals.hoursAllJustified'; hours: number; unjustified: number }
  | { key: 'absences.totals.lateOnly'; late: number; minutes: number };

export function totalsWording(t: Totals): TotalsWording[] {
  const parts: TotalsWording[] = [];
  if (t.hoursAbsent > 0) {
    parts.push({ key: t.unjustifiedHours > 0 ? 'absences.totals.hours' : 'absences.totals.hoursAllJustified', hours: t.hoursAbsent, unjustified: t.unjustifiedHours });
  }
  if (t.lateCount > 0) parts.push({ key: 'absences.totals.lateOnly', late: t.lateCount, minutes: t.minutesLate });
  return parts.length ? parts : [{ key: 'absences.totals.none' }];
}
