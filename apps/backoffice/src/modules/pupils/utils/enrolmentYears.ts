/** The school years of a pupil's enrolments, latest first, each once (the record's year choice). */
export function enrolmentYears(enrolments: { schoolYear: { name: string } }[]): string[] {
  return [...new Set(enrolments.map((e) => e.schoolYear.name))].sort((a, b) => b.localeCompare(a));
}

/** The enrolment that is under way (ACTIVE), if any: the one its registration slip prints. */
export function activeEnrolment<T extends { status: string }>(enrolments: T[]): T | null {
  return enrolments.find((e) => e.status === 'ACTIVE') ?? null;
}
