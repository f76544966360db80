import type { RequestTransferInput } from '@massar/client';
import { parseCodeMassar } from '@massar/rules';

/** Which side the school asking is on: the pupil leaves it (origin) or joins it (destination). */
export type RequestSide = 'ORIGIN' | 'DESTINATION';

export interface RequestDraft {
  side: RequestSide;
  codeMassar: string;
  /** The destination's code, typed when the origin asks. */
  toSchoolCode: string;
  /** YYYY-MM-DD, typed when the destination asks. */
  birthDate: string;
  reason: string;
}

export const emptyRequest = (): RequestDraft => ({ side: 'ORIGIN', codeMassar: '', toSchoolCode: '', birthDate: '', reason: '' });

export type RequestField = 'codeMassar' | 'toSchoolCode' | 'birthDate';
export type RequestProblems = Partial<Record<RequestField, string>>;

/**
 * The request as sent, or the problems of its fields (reasons of transfers.reasons.*): the
 * destination asking names itself and proves it knows the pupil with the birth date.
 */
export function requestInput(draft: RequestDraft, ownSchoolCode: string): { input: RequestTransferInput } | { problems: RequestProblems } {
  const problems: RequestProblems = {};
  const codeMassar = parseCodeMassar(draft.codeMassar);
  if (!draft.codeMassar.trim()) problems.codeMassar = 'CODE_REQUIRED';
  else if (!codeMassar) problems.codeMassar = 'INVALID_CODE_MASSAR';
  const toSchoolCode = draft.side === 'ORIGIN' ? draft.toSchoolCode.trim().toUpperCase() : ownSchoolCode;
  if (draft.side === 'ORIGIN' && !toSchoolCode) problems.toSchoolCode = 'SCHOOL_REQUIRED';
  else if (draft.side === 'ORIGIN' && toSchoolCode === ownSchoolCode) problems.toSchoolCode = 'SAME_SCHOOL';
  if (draft.side === 'DESTINATION' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.birthDate)) problems.birthDate = 'BIRTH_DATE_REQUIRED';
  if (Object.keys(problems).length > 0 || !codeMassar) return { problems };
  const reason = draft.reason.trim() || null;
  return { input: { codeMassar, toSchoolCode, reason, birthDate: draft.side === 'DESTINATION' ? draft.birthDate : null } };
}

/** The field an API refusal is about, to put it there (else it is shown above the form). */
export function fieldOfReason(reason: string | null): RequestField | null {
  if (reason === 'INVALID_CODE_MASSAR' || reason === 'NOT_ENROLLED' || reason === 'TRANSFER_PENDING') return 'codeMassar';
  if (reason === 'SAME_SCHOOL') return 'toSchoolCode';
  if (reason === 'INVALID_DATE') return 'birthDate';
  return null;
}
