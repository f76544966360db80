import { describe, expect, it } from 'vitest';
import { councilRows, refusedDecisions, type CouncilPupil } from '../councilDecisions';

const pupil = (id: string, o: Partial<CouncilPupil> = {}): CouncilPupil => ({
  id,
  codeMassar: `J10000000${id.slice(1)}`,
  decision: 'PROMOTED',
  proposedDecision: 'PROMOTED',
  confirmed: false,
  note: null,
  ...o,
});

describe('councilRows', () => {
  it('takes the draft, else the decision in force, and says what changed', () => {
    const rows = councilRows([pupil('s1'), pupil('s2', { decision: 'REPEAT', confirmed: true, note: 'absent' }), pupil('s3', { decision: null })], {
      s1: { decision: 'REPEAT' },
      s2: { note: ' absent ' },
    });
    expect(rows).toEqual([
      { studentId: 's1', codeMassar: 'J100000001', decision: 'REPEAT', note: '', changed: true },
      { studentId: 's2', codeMassar: 'J100000002', decision: 'REPEAT', note: ' absent ', changed: false },
      { studentId: 's3', codeMassar: 'J100000003', decision: null, note: '', changed: false },
    ]);
  });
});

describe('refusedDecisions', () => {
  it('puts each refused row back on its pupil', () => {
    const sent = councilRows([pupil('s1'), pupil('s2')], {});
    expect(refusedDecisions(sent, [{ index: 1, codeMassar: 'J100000002', field: 'codeMassar', reason: 'NOT_IN_CLASS' }, { index: 7, codeMassar: '', field: 'note', reason: 'TOO_LONG' }])).toEqual({
      s2: 'NOT_IN_CLASS',
    });
  });
});
