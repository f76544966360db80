import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { EnrolmentErrorReason } from '@massar/client';
import { describe, expect, it } from 'vitest';
import fr from '../../../../i18n/mobility/fr.json';
import { ORIENTATION_ERROR_REASONS } from '../../constants/OrientationErrorReasons';
import { orientationErrorKey } from '../orientationErrorKey';

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Orientation wishes closed on 2027-05-31', extensions }] });

describe('orientationErrorKey', () => {
  it('words a refusal from its reason, not from the English message', () => {
    expect(orientationErrorKey(refusal({ code: 'CONFLICT', reason: EnrolmentErrorReason.DEADLINE_PASSED }))).toBe('orientation.errors.DEADLINE_PASSED');
  });

  it('falls back on a generic refusal, and on "unreachable" for the network', () => {
    expect(orientationErrorKey(refusal({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }))).toBe('orientation.errors.generic');
    expect(orientationErrorKey(new TypeError('Failed to fetch'))).toBe('orientation.errors.network');
  });

  it('has a French text for every reason it words', () => {
    const errors = fr.orientation.errors as Record<string, string>;
    for (const reason of ORIENTATION_ERROR_REASONS) expect(errors[reason], reason).toBeTruthy();
    expect(errors.generic).toBeTruthy();
    expect(errors.network).toBeTruthy();
  });
});
