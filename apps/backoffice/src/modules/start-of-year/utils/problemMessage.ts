/** An i18n key (app namespace) for a field's problem. */
export interface ProblemMessage {
  key: string;
}

/** The field a path ends on: `guardians.0.phone` → `phone`. */
export const fieldOf = (path: string) => path.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) ?? path;

const NAME_FIELDS = new Set(['firstName', 'lastName', 'firstNameAr', 'lastNameAr', 'birthPlace']);
/** What the API's generic INVALID means for each field it can name. */
const INVALID_BY_FIELD: Record<string, string> = {
  phone: 'PHONE_FORMAT',
  email: 'EMAIL_FORMAT',
  nationalId: 'NATIONAL_ID_FORMAT',
  birthDate: 'INVALID_DATE',
  relationship: 'REQUIRED',
  gender: 'REQUIRED',
  guardians: 'GUARDIAN_REQUIRED',
  classId: 'INVALID_ID',
};

/**
 * The message of a field's problem: the form's own reasons and the API's worded reasons have a
 * text each (`registration.problem.<REASON>`); the API's generic INVALID is worded per field.
 */
export function problemMessage(path: string, reason: string): ProblemMessage {
  if (reason !== 'INVALID') return { key: `registration.problem.${reason}` };
  const field = fieldOf(path);
  if (NAME_FIELDS.has(field)) return { key: 'registration.problem.NAME_INVALID' };
  return { key: `registration.problem.${INVALID_BY_FIELD[field] ?? 'INVALID'}` };
}
