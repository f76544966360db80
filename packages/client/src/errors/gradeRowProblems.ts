import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One bad row of a batch write, as the API names it in `extensions.rows` of a BAD_USER_INPUT. */
export interface RowProblem {
  /** Position of the row in the batch that was sent. */
  index: number;
  codeMassar: string;
  field: string;
  /** A stable key the apps translate (OUT_OF_RANGE, NOT_IN_CLASS, …). */
  reason: string;
  /** In a batch of assessments (recordGradeBatch): the position of the row's assessment in the batch… */
  assessmentIndex?: number;
  /** …and its id, as sent. */
  assessmentId?: string;
}

function isRowProblem(value: unknown): value is RowProblem {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.index === 'number' && typeof row.reason === 'string';
}

function toRowProblem(value: Record<string, unknown>): RowProblem {
  const problem: RowProblem = {
    index: value.index as number,
    codeMassar: typeof value.codeMassar === 'string' ? value.codeMassar : '',
    field: typeof value.field === 'string' ? value.field : 'value',
    reason: value.reason as string,
  };
  if (typeof value.assessmentIndex === 'number') problem.assessmentIndex = value.assessmentIndex;
  if (typeof value.assessmentId === 'string') problem.assessmentId = value.assessmentId;
  return problem;
}

/**
 * The rows a BAD_USER_INPUT names: every row of `extensions.rows` when the API lists them, else
 * the single row of `extensions.index`; empty for any other error.
 */
export function rowProblems(error: unknown): RowProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const ext = e.extensions ?? {};
    if (ext.code !== 'BAD_USER_INPUT') return [];
    if (Array.isArray(ext.rows)) return ext.rows.filter(isRowProblem).map((row) => toRowProblem(row as unknown as Record<string, unknown>));
    return isRowProblem(ext) ? [toRowProblem(ext as Record<string, unknown>)] : [];
  });
}

/** The `extensions.reason` of the first GraphQL error (OUTSIDE_TERM, TERM_NOT_LOCKED, …), if any. */
export function serverErrorReason(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : null;
}
