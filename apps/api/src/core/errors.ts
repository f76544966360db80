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
    const { path, message } = firstViolation(error.extensions.validationErrors, []);
    return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: path.at(-1) ?? 'input', path: path.join('.'), reason: 'INVALID' } });
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
