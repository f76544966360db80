import { serverErrorCode, serverErrorReason } from '@massar/client';

/** How the record page words a failed lookup: a code no pupil of the school has, a malformed code, or anything else. */
export function lookupFailure(error: unknown): 'notFound' | 'invalidCode' | 'other' {
  if (serverErrorCode(error) === 'NOT_FOUND') return 'notFound';
  if (serverErrorReason(error) === 'INVALID_CODE_MASSAR') return 'invalidCode';
  return 'other';
}
