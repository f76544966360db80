import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { listReasonKey, refusalsByCode, rowReasonKey, rowRefusals } from '../beneficiaryRefusal';
import { CODES_MAX, parsePastedCodes, pastedCodesReady } from '../pastedCodes';
import { choiceFromSearch, choiceSearch, tabsOf } from '../programmes';

describe('a pasted list of codes Massar', () => {
  it('takes one per line or separated, normalised, each once', () => {
    const parsed = parsePastedCodes(' j130024519\nJ130024520; J130024519 ,\tK100000001 ');
    expect(parsed).toEqual({ codes: ['J130024519', 'J130024520', 'K100000001'], invalid: [], repeated: ['J130024519'], tooMany: false });
    expect(pastedCodesReady(parsed)).toBe(true);
  });

  it('keeps back a list with a malformed code, none, or too many', () => {
    expect(parsePastedCodes('J13002451 J130024519').invalid).toEqual(['J13002451']);
    expect(pastedCodesReady(parsePastedCodes('J13002451 J130024519'))).toBe(false);
    expect(pastedCodesReady(parsePastedCodes('  \n'))).toBe(false);
    const many = Array.from({ length: CODES_MAX + 1 }, (_, i) => `J${String(130000000 + i)}`).join('\n');
    expect(parsePastedCodes(many).tooMany).toBe(true);
  });
});

function badRows(rows: unknown[]) {
  return new CombinedGraphQLErrors({ errors: [{ message: 'Row 1', extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_ELIGIBLE', rows } }] });
}

describe('the refused rows of a list', () => {
  it('reads each row with its reason and the failing rule', () => {
    const error = badRows([
      { index: 0, codeMassar: 'J130024519', reason: 'NOT_ELIGIBLE', rule: 'MILIEU' },
      { index: 2, codeMassar: 'J130024521', reason: 'ALREADY_BENEFICIARY', rule: null },
      { index: 3, codeMassar: 'J130024522', reason: 'NOT_ELIGIBLE', rule: 'BOGUS' },
      { codeMassar: 'no index' },
    ]);
    const rows = rowRefusals(error);
    expect(rows).toEqual([
      { index: 0, codeMassar: 'J130024519', reason: 'NOT_ELIGIBLE', rule: 'MILIEU' },
      { index: 2, codeMassar: 'J130024521', reason: 'ALREADY_BENEFICIARY', rule: null },
      { index: 3, codeMassar: 'J130024522', reason: 'NOT_ELIGIBLE', rule: null },
    ]);
    expect(refusalsByCode(rows).get('J130024521')?.reason).toBe('ALREADY_BENEFICIARY');
  });

  it('is empty for any other error', () => {
    expect(rowRefusals(new Error('offline'))).toEqual([]);
    expect(rowRefusals(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'CONFLICT', reason: 'ALREADY_BENEFICIARY' } }] }))).toEqual([]);
  });

  it('words known reasons, and falls back for others', () => {
    expect(rowReasonKey('NOT_SCHOOL_PUPIL')).toBe('support.rowReason.NOT_SCHOOL_PUPIL');
    expect(rowReasonKey('SOMETHING_NEW')).toBe('support.rowReason.OTHER');
    expect(listReasonKey('INVALID_MONTH')).toBe('support.reason.INVALID_MONTH');
    expect(listReasonKey('SOMETHING_NEW')).toBeNull();
  });
});

describe('the address of the screen', () => {
  it('reads the programme, year, tab and month back as written', () => {
    const choice = { programme: 'TAYSSIR', year: '2025-2026', tab: 'entitlements' as const, month: '2025-11' };
    expect(choiceFromSearch(choiceSearch(choice))).toEqual(choice);
  });

  it('opens the candidates for an unknown tab, and drops the month outside the entitlements', () => {
    expect(choiceFromSearch('?tab=bogus').tab).toBe('candidates');
    expect(choiceSearch({ programme: 'CANTEEN', year: null, tab: 'beneficiaries', month: '2025-11' })).toBe('?programme=CANTEEN&tab=beneficiaries');
  });

  it('offers the month\'s entitlements only for a conditional programme', () => {
    expect(tabsOf({ condition: { unit: 'DAYS', max: 4 } })).toEqual(['candidates', 'beneficiaries', 'entitlements']);
    expect(tabsOf({ condition: null })).toEqual(['candidates', 'beneficiaries']);
  });
});
