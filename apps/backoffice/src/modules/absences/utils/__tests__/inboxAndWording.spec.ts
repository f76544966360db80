import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { blobOfDataUrl, fileKind, isImage, kilobytes } from '../attachmentFile';
import { totalsWording } from '../attendanceTotals';
import { decisionDraft, statusAddress, statusFromSearch } from '../inboxTabs';
import { rollCallRefusal } from '../rollCallRefusal';

describe('the justification inbox', () => {
  it('opens on PENDING, and keeps the tab in the address', () => {
    expect(statusFromSearch('')).toBe('PENDING');
    expect(statusFromSearch('?status=REFUSED')).toBe('REFUSED');
    expect(statusFromSearch('?status=DROP')).toBe('PENDING');
    expect(statusAddress('ACCEPTED')).toBe('?status=ACCEPTED');
  });

  it('accepts without a reason, refuses only with one', () => {
    expect(decisionDraft('J1', true, '  ')).toEqual({ ok: true, input: { justificationId: 'J1', accept: true, reason: null } });
    expect(decisionDraft('J1', false, '  ')).toEqual({ ok: false, key: 'absences.reasons.DECISION_REASON_REQUIRED' });
    expect(decisionDraft('J1', false, ' Certificat illisible ')).toEqual({ ok: true, input: { justificationId: 'J1', accept: false, reason: 'Certificat illisible' } });
    const long = decisionDraft('J1', false, 'x'.repeat(900));
    expect(long.ok && long.input.reason?.length).toBe(500);
  });

  it('shows images and opens PDFs from their data URL', () => {
    expect(isImage('image/png')).toBe(true);
    expect(isImage('application/pdf')).toBe(false);
    expect(fileKind('application/pdf')).toBe('PDF');
    expect(fileKind('image/jpeg')).toBe('JPEG');
    expect(kilobytes(68)).toBe(0.1);
    expect(kilobytes(4_321)).toBe(4.3);
    expect(kilobytes(1_234_567)).toBe(1235);
    const blob = blobOfDataUrl('data:application/pdf;base64,JVBERi0=');
    expect(blob?.type).toBe('application/pdf');
    expect(blob?.size).toBe(5);
    expect(blobOfDataUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('wording', () => {
  it('words a refused roll call by reason, with the rows it names', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Row 2', extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_IN_CLASS', rows: [{ index: 1, codeMassar: 'A100000002', reason: 'NOT_IN_CLASS' }] } }],
    });
    expect(rollCallRefusal(error)).toEqual({ key: 'absences.reasons.NOT_IN_CLASS', codes: ['A100000002'] });
    const unknown = new CombinedGraphQLErrors({ errors: [{ message: 'Boom', extensions: { reason: 'SOMETHING_NEW' } }] });
    expect(rollCallRefusal(unknown)).toEqual({ key: null, codes: [] });
    expect(rollCallRefusal(new Error('network'))).toBeNull();
  });

  it('words term totals: hours with their unjustified part, lateness, or nothing', () => {
    const none = { hoursAbsent: 0, justifiedHours: 0, unjustifiedHours: 0, lateCount: 0, minutesLate: 0 };
    expect(totalsWording(none)).toEqual([{ key: 'absences.totals.none' }]);
    expect(totalsWording({ ...none, hoursAbsent: 3, justifiedHours: 1, unjustifiedHours: 2, lateCount: 1, minutesLate: 10 })).toEqual([
      { key: 'absences.totals.hours', hours: 3, unjustified: 2 },
      { key: 'absences.totals.lateOnly', late: 1, minutes: 10 },
    ]);
    expect(totalsWording({ ...none, hoursAbsent: 2, justifiedHours: 2 })).toEqual([{ key: 'absences.totals.hoursAllJustified', hours: 2, unjustified: 0 }]);
  });
});
