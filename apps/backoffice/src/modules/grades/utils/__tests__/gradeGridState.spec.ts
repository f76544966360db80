import { describe, expect, it } from 'vitest';
import { EMPTY_GRID, gradeGridReducer } from '../gradeGridState';

describe('gradeGridReducer', () => {
  it('keeps an edit in its row and leaves the other rows untouched (same objects)', () => {
    const one = gradeGridReducer(EMPTY_GRID, { type: 'edit', studentId: 's1', assessmentId: 'a1', text: '12' });
    const two = gradeGridReducer(one, { type: 'edit', studentId: 's2', assessmentId: 'a1', text: '13' });
    expect(two.drafts).toEqual({ s1: { a1: '12' }, s2: { a1: '13' } });
    expect(two.drafts.s1).toBe(one.drafts.s1);
  });

  it('clears a cell\'s server error when it is edited again', () => {
    const refused = gradeGridReducer(EMPTY_GRID, { type: 'refused', assessmentId: 'a1', problems: [{ studentId: 's1', reason: 'NOT_IN_CLASS' }] });
    expect(refused.serverErrors).toEqual({ s1: { a1: 'NOT_IN_CLASS' } });
    const edited = gradeGridReducer(refused, { type: 'edit', studentId: 's1', assessmentId: 'a1', text: '10' });
    expect(edited.serverErrors).toEqual({});
  });

  it('drops the saved columns only', () => {
    let state = gradeGridReducer(EMPTY_GRID, { type: 'edit', studentId: 's1', assessmentId: 'a1', text: '12' });
    state = gradeGridReducer(state, { type: 'edit', studentId: 's1', assessmentId: 'a2', text: 'abs' });
    state = gradeGridReducer(state, { type: 'saved', assessmentIds: ['a1'] });
    expect(state.drafts).toEqual({ s1: { a2: 'abs' } });
  });

  it('reverts one cell and discards everything', () => {
    let state = gradeGridReducer(EMPTY_GRID, { type: 'edit', studentId: 's1', assessmentId: 'a1', text: '12' });
    state = gradeGridReducer(state, { type: 'revert', studentId: 's1', assessmentId: 'a1' });
    expect(state.drafts).toEqual({});
    state = gradeGridReducer(state, { type: 'edit', studentId: 's1', assessmentId: 'a1', text: '12' });
    expect(gradeGridReducer(state, { type: 'discard' })).toBe(EMPTY_GRID);
  });
});
