import { GraphQLError } from 'graphql';

// The codes clients rely on (DESIGN "GraphQL conventions").
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  GRADES_LOCKED = 'GRADES_LOCKED',
  RATE_LIMITED = 'RATE_LIMITED',
}

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

export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`, { reason: 'NOT_FOUND' });
export const forbidden = (message = 'You may not access this record') =>
  new DomainError(ErrorCode.FORBIDDEN, message, { reason: 'FORBIDDEN' });
export const badInput = (field: string, reason: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, reason });
export const conflict = (reason: string, message: string) => new DomainError(ErrorCode.CONFLICT, message, { reason });

/** The one mapping point from a thrown error to what the client sees. */
export function toGraphQLError(error: unknown): GraphQLError | null {
  if (error instanceof DomainError) {
    return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  if (isValidationError(error)) {
    const first = error.extensions.validationErrors[0];
    const field = first?.property ?? 'input';
    const message = first?.constraints ? Object.values(first.constraints)[0] : 'Invalid input';
    return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason: 'INVALID' } });
  }
  return null;
}

interface ValidationErrorShape {
  extensions: { code: string; validationErrors: { property: string; constraints?: Record<string, string> }[] };
}

function isValidationError(error: unknown): error is ValidationErrorShape {
  const ext = (error as { extensions?: { code?: string; validationErrors?: unknown } })?.extensions;
  return ext?.code === 'BAD_USER_INPUT' && Array.isArray(ext.validationErrors);
}
