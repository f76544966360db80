import { type Request } from 'express';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { CoreErrorReason, DomainError, ErrorCode } from '../errors.js';

// Refusals of a request before it runs: each is a DomainError (BAD_USER_INPUT with a reason),
// reported as a validation error so that Apollo answers HTTP 400.

export const NUL_MESSAGE = 'Text may not contain the NUL character (U+0000)';

/** True if any string in a JSON value contains a NUL character (PostgreSQL refuses them in text). */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => k.includes('\0') || containsNul(v));
  return false;
}

/**
 * A NUL anywhere in the request as sent: the JSON body (query text, variables, operation name)
 * or, for a GET, the query string and its JSON-encoded variables and extensions.
 */
export function requestContainsNul(req: Request): boolean {
  if (containsNul(req.body)) return true;
  const search = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
  for (const [key, value] of search) {
    if (containsNul(key) || containsNul(value)) return true;
    if ((key === 'variables' || key === 'extensions') && containsNul(parseJson(value))) return true;
  }
  return false;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // Apollo refuses it later with a 400 of its own.
  }
}

function refuse(context: ValidationContext, message: string, details: { reason: CoreErrorReason; [key: string]: unknown }) {
  context.reportError(new GraphQLError(message, { originalError: new DomainError(ErrorCode.BAD_USER_INPUT, message, details) }));
}

/** A string literal written with the escape \u0000 in the query text. */
export const noNulInLiterals: ValidationRule = (context) => ({
  StringValue(node) {
    if (node.value.includes('\0')) refuse(context, NUL_MESSAGE, { reason: CoreErrorReason.NUL_CHARACTER });
  },
});

/** `subscription { … }` (or any operation type the schema lacks) refused as input, not as a crash. */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    refuse(context, `This API does not support ${node.operation} operations`, { reason: CoreErrorReason.OPERATION_NOT_SUPPORTED, operation: node.operation });
  },
});

export type LimitReason =
  | CoreErrorReason.QUERY_TOO_DEEP | CoreErrorReason.TOO_MANY_ALIASES | CoreErrorReason.QUERY_TOO_COMPLEX | CoreErrorReason.TOO_MANY_DIRECTIVES;

/**
 * graphql-armor's rejection handler: its errors read "Syntax Error: Query depth limit of 12
 * exceeded…"; the client gets the limit's message without that prefix and a reason to act on.
 */
export function limitRejection(reason: LimitReason) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    if (context) refuse(context, error.message.replace(/^Syntax Error:\s*/, ''), { reason });
  };
}

/** graphql-js's token limit (parse option maxTokens) reworded, or null for any other parse error. */
export function tokenLimitRefusal(message: string): string | null {
  const limit = /Document contains more th(?:an|at) (\d+) tokens/.exec(message)?.[1];
  return limit ? `Query token limit of ${limit} exceeded: send a shorter query.` : null;
}
