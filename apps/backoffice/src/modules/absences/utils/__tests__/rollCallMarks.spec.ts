import { describe, expect, it } from 'vitest';
import { countMarks, marksChanged, marksFromSheet, PRESENT, rollCallDraft, toggleAbsent, toggleLate, type Marks } from '../rollCallMarks';

const sheet = [
  { state: 'PRESENT' as const, minutesLate: null, student: { codeMassar: 'A100000001' } },
  { state: 'ABSENT' as const, minutesLate: null, student: { codeMassar: 'A100000002' } },
  { state: 'LATE' as const, minutesLate: 10, student: { codeMassar: 'A100000003' } },
];
const order = sheet.map((p) => p.student.codeMassar);

describe('roll call marks', () => {
  it('reads the sheet: present by default, the current marks of a roll call taken', () => {
    expect(marksFromSheet(sheet)).toEqual({
      A100000001: { state: 'PRESENT', minutesLate: '' },
      A100000002: { state: 'ABSENT', minutesLate: '' },
      A100000003: { state: 'LATE', minutesLate: '10' },
    });
  });

  it('takes one tap to mark absent or late and one more to come back to present', () => {
    expect(toggleAbsent(PRESENT).state).toBe('ABSENT');
    expect(toggleAbsent(toggleAbsent(PRESENT))).toEqual(PRESENT);
    expect(toggleLate(PRESENT).state).toBe('LATE');
    expect(toggleLate({ state: 'LATE', minutesLate: '5' })).toEqual(PRESENT);
    // Absent to late (or back) is one tap, not two.
    expect(toggleLate({ state: 'ABSENT', minutesLate: '' }).state).toBe('LATE');
    expect(toggleAbsent({ state: 'LATE', minutesLate: '5' })).toEqual({ state: 'ABSENT', minutesLate: '' });
  });

  it('counts present, absent and late', () => {
    expect(countMarks(marksFromSheet(sheet))).toEqual({ present: 1, absent: 1, late: 1 });
  });

  it('sends the absent and late pupils in the sheet order, everyone else present', () => {
    const marks: Marks = { ...marksFromSheet(sheet), A100000001: { state: 'LATE', minutesLate: '' } };
    expect(rollCallDraft('slot-1', '2026-12-02', order, marks, 60)).toEqual({
      input: {
        slotId: 'slot-1',
        date: '2026-12-02',
        absent: [
          { codeMassar: 'A100000001', late: true },
          { codeMassar: 'A100000002', late: false },
          { codeMassar: 'A100000003', late: true, minutesLate: 10 },
        ],
      },
      problems: [],
    });
  });

  it('sends an empty list when everyone is present (a re-take replaces the absences)', () => {
    expect(rollCallDraft('s', '2026-12-02', order, {}, 60).input?.absent).toEqual([]);
  });

  it('refuses minutes late that are not 1 to less than the lesson', () => {
    for (const typed of ['0', '60', '2.5', 'abc', '-3']) {
      const draft = rollCallDraft('s', '2026-12-02', order, { A100000003: { state: 'LATE', minutesLate: typed } }, 60);
      expect(draft.input).toBeNull();
      expect(draft.problems).toEqual([{ codeMassar: 'A100000003', key: 'absences.rollCall.minutesInvalid' }]);
    }
    expect(rollCallDraft('s', '2026-12-02', order, { A100000003: { state: 'LATE', minutesLate: ' 59 ' } }, 60).input?.absent).toEqual([
      { codeMassar: 'A100000003', late: true, minutesLate: 59 },
    ]);
  });

  it('tells whether Save would change anything', () => {
    const saved = marksFromSheet(sheet);
    expect(marksChanged(saved, saved)).toBe(false);
    expect(marksChanged({ ...saved, A100000001: { state: 'ABSENT', minutesLate: '' } }, saved)).toBe(true);
    expect(marksChanged({ ...saved, A100000003: { state: 'LATE', minutesLate: '12' } }, saved)).toBe(true);
  });
});
