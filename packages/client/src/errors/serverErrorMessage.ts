import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The message the API chose to show a user (GraphQL errors carry safe, translated messages), or
 * null for network and unexpected errors, which the UI words itself.
 */
export function serverErrorMessage(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    return error.errors.map((e) => e.message).join(' ');
  }
  return null;
}

/** The `extensions.code` of the first GraphQL error (UNAUTHENTICATED, FORBIDDEN, …), if any. */
export function serverErrorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** An extension of the first GraphQL error (reason, retryAfterSeconds…), if any. */
export function serverErrorExtension(error: unknown, name: string): unknown {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors[0]?.extensions?.[name] ?? null;
}
