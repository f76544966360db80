import { compactNationalId, compactPhone, NAME_MAX, PLACE_MAX, type GuardianDraft, type RegistrationDraft } from './registrationDraft';

/**
 * What is wrong with each field of the form, by the path the API uses for it (`birthDate`,
 * `guardians.0.phone`), as a reason the screen words: the checks the API makes, made before
 * sending so that every field in error shows at once (the API names only the first).
 */
export type FieldProblems = Record<string, string>;

// The formats the API checks (enrolment/dto/register-student.input.ts).
const PHONE = /^(\+212|0)[5-7]\d{8}$/;
const NATIONAL_ID = /^[A-Z]{1,2}\d{1,6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Invisible and text-direction characters the API refuses in a name.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

function nameProblem(value: string, max = NAME_MAX): string | null {
  if (value.trim() === '') return 'REQUIRED';
  if (INVISIBLE.test(value)) return 'INVISIBLE_CHARACTER';
  if ([...value.trim()].length > max) return 'TOO_LONG';
  return null;
}

/** A real calendar date written YYYY-MM-DD (the date input gives that, or nothing). */
function dateProblem(value: string): string | null {
  if (value === '') return 'REQUIRED';
  if (!ISO_DATE.test(value)) return 'INVALID_DATE';
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) return 'INVALID_DATE';
  return null;
}

function guardianProblems(g: GuardianDraft, path: string, problems: FieldProblems): void {
  if (!g.relationship) problems[`${path}.relationship`] = 'REQUIRED';
  for (const field of ['lastName', 'firstName', 'lastNameAr', 'firstNameAr'] as const) {
    const problem = nameProblem(g[field]);
    if (problem) problems[`${path}.${field}`] = problem;
  }
  if (g.phone.trim() && !PHONE.test(compactPhone(g.phone))) problems[`${path}.phone`] = 'PHONE_FORMAT';
  if (g.email.trim() && (!EMAIL.test(g.email.trim()) || g.email.trim().length > 254)) problems[`${path}.email`] = 'EMAIL_FORMAT';
  if (g.nationalId.trim() && !NATIONAL_ID.test(compactNationalId(g.nationalId))) problems[`${path}.nationalId`] = 'NATIONAL_ID_FORMAT';
}

/** Every field in error, or an empty object when the draft can be sent. */
export function draftProblems(draft: RegistrationDraft): FieldProblems {
  const problems: FieldProblems = {};
  if (!draft.classId) problems.classId = 'REQUIRED';
  for (const field of ['lastName', 'firstName', 'lastNameAr', 'firstNameAr'] as const) {
    const problem = nameProblem(draft[field]);
    if (problem) problems[field] = problem;
  }
  const birthDate = dateProblem(draft.birthDate);
  if (birthDate) problems.birthDate = birthDate;
  const birthPlace = nameProblem(draft.birthPlace, PLACE_MAX);
  if (birthPlace) problems.birthPlace = birthPlace;
  if (!draft.gender) problems.gender = 'REQUIRED';
  if (draft.guardians.length === 0) problems.guardians = 'GUARDIAN_REQUIRED';
  draft.guardians.forEach((g, i) => guardianProblems(g, `guardians.${i}`, problems));
  const cins = draft.guardians.map((g) => compactNationalId(g.nationalId));
  cins.forEach((cin, i) => {
    if (cin && cins.indexOf(cin) < i) problems[`guardians.${i}.nationalId`] ??= 'DUPLICATE_GUARDIAN';
  });
  return problems;
}
