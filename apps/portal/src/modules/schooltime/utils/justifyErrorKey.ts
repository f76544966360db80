import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { serverErrorReason } from '@massar/client';
import { JUSTIFY_ERROR_REASONS } from '../constants/SchoolTimeErrorReasons';

/**
 * The message key (schooltime namespace) for a justification that was not sent: the API's reason
 * when the portal words it, a generic refusal for any other GraphQL error, else "unreachable".
 */
export function justifyErrorKey(error: unknown): string {
  const reason = serverErrorReason(error);
  if (reason && JUSTIFY_ERROR_REASONS.has(reason)) return `justify.errors.${reason}`;
  if (CombinedGraphQLErrors.is(error)) return 'justify.errors.generic';
  return 'justify.errors.network';
}
