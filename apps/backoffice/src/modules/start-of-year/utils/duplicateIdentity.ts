import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { EnrolmentErrorReason } from '@massar/client';
import type { RegistrationDraft } from './registrationDraft';

/** The four fields that make an identity (people/duplicate-identity.ts): Latin names, birth date and place. */
export interface Identity {
  firstName: string;
  lastName: string;
  birthDate: string;
  birthPlace: string;
}

/** A pupil already registered with that identity, as the school may see them. */
export interface DuplicateMatch {
  codeMassar: string;
  firstName: string;
  lastName: string;
  firstNameAr: string;
  lastNameAr: string;
  birthDate: string;
  school: { code: string; nameFr: string; nameAr: string } | null;
}

/** What the form warns of: the matches the school may see, and whether one exists in another school. */
export interface Duplicates {
  matches: DuplicateMatch[];
  existsElsewhere: boolean;
}

/** The identity typed, once its four fields are filled (a date as the date field gives it), else null. */
export function identityOf(draft: RegistrationDraft): Identity | null {
  const identity = { firstName: draft.firstName.trim(), lastName: draft.lastName.trim(), birthDate: draft.birthDate, birthPlace: draft.birthPlace.trim() };
  if (!identity.firstName || !identity.lastName || !identity.birthPlace || !/^\d{4}-\d{2}-\d{2}$/.test(identity.birthDate)) return null;
  return identity;
}

/** The same identity (a key for "the warning is about what is typed now"). */
export const identityKey = (identity: Identity | null) =>
  identity ? [identity.firstName, identity.lastName, identity.birthDate, identity.birthPlace].map((s) => s.toLowerCase()).join('\u0000') : '';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function toMatch(value: unknown): DuplicateMatch | null {
  if (typeof value !== 'object' || value === null) return null;
  const m = value as Record<string, unknown>;
  if (typeof m.codeMassar !== 'string') return null;
  const s = typeof m.currentSchool === 'object' && m.currentSchool !== null ? (m.currentSchool as Record<string, unknown>) : null;
  return {
    codeMassar: m.codeMassar,
    firstName: text(m.firstName),
    lastName: text(m.lastName),
    firstNameAr: text(m.firstNameAr),
    lastNameAr: text(m.lastNameAr),
    birthDate: text(m.birthDate),
    school: s ? { code: text(s.code), nameFr: text(s.nameFr), nameAr: text(s.nameAr) } : null,
  };
}

/** The duplicates a registerStudent refusal (CONFLICT POSSIBLE_DUPLICATE) lists, or null for any other error. */
export function duplicatesOfRefusal(error: unknown): Duplicates | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  if (ext.reason !== EnrolmentErrorReason.POSSIBLE_DUPLICATE) return null;
  const matches = Array.isArray(ext.matches) ? ext.matches.map(toMatch).filter((m): m is DuplicateMatch => m !== null) : [];
  return { matches, existsElsewhere: ext.existsElsewhere === true };
}

/** Whether there is anything to warn of. */
export const hasDuplicates = (d: Duplicates | null): d is Duplicates => d !== null && (d.matches.length > 0 || d.existsElsewhere);
