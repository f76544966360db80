import { describe, expect, it } from 'vitest';
import { emptyRequest, fieldOfReason, requestInput } from '../requestDraft';

const OWN = '03141C0001';

describe('a transfer request as the form sends it', () => {
  it('sends the origin\'s request to the school typed, code Massar cleaned, no birth date', () => {
    const draft = { ...emptyRequest(), codeMassar: ' j130024519 ', toSchoolCode: '06371c0001', reason: '  Déménagement ' };
    expect(requestInput(draft, OWN)).toEqual({ input: { codeMassar: 'J130024519', toSchoolCode: '06371C0001', reason: 'Déménagement', birthDate: null } });
  });

  it('sends the destination\'s request to itself, with the birth date', () => {
    const draft = { ...emptyRequest(), side: 'DESTINATION' as const, codeMassar: 'J130024519', toSchoolCode: 'ignored', birthDate: '2013-05-04' };
    expect(requestInput(draft, OWN)).toEqual({ input: { codeMassar: 'J130024519', toSchoolCode: OWN, reason: null, birthDate: '2013-05-04' } });
  });

  it('names every field in error at once and sends nothing', () => {
    expect(requestInput(emptyRequest(), OWN)).toEqual({ problems: { codeMassar: 'CODE_REQUIRED', toSchoolCode: 'SCHOOL_REQUIRED' } });
    expect(requestInput({ ...emptyRequest(), side: 'DESTINATION', codeMassar: 'J13' }, OWN)).toEqual({
      problems: { codeMassar: 'INVALID_CODE_MASSAR', birthDate: 'BIRTH_DATE_REQUIRED' },
    });
    expect(requestInput({ ...emptyRequest(), codeMassar: 'J130024519', toSchoolCode: OWN.toLowerCase() }, OWN)).toEqual({ problems: { toSchoolCode: 'SAME_SCHOOL' } });
  });

  it('puts the API\'s refusals on their field', () => {
    expect(fieldOfReason('TRANSFER_PENDING')).toBe('codeMassar');
    expect(fieldOfReason('SAME_SCHOOL')).toBe('toSchoolCode');
    expect(fieldOfReason('NOT_FOUND')).toBeNull();
  });
});
