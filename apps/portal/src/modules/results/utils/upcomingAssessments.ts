/** A calendar day as YYYY-MM-DD in local time, comparable with a GraphQL Date. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Assessments from today on, soonest first. */
export function upcomingAssessments<T extends { date: string }>(assessments: readonly T[], today: string): T[] {
  return assessments.filter((a) => a.date >= today).sort((a, b) => a.date.localeCompare(b.date));
}
