import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import fr from '../../../../i18n/schooltime/fr.json';
import { JUSTIFY_ERROR_REASONS, STALE_ABSENCE_REASONS } from '../../constants/SchoolTimeErrorReasons';
import { justifyErrorKey } from '../justifyErrorKey';

const refusal = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message: 'An absence is already justified', extensions }] });

describe('justifyErrorKey', () => {
  it('words a refusal from its reason, not from the English message', () => {
    expect(justifyErrorKey(refusal({ code: 'CONFLICT', reason: 'ALREADY_JUSTIFIED' }))).toBe('justify.errors.ALREADY_JUSTIFIED');
    expect(justifyErrorKey(refusal({ code: 'BAD_USER_INPUT', reason: 'ATTACHMENT_TYPE', field: 'attachment' }))).toBe('justify.errors.ATTACHMENT_TYPE');
  });

  it('falls back on a generic refusal, and on "unreachable" for the network', () => {
    expect(justifyErrorKey(refusal({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }))).toBe('justify.errors.generic');
    expect(justifyErrorKey(new TypeError('Failed to fetch'))).toBe('justify.errors.network');
  });

  it('has a French text for every reason it words, the stale ones included', () => {
    const errors = fr.justify.errors as Record<string, string>;
    for (const reason of [...JUSTIFY_ERROR_REASONS, ...STALE_ABSENCE_REASONS]) expect(errors[reason], reason).toBeTruthy();
    expect(errors.generic).toBeTruthy();
    expect(errors.network).toBeTruthy();
  });
});
