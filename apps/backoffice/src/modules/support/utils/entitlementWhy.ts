/** What an entitlement's condition and counts are, as the API gives them. */
export interface EntitlementLike {
  met: boolean;
  unjustifiedDays: number;
  unjustifiedHours: number;
  pendingJustifications: number;
  condition: { unit: 'DAYS' | 'HOURS'; max: number };
}

/**
 * Why the month is kept or lost, as an i18n key and its values: "5 days without a justification,
 * more than the 4 allowed"; pending justifications are said apart (they count until accepted).
 */
export function entitlementWhy(e: EntitlementLike): { key: string; count: number; max: number; pending: number } {
  const count = e.condition.unit === 'DAYS' ? e.unjustifiedDays : e.unjustifiedHours;
  return { key: `support.why.${e.met ? 'kept' : 'lost'}.${e.condition.unit}`, count, max: e.condition.max, pending: e.pendingJustifications };
}
