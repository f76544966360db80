import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A refusal of the API tied to one field of the form: the field's path (`guardians.0.phone`) and the reason. */
export interface ApiFieldProblem {
  path: string;
  reason: string;
}

// Refusals that are about the chosen class although the API names no field (CONFLICT, NOT_FOUND).
const CLASS_REASONS = new Set(['CLASS_FULL', 'ALREADY_ENROLLED', 'NOT_FOUND', 'INVALID_ID']);

/**
 * The field the API's first error names and why: BAD_USER_INPUT carries `path` (nested input) or
 * `field`; a full or unknown class is the class field's problem. Null for any other error (the
 * screen then shows the server's message).
 */
export function apiFieldProblem(error: unknown, classField = 'classId'): ApiFieldProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions ?? {};
  const reason = typeof ext.reason === 'string' ? ext.reason : 'INVALID';
  if (ext.code === 'BAD_USER_INPUT') {
    const path = typeof ext.path === 'string' && ext.path ? ext.path : typeof ext.field === 'string' ? ext.field : null;
    if (path) return { path: path.replace(/^input\./, ''), reason };
  }
  if ((ext.code === 'CONFLICT' || ext.code === 'NOT_FOUND') && CLASS_REASONS.has(reason)) return { path: classField, reason };
  return null;
}
