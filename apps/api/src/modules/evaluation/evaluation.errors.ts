import { DomainError, ErrorCode } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { type Term, type TermStatus } from './evaluation.enums.js';

export const gradesLocked = (term: Term, status: TermStatus) =>
  new DomainError(ErrorCode.GRADES_LOCKED, `The ${term} grades of this class are ${status.toLowerCase()}: ask the director to reopen the term`, {
    reason: status,
  });

export interface RowProblem {
  index: number;
  codeMassar: string;
  field: 'codeMassar' | 'value' | 'absence' | 'note';
  reason: string;
  message: string;
}

/** BAD_USER_INPUT naming the first bad row (index, code Massar, reason), with every bad row listed for the grid. */
export function badRows(problems: RowProblem[], list = 'grades'): DomainError {
  const [first] = problems;
  return new DomainError(ErrorCode.BAD_USER_INPUT, `Row ${first.index + 1} (${first.codeMassar}): ${first.message}`, {
    field: first.field,
    path: `${list}.${first.index}.${first.field}`,
    reason: first.reason,
    index: first.index,
    codeMassar: first.codeMassar,
    rows: problems.map(({ index, codeMassar, field, reason }) => ({ index, codeMassar, field, reason })),
  });
}

/** The same error, naming which assessment of a batch it is about (its position and global id). */
export function ofAssessment(error: DomainError, index: number, assessmentId: number): DomainError {
  return new DomainError(error.code, error.message, { ...error.details, assessmentIndex: index, assessmentId: toGlobalId('Assessment', assessmentId) });
}

/**
 * BAD_USER_INPUT of a batch of assessments: the first bad row named by its assessment (position and
 * id) and its row (index, code Massar, reason), with every bad row listed so that a grid can mark
 * each cell.
 */
export function badBatchRows(problems: (RowProblem & { assessment: number })[], assessmentIds: string[]): DomainError {
  const [first] = problems;
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `Assessment ${first.assessment + 1}, row ${first.index + 1} (${first.codeMassar}): ${first.message}`,
    {
      field: first.field,
      path: `assessments.${first.assessment}.grades.${first.index}.${first.field}`,
      reason: first.reason,
      assessmentIndex: first.assessment,
      assessmentId: assessmentIds[first.assessment],
      index: first.index,
      codeMassar: first.codeMassar,
      rows: problems.map(({ assessment, index, codeMassar, field, reason }) => ({
        assessmentIndex: assessment, assessmentId: assessmentIds[assessment], index, codeMassar, field, reason,
      })),
    },
  );
}
