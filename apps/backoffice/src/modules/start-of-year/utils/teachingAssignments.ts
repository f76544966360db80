import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CoreErrorReason, SchoolingErrorReason } from '@massar/client';

interface Named {
  id: string;
  code: string;
  nameFr: string;
  nameAr: string;
}
interface Person {
  id: string;
  firstName: string;
  lastName: string;
  firstNameAr: string;
  lastNameAr: string;
}

/** One subject of the class with its teacher (null: none yet). */
export interface TeachingRow<S extends Named = Named, P extends Person = Person> {
  subject: S;
  teacher: P | null;
}

/**
 * The class's subjects in curriculum order, each with its teacher; a subject taught but no longer
 * in the curriculum is kept at the end, so that it can still be seen and withdrawn.
 */
export function teachingRows<S extends Named, P extends Person>(
  subjects: { subject: S }[],
  assignments: { subject: S; teacher?: P | null }[],
): TeachingRow<S, P>[] {
  const teacherOf = new Map(assignments.map((a) => [a.subject.code, a.teacher ?? null]));
  const seen = new Set<string>();
  const rows: TeachingRow<S, P>[] = [];
  for (const { subject } of [...subjects, ...assignments]) {
    if (seen.has(subject.code)) continue;
    seen.add(subject.code);
    rows.push({ subject, teacher: teacherOf.get(subject.code) ?? null });
  }
  return rows;
}

/** The teachers among a school's staff (the director and administration cannot be assigned). */
export const teachersOf = <P extends Person & { position: string }>(staff: P[]) => staff.filter((s) => s.position === 'TEACHER');

/** The refusals the screen words (classPage.reasons.*); any other shows the server's message. */
export const TEACHING_REASONS: ReadonlySet<string> = new Set<string>([
  SchoolingErrorReason.NOT_A_TEACHER,
  SchoolingErrorReason.SUBJECT_NOT_IN_CURRICULUM,
  SchoolingErrorReason.UNKNOWN_SUBJECT,
  CoreErrorReason.NOT_FOUND,
  CoreErrorReason.FORBIDDEN,
  CoreErrorReason.PERMISSION,
]);

/** The i18n key of an assignment's refusal, or null when the screen has no words for it. */
export function teachingRefusalKey(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' && TEACHING_REASONS.has(reason) ? `classPage.reasons.${reason}` : null;
}
