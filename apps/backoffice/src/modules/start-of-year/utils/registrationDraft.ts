import type { Gender, GuardianInput, RegisterStudentInput, Relationship } from '@massar/client';

/** A guardian as typed in the registration form: every field a string, empty when not given. */
export interface GuardianDraft {
  relationship: Relationship | '';
  firstName: string;
  lastName: string;
  firstNameAr: string;
  lastNameAr: string;
  phone: string;
  email: string;
  nationalId: string;
}

/** The registration form as typed. */
export interface RegistrationDraft {
  classId: string;
  firstName: string;
  lastName: string;
  firstNameAr: string;
  lastNameAr: string;
  birthDate: string;
  birthPlace: string;
  gender: Gender | '';
  guardians: GuardianDraft[];
}

/** The API takes at least one and at most four guardians. */
export const MAX_GUARDIANS = 4;
/** The API's limits on a name and a birth place (people/person-name.ts). */
export const NAME_MAX = 80;
export const PLACE_MAX = 100;

export const emptyGuardian = (): GuardianDraft => ({
  relationship: '',
  firstName: '',
  lastName: '',
  firstNameAr: '',
  lastNameAr: '',
  phone: '',
  email: '',
  nationalId: '',
});

export const emptyDraft = (classId = ''): RegistrationDraft => ({
  classId,
  firstName: '',
  lastName: '',
  firstNameAr: '',
  lastNameAr: '',
  birthDate: '',
  birthPlace: '',
  gender: '',
  guardians: [emptyGuardian()],
});

/** A phone as the API takes it: spaces, dots and dashes a secretary types between digits removed. */
export const compactPhone = (phone: string) => phone.replace(/[\s.-]/g, '');
/** A CIN as the API takes it: upper case, no spaces. */
export const compactNationalId = (cin: string) => cin.replace(/\s/g, '').toUpperCase();

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

function toGuardianInput(g: GuardianDraft): GuardianInput {
  const input: GuardianInput = {
    relationship: g.relationship as Relationship,
    firstName: g.firstName.trim(),
    lastName: g.lastName.trim(),
    firstNameAr: g.firstNameAr.trim(),
    lastNameAr: g.lastNameAr.trim(),
  };
  const phone = optional(compactPhone(g.phone));
  const email = optional(g.email);
  const nationalId = optional(compactNationalId(g.nationalId));
  if (phone) input.phone = phone;
  if (email) input.email = email;
  if (nationalId) input.nationalId = nationalId;
  return input;
}

/** The mutation's input from a draft that passed `draftProblems` (names trimmed, empty contacts left out). */
export function toRegisterInput(draft: RegistrationDraft): RegisterStudentInput {
  return {
    classId: draft.classId,
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    firstNameAr: draft.firstNameAr.trim(),
    lastNameAr: draft.lastNameAr.trim(),
    birthDate: draft.birthDate,
    birthPlace: draft.birthPlace.trim(),
    gender: draft.gender as Gender,
    guardians: draft.guardians.map(toGuardianInput),
  };
}
