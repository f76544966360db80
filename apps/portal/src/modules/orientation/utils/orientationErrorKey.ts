import { serverErrorReason } from '@massar/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ORIENTATION_ERROR_REASONS } from '../constants/OrientationErrorReasons';

/**
 * The message key (portal messages) for a failed submission: the API's reason when the portal
 * words it, a generic refusal for any other GraphQL error, and "unreachable" for the network.
 */
export function orientationErrorKey(error: unknown): string {
  const reason = serverErrorReason(error);
  if (reason && ORIENTATION_ERROR_REASONS.has(reason)) return `orientation.errors.${reason}`;
  if (CombinedGraphQLErrors.is(error)) return 'orientation.errors.generic';
  return 'orientation.errors.network';
}
