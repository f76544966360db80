import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { teachersOf, teachingRefusalKey, teachingRows } from '../teachingAssignments';

const subject = (code: string) => ({ id: `s-${code}`, code, nameFr: code, nameAr: code });
const person = (id: string, position = 'TEACHER') => ({ id, position, firstName: 'A', lastName: id, firstNameAr: 'أ', lastNameAr: id });
const refusal = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'refused', extensions }] });

describe('the class\'s subjects and their teachers', () => {
  it('lists every subject of the curriculum in order, with its teacher or none, and keeps a subject taught outside it at the end', () => {
    const rows = teachingRows([{ subject: subject('MATH') }, { subject: subject('FR') }], [
      { subject: subject('FR'), teacher: person('t1') },
      { subject: subject('OLD'), teacher: person('t2') },
    ]);
    expect(rows.map((r) => [r.subject.code, r.teacher?.id ?? null])).toEqual([['MATH', null], ['FR', 't1'], ['OLD', 't2']]);
  });

  it('offers only the teachers among the school\'s staff', () => {
    expect(teachersOf([person('t1'), person('d', 'DIRECTOR'), person('a', 'ADMINISTRATIVE'), person('t2')]).map((p) => p.id)).toEqual(['t1', 't2']);
  });

  it('words the API\'s refusals by reason, and leaves the others to the server\'s message', () => {
    expect(teachingRefusalKey(refusal({ code: 'BAD_USER_INPUT', reason: 'NOT_A_TEACHER' }))).toBe('classPage.reasons.NOT_A_TEACHER');
    expect(teachingRefusalKey(refusal({ code: 'BAD_USER_INPUT', reason: 'SUBJECT_NOT_IN_CURRICULUM' }))).toBe('classPage.reasons.SUBJECT_NOT_IN_CURRICULUM');
    expect(teachingRefusalKey(refusal({ code: 'NOT_FOUND', reason: 'NOT_FOUND' }))).toBe('classPage.reasons.NOT_FOUND');
    expect(teachingRefusalKey(refusal({ code: 'CONFLICT', reason: 'SOMETHING_ELSE' }))).toBeNull();
    expect(teachingRefusalKey(new Error('network'))).toBeNull();
  });
});
