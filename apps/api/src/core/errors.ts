import { GraphQLError } from 'graphql';
import { registerEnumType } from 'type-graphql';

// The codes clients rely on (DESIGN "GraphQL conventions").
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  GRADES_LOCKED = 'GRADES_LOCKED',
  RATE_LIMITED = 'RATE_LIMITED',
  OVERLOADED = 'OVERLOADED',
}

/**
 * The reasons any module may give (extensions.reason): sessions, permissions, ids, cursors,
 * validation and the request guards. Each module lists its own in <module>.errors.ts; a test
 * (core/error-reasons.spec.ts) fails on a reason thrown anywhere that no enum lists.
 */
export enum CoreErrorReason {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  RATE_LIMITED = 'RATE_LIMITED',
  PERMISSION = 'PERMISSION',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  INVALID = 'INVALID',
  DUPLICATE = 'DUPLICATE',
  INVALID_ID = 'INVALID_ID',
  INVALID_CURSOR = 'INVALID_CURSOR',
  NUL_CHARACTER = 'NUL_CHARACTER',
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  QUERY_TOO_LONG = 'QUERY_TOO_LONG',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES',
  INVALID_JSON = 'INVALID_JSON',
  INVALID_BODY = 'INVALID_BODY',
  BODY_TOO_LARGE = 'BODY_TOO_LARGE',
  UNSUPPORTED_CHARSET = 'UNSUPPORTED_CHARSET',
  UNSUPPORTED_ENCODING = 'UNSUPPORTED_ENCODING',
  REQUEST_ABORTED = 'REQUEST_ABORTED',
  MALFORMED_REQUEST = 'MALFORMED_REQUEST',
  OVERLOADED = 'OVERLOADED',
  INTERNAL = 'INTERNAL',
}
registerEnumType(CoreErrorReason, {
  name: 'CoreErrorReason',
  description: 'extensions.reason of the refusals common to every module.',
  valuesConfig: {
    UNAUTHENTICATED: { description: 'No session: log in.' },
    RATE_LIMITED: { description: 'Too many failed logins: wait retryAfterSeconds, or log in from a browser used before.' },
    PERMISSION: { description: 'The account may not do this at all.' },
    FORBIDDEN: { description: 'The account may not do this to this record.' },
    NOT_FOUND: { description: 'No such record within the caller\'s scope (a row outside it answers the same).' },
    INVALID: { description: 'A field failed validation (extensions.field, extensions.path), or a value the database refused.' },
    DUPLICATE: { description: 'The database already holds this record (a uniqueness rule the checks before it did not catch).' },
    INVALID_ID: { description: 'Not a global id, or the id of another type.' },
    INVALID_CURSOR: { description: 'A pagination cursor that this API did not issue.' },
    NUL_CHARACTER: { description: 'Text containing U+0000.' },
    OPERATION_NOT_SUPPORTED: { description: 'An operation type the schema lacks (subscription).' },
    QUERY_TOO_LONG: { description: 'More tokens than the limit.' },
    QUERY_TOO_DEEP: { description: 'Nested deeper than the limit.' },
    QUERY_TOO_COMPLEX: { description: 'Costs more than the limit.' },
    TOO_MANY_ALIASES: { description: 'More aliases than the limit.' },
    TOO_MANY_DIRECTIVES: { description: 'More directives than the limit.' },
    INVALID_JSON: { description: 'The request body is not a JSON object.' },
    INVALID_BODY: { description: 'The request body does not match its Content-Length.' },
    BODY_TOO_LARGE: { description: 'The request body is over the size limit.' },
    UNSUPPORTED_CHARSET: { description: 'A body not in UTF-8.' },
    UNSUPPORTED_ENCODING: { description: 'A Content-Encoding other than gzip, deflate, br or none.' },
    REQUEST_ABORTED: { description: 'The request body was not received in full.' },
    MALFORMED_REQUEST: { description: 'Any other malformed HTTP request.' },
    OVERLOADED: { description: 'The server is answering as many requests as it can: retry after the Retry-After header\'s seconds (HTTP 503).' },
    INTERNAL: { description: 'A fault on the server side (never the client\'s input).' },
  },
});

/**
 * What services throw. `reason` is a stable, translatable key; `message` is safe to show
 * a user (French-free English default the apps translate by reason).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; reason?: string; [key: string]: unknown } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`, { reason: CoreErrorReason.NOT_FOUND });
export const forbidden = (message = 'You may not access this record') =>
  new DomainError(ErrorCode.FORBIDDEN, message, { reason: CoreErrorReason.FORBIDDEN });
export const badInput = (field: string, reason: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason });
export const conflict = (reason: string, message: string) => new DomainError(ErrorCode.CONFLICT, message, { reason });

/** The one mapping point from a thrown error to what the client sees. */
export function toGraphQLError(error: unknown): GraphQLError | null {
  if (error instanceof DomainError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  if (isValidationError(error)) {
    const { path, message } = firstViolation(error.extensions.validationErrors, []);
    return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: path.at(-1) ?? 'input', path: path.join('.'), reason: CoreErrorReason.INVALID } });
  }
  return null;
}

interface Violation {
  property: string;
  constraints?: Record<string, string>;
  children?: Violation[];
}

interface ValidationErrorShape {
  extensions: { code: string; validationErrors: Violation[] };
}

/** The first failed constraint, with the path to it (guardians.0.phone). */
function firstViolation(errors: Violation[], path: string[]): { path: string[]; message: string } {
  for (const e of errors) {
    if (e.constraints) return { path: [...path, e.property], message: Object.values(e.constraints)[0] };
    if (e.children?.length) return firstViolation(e.children, [...path, e.property]);
  }
  return { path, message: 'Invalid input' };
}

function isValidationError(error: unknown): error is ValidationErrorShape {
  const ext = (error as { extensions?: { code?: string; validationErrors?: unknown } })?.extensions;
  return ext?.code === 'BAD_USER_INPUT' && Array.isArray(ext.validationErrors);
}
