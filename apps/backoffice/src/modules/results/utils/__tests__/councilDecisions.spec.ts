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
      { studentId: 's1', codeMassar: 'J100000001', decision: 'REPEAT', note: '', streamCode: null, changed: true },
      { studentId: 's2', codeMassar: 'J100000002', decision: 'REPEAT', note: ' absent ', streamCode: null, changed: false },
      { studentId: 's3', codeMassar: 'J100000003', decision: null, note: '', streamCode: null, changed: false },
    ]);
  });
});

describe('the stream decided for next year', () => {
  it('is kept with a reorientation or a promotion, changed when the director picks another', () => {
    const rows = councilRows([pupil('s1', { decision: 'REORIENTED', streamCode: 'TCL' }), pupil('s2', { streamCode: 'TCS' })], { s2: { streamCode: 'TCL' } });
    expect(rows.map((r) => [r.streamCode, r.changed])).toEqual([['TCL', false], ['TCL', true]]);
  });

  it('is dropped when the decision becomes one that names no stream', () => {
    const [row] = councilRows([pupil('s1', { decision: 'REORIENTED', streamCode: 'TCL' })], { s1: { decision: 'REPEAT' } });
    expect(row).toMatchObject({ decision: 'REPEAT', streamCode: null, changed: true });
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
