import { serverErrorReason } from '@massar/client';
import { TRANSFER_REASONS } from '../constants/TransferReasons';

/**
 * The i18n key of a failed transfer operation: the API's reason when the inbox words it, else
 * null (the caller then shows the server's message, or a network error).
 */
export function transferErrorKey(error: unknown): string | null {
  const reason = serverErrorReason(error);
  return reason && TRANSFER_REASONS.has(reason) ? `transfers.reasons.${reason}` : null;
}
