import { registerEnumType } from 'type-graphql';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { type Term, TermStatus } from './evaluation.enums.js';

/**
 * Why evaluation refuses (extensions.reason, and `reason` of each row in extensions.rows), beside
 * the generic CoreErrorReason. It includes every GradeSheetFileError and GradeSheetRowReason
 * (importGradeSheet refuses with them), and the term status of a GRADES_LOCKED.
 */
export enum EvaluationErrorReason {
  // Assessments
  KIND_NOT_IN_LEVEL = 'KIND_NOT_IN_LEVEL',
  OUTSIDE_TERM = 'OUTSIDE_TERM',
  UNKNOWN_SUBJECT = 'UNKNOWN_SUBJECT',
  // Rows of grades and of class-council decisions
  INVALID_CODE = 'INVALID_CODE',
  DUPLICATE = 'DUPLICATE',
  NOT_IN_CLASS = 'NOT_IN_CLASS',
  VALUE_OR_ABSENCE = 'VALUE_OR_ABSENCE',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  TOO_PRECISE = 'TOO_PRECISE',
  TOO_LONG = 'TOO_LONG',
  DUPLICATE_ASSESSMENT = 'DUPLICATE_ASSESSMENT',
  // Terms and the class council
  LOCKED = 'LOCKED',
  PUBLISHED = 'PUBLISHED',
  TERM_NOT_OPEN = 'TERM_NOT_OPEN',
  TERM_NOT_LOCKED = 'TERM_NOT_LOCKED',
  TERM_ALREADY_OPEN = 'TERM_ALREADY_OPEN',
  REASON_REQUIRED = 'REASON_REQUIRED',
  YEAR_NOT_CLOSED = 'YEAR_NOT_CLOSED',
  // Grade sheets (GradeSheetFileError, GradeSheetRowReason)
  NOT_A_SPREADSHEET = 'NOT_A_SPREADSHEET',
  WRONG_SHEET = 'WRONG_SHEET',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  UNKNOWN_CODE_MASSAR = 'UNKNOWN_CODE_MASSAR',
  DUPLICATE_ROW = 'DUPLICATE_ROW',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  UNKNOWN_ASSESSMENT = 'UNKNOWN_ASSESSMENT',
}
registerEnumType(EvaluationErrorReason, {
  name: 'EvaluationErrorReason',
  description: 'extensions.reason of the refusals of assessments, grades, terms, grade sheets and the class council.',
  valuesConfig: {
    KIND_NOT_IN_LEVEL: { description: 'This level has no assessment of this kind.' },
    OUTSIDE_TERM: { description: 'The date is outside the term.' },
    UNKNOWN_SUBJECT: { description: 'No subject has this code.' },
    INVALID_CODE: { description: 'A row\'s code Massar is not one letter and nine digits.' },
    DUPLICATE: { description: 'The same pupil twice in one write.' },
    NOT_IN_CLASS: { description: 'The pupil is not on the class roster.' },
    VALUE_OR_ABSENCE: { description: 'A grade is either a mark or an absence.' },
    OUT_OF_RANGE: { description: 'A mark is between 0 and 20.' },
    TOO_PRECISE: { description: 'A mark has at most two decimals.' },
    TOO_LONG: { description: 'A class-council note is too long.' },
    DUPLICATE_ASSESSMENT: { description: 'The same assessment twice in one batch.' },
    LOCKED: { description: 'GRADES_LOCKED: the term is locked for the class council.' },
    PUBLISHED: { description: 'GRADES_LOCKED: the term\'s results are published.' },
    TERM_NOT_OPEN: { description: 'Only an open term can be locked.' },
    TERM_NOT_LOCKED: { description: 'Lock the term before publishing.' },
    TERM_ALREADY_OPEN: { description: 'The term is already open.' },
    REASON_REQUIRED: { description: 'Reopening a term needs a reason.' },
    YEAR_NOT_CLOSED: { description: 'Lock S2 before the class council confirms decisions.' },
    NOT_A_SPREADSHEET: { description: 'Not an .xlsx workbook.' },
    WRONG_SHEET: { description: 'Not the Massar sheet of this class × subject × term.' },
    FILE_TOO_LARGE: { description: 'Over 1.5 MB, or inflating to more than a grade sheet does.' },
    UNKNOWN_CODE_MASSAR: { description: 'A sheet row whose code Massar is empty or malformed.' },
    DUPLICATE_ROW: { description: 'A pupil twice in a sheet.' },
    NOT_A_NUMBER: { description: 'A sheet cell that is neither a mark nor an absence.' },
    UNKNOWN_ASSESSMENT: { description: 'A sheet column that is not an assessment of this class × subject × term.' },
  },
});


export const gradesLocked = (term: Term, status: TermStatus) =>
  new DomainError(ErrorCode.GRADES_LOCKED, `The ${term} grades of this class are ${status.toLowerCase()}: ask the director to reopen the term`, {
    reason: status === TermStatus.PUBLISHED ? EvaluationErrorReason.PUBLISHED : EvaluationErrorReason.LOCKED,
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
