import { describe, expect, it } from 'vitest';
import { draftProblems } from '../draftProblems';
import { emptyDraft, emptyGuardian, toRegisterInput, type RegistrationDraft } from '../registrationDraft';

function complete(overrides: Partial<RegistrationDraft> = {}): RegistrationDraft {
  return {
    ...emptyDraft('U2Nob29sQ2xhc3M6MTAy'),
    firstName: 'Sara',
    lastName: 'Bennani',
    firstNameAr: 'سارة',
    lastNameAr: 'بناني',
    birthDate: '2014-02-28',
    birthPlace: 'Casablanca',
    gender: 'F',
    guardians: [{ ...emptyGuardian(), relationship: 'MOTHER', firstName: 'Amina', lastName: 'Bennani', firstNameAr: 'أمينة', lastNameAr: 'بناني' }],
    ...overrides,
  };
}

describe('the registration form\'s checks', () => {
  it('pass a complete draft', () => {
    expect(draftProblems(complete())).toEqual({});
  });

  it('name every missing field at once, by the path the API uses', () => {
    expect(draftProblems(emptyDraft())).toEqual({
      classId: 'REQUIRED',
      lastName: 'REQUIRED',
      firstName: 'REQUIRED',
      lastNameAr: 'REQUIRED',
      firstNameAr: 'REQUIRED',
      birthDate: 'REQUIRED',
      birthPlace: 'REQUIRED',
      gender: 'REQUIRED',
      'guardians.0.relationship': 'REQUIRED',
      'guardians.0.lastName': 'REQUIRED',
      'guardians.0.firstName': 'REQUIRED',
      'guardians.0.lastNameAr': 'REQUIRED',
      'guardians.0.firstNameAr': 'REQUIRED',
    });
  });

  it('refuse a date that does not exist, a long or disguised name, and malformed contacts', () => {
    const [g] = complete().guardians;
    const problems = draftProblems(
      complete({
        birthDate: '2014-02-30',
        lastName: 'x'.repeat(81),
        firstName: 'Sa\u202Era',
        guardians: [{ ...g, phone: '0612', email: 'amina@', nationalId: '123' }],
      }),
    );
    expect(problems).toEqual({
      birthDate: 'INVALID_DATE',
      lastName: 'TOO_LONG',
      firstName: 'INVISIBLE_CHARACTER',
      'guardians.0.phone': 'PHONE_FORMAT',
      'guardians.0.email': 'EMAIL_FORMAT',
      'guardians.0.nationalId': 'NATIONAL_ID_FORMAT',
    });
  });

  it('accept a phone and a CIN typed with spaces, and flag one CIN typed for two guardians', () => {
    const [g] = complete().guardians;
    const ok = draftProblems(complete({ guardians: [{ ...g, phone: '06 12 34 56 78', nationalId: 'be 123456' }] }));
    expect(ok).toEqual({});
    const twice = draftProblems(complete({ guardians: [{ ...g, nationalId: 'BE123456' }, { ...g, relationship: 'FATHER', nationalId: 'be123456' }] }));
    expect(twice).toEqual({ 'guardians.1.nationalId': 'DUPLICATE_GUARDIAN' });
  });

  it('send trimmed names and leave out the contacts not given', () => {
    const [g] = complete().guardians;
    const input = toRegisterInput(complete({ firstName: '  Sara ', guardians: [{ ...g, phone: '06 12-34.56.78', nationalId: 'be123456' }] }));
    expect(input.firstName).toBe('Sara');
    expect(input.guardians[0]).toEqual({
      relationship: 'MOTHER',
      firstName: 'Amina',
      lastName: 'Bennani',
      firstNameAr: 'أمينة',
      lastNameAr: 'بناني',
      phone: '0612345678',
      nationalId: 'BE123456',
    });
  });
});
