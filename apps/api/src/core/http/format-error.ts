import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { type Logger } from 'pino';
import { ErrorCode, toGraphQLError } from '../errors.js';

const PG_CODES: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: ErrorCode.CONFLICT, message: 'This record already exists' },
  '23514': { code: ErrorCode.BAD_USER_INPUT, message: 'A value is out of its allowed range' },
  '23503': { code: ErrorCode.BAD_USER_INPUT, message: 'A referenced record does not exist' },
};

/**
 * The one mapping point: domain errors keep their code, database constraint violations that
 * slipped past the service checks become CONFLICT/BAD_USER_INPUT, anything else is logged
 * and masked — no SQL or stack reaches a client.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped = toGraphQLError(original);
    if (mapped) return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
    const pgCode = (original as { code?: string })?.code;
    if (pgCode && PG_CODES[pgCode]) {
      const { code, message } = PG_CODES[pgCode];
      return { message, path: formatted.path, extensions: { code, reason: (original as { constraint?: string }).constraint } };
    }
    const code = formatted.extensions?.code;
    // Parse/validation errors from graphql-js and Apollo are already safe to show.
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'Something went wrong on our side', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
