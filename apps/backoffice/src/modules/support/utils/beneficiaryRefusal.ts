import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CoreErrorReason, EnrolmentErrorReason, PeopleErrorReason, SchoolingErrorReason, SupportErrorReason } from '@massar/client';
import type { EligibilityRule } from '@massar/client';

/** The reasons of a list's rows the screen words (SupportErrorReason, per row). */
export const ROW_REASONS: ReadonlySet<string> = new Set([SupportErrorReason.NOT_SCHOOL_PUPIL, SupportErrorReason.ALREADY_BENEFICIARY, SupportErrorReason.NOT_ELIGIBLE, SupportErrorReason.NOT_BENEFICIARY, PeopleErrorReason.INVALID_CODE_MASSAR, EnrolmentErrorReason.DUPLICATE_CODE]);

/** The refusals of a whole list (no row named) the screen words. */
export const LIST_REASONS: ReadonlySet<string> = new Set([SupportErrorReason.ALREADY_BENEFICIARY, SupportErrorReason.UNKNOWN_PROGRAMME, SupportErrorReason.NOT_CONDITIONAL, SupportErrorReason.INVALID_MONTH, SchoolingErrorReason.INVALID_YEAR, CoreErrorReason.FORBIDDEN, CoreErrorReason.PERMISSION]);

/** One refused row of addBeneficiaries / removeBeneficiaries, by code Massar. */
export interface RowRefusal {
  index: number;
  codeMassar: string;
  reason: string;
  rule: EligibilityRule | null;
}

const RULES: ReadonlySet<string> = new Set(['MILIEU', 'CYCLE', 'LEVEL', 'SCHOOL_LIST', 'FAMILY_SITUATION']);

function toRow(value: unknown): RowRefusal | null {
  if (typeof value !== 'object' || value === null) return null;
  const row = value as Record<string, unknown>;
  if (typeof row.index !== 'number' || typeof row.reason !== 'string') return null;
  const rule = typeof row.rule === 'string' && RULES.has(row.rule) ? (row.rule as EligibilityRule) : null;
  return { index: row.index, codeMassar: typeof row.codeMassar === 'string' ? row.codeMassar : '', reason: row.reason, rule };
}

/**
 * Every refused row of a list the API turned down (BAD_USER_INPUT with extensions.rows, each with
 * its reason and, for NOT_ELIGIBLE, the rule that fails); empty for any other error. Nothing of
 * the list was written: the API lists all or none.
 */
export function rowRefusals(error: unknown): RowRefusal[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const ext = e.extensions ?? {};
    if (ext.code !== 'BAD_USER_INPUT') return [];
    const rows = Array.isArray(ext.rows) ? ext.rows : typeof ext.index === 'number' ? [ext] : [];
    return rows.map(toRow).filter((r): r is RowRefusal => r !== null);
  });
}

/** The refusals by code Massar, to show each on its row. */
export function refusalsByCode(refusals: readonly RowRefusal[]): ReadonlyMap<string, RowRefusal> {
  return new Map(refusals.map((r) => [r.codeMassar, r]));
}

/** The i18n key of a refused row. */
export const rowReasonKey = (reason: string) => (ROW_REASONS.has(reason) ? `support.rowReason.${reason}` : 'support.rowReason.OTHER');

/** The i18n key of a refusal of the whole list or query, or null (the server's message is shown). */
export function listReasonKey(reason: string | null): string | null {
  return reason && LIST_REASONS.has(reason) ? `support.reason.${reason}` : null;
}
