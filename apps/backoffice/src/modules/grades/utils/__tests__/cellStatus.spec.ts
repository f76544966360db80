import { describe, expect, it } from 'vitest';
import { cellStatus, collectChanges } from '../cellStatus';

describe('cellStatus', () => {
  it('shows the recorded grade until something is typed', () => {
    expect(cellStatus(undefined, '12,5', undefined)).toEqual({ text: '12,5', changed: false, problem: null });
  });

  it('is unchanged when the same grade is typed differently', () => {
    expect(cellStatus('12.50', '12,5', undefined).changed).toBe(false);
  });

  it('flags typing problems as they are typed, and emptying a recorded grade', () => {
    expect(cellStatus('25', '', undefined).problem).toBe('OUT_OF_RANGE');
    expect(cellStatus('', '12', undefined).problem).toBe('REQUIRED');
    expect(cellStatus('', undefined, undefined).problem).toBeNull();
  });

  it('shows the server\'s reason until the cell is typed again', () => {
    expect(cellStatus('12', undefined, 'NOT_IN_CLASS').problem).toBe('NOT_IN_CLASS');
  });
});

describe('collectChanges', () => {
  const columns = [{ id: 'a1' }, { id: 'a2' }];
  const students = [
    { id: 's1', codeMassar: 'J100000001' },
    { id: 's2', codeMassar: 'J100000002' },
  ];

  it('groups the changed cells per assessment, in column order', () => {
    const changes = collectChanges(columns, students, { s1: { a1: '10' } }, { s2: { a2: 'abs', a1: '12,5' }, s1: { a1: '10' } });
    expect(changes.columns).toEqual([
      { assessmentId: 'a1', rows: [{ studentId: 's2', codeMassar: 'J100000002', value: 12.5, absence: null }] },
      { assessmentId: 'a2', rows: [{ studentId: 's2', codeMassar: 'J100000002', value: null, absence: 'UNJUSTIFIED' }] },
    ]);
    expect(changes.invalid).toEqual([]);
    expect(changes.overwrites).toBe(false);
  });

  it('lists the cells that block the save, and notices overwritten grades', () => {
    const changes = collectChanges(columns, students, { s1: { a1: '10' } }, { s1: { a1: '11', a2: '21' } });
    expect(changes.invalid).toEqual([{ studentId: 's1', assessmentId: 'a2' }]);
    expect(changes.overwrites).toBe(true);
  });
});
