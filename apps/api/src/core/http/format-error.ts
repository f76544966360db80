import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { type Logger } from 'pino';
import { CoreErrorReason, ErrorCode, toGraphQLError } from '../errors.js';
import { serializeError } from '../logger.js';
import { tokenLimitRefusal } from './request-guards.js';

// The reason is one of the schema's, never the constraint's name: that would show clients the database's inner names.
const PG_CODES: Record<string, { code: ErrorCode; message: string; reason?: CoreErrorReason }> = {
  '23505': { code: ErrorCode.CONFLICT, message: 'This record already exists', reason: CoreErrorReason.DUPLICATE },
  '23514': { code: ErrorCode.BAD_USER_INPUT, message: 'A value is out of its allowed range' },
  '23503': { code: ErrorCode.BAD_USER_INPUT, message: 'A referenced record does not exist' },
  // Values that slipped past the input checks (a number past its column, text PostgreSQL
  // cannot store): the client's input, not a server fault.
  '22003': { code: ErrorCode.BAD_USER_INPUT, message: 'A number is out of its allowed range' },
  '22021': { code: ErrorCode.BAD_USER_INPUT, message: 'A text contains a character that cannot be stored' },
  '22P02': { code: ErrorCode.BAD_USER_INPUT, message: 'A value is not in its expected format' },
  '22007': { code: ErrorCode.BAD_USER_INPUT, message: 'A date is not valid' },
  '22008': { code: ErrorCode.BAD_USER_INPUT, message: 'A date is out of range' },
};

/** The error a resolver or a validation rule threw, under Apollo's and graphql-js's wrappers. */
function originalOf(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 5 && e instanceof GraphQLError && e.originalError; i++) e = e.originalError;
  return e;
}

/**
 * The one mapping point: domain errors keep their code, database constraint violations that
 * slipped past the service checks become CONFLICT/BAD_USER_INPUT, anything else is logged
 * (without any SQL parameter: see serializeError) and masked — no SQL or stack reaches a client.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    const mapped = toGraphQLError(original);
    if (mapped) return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
    const pgCode = (original as { code?: string })?.code;
    if (pgCode && PG_CODES[pgCode]) {
      const { code, message, reason = CoreErrorReason.INVALID } = PG_CODES[pgCode];
      return { message, path: formatted.path, extensions: { code, reason } };
    }
    const code = formatted.extensions?.code;
    const tooLong = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitRefusal(formatted.message) : null;
    if (tooLong) return { message: tooLong, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: CoreErrorReason.QUERY_TOO_LONG } };
    // Parse/validation errors from graphql-js and Apollo are already safe to show.
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    log.error({ err: serializeError(original), path: formatted.path }, 'unexpected error');
    return { message: 'Something went wrong on our side', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
