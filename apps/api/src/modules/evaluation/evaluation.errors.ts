import { DomainError, ErrorCode } from '../../core/errors.js';
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
