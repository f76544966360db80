import { describe, expect, it } from 'vitest';
import { assignSeats, type Candidate, type ClassSeats } from './cohort-placement.js';

const pupil = (id: number, level: number | null, stream = 0, issue: Candidate['issue'] = null): Candidate =>
  ({ student_id: String(id), origin_school_id: 1, decision: 'PROMOTED', target_level: level, target_stream: stream, issue });
const cls = (id: number, name: string, level: number, capacity: number, taken = 0, stream = 0): ClassSeats => ({ id, name, level_id: level, stream, capacity, taken });

describe('assignSeats', () => {
  it('fills the emptiest class first, ties by the classes\' order, within capacity', () => {
    const classes = [cls(1, '2AC-1', 8, 3, 1), cls(2, '2AC-2', 8, 3)];
    const rows = assignSeats([1, 2, 3, 4, 5, 6].map((id) => pupil(id, 8)), classes);
    expect(rows.map((r) => r.class_id ?? r.outcome)).toEqual([2, 1, 2, 1, 2, 'CLASS_FULL']);
    expect(rows[0]).toMatchObject({ class_name: '2AC-2', class_taken: 0, class_capacity: 3 });
    expect(classes[0].taken).toBe(1);
  });

  it('keeps streams apart and says why a pupil has no class', () => {
    const classes = [cls(1, '1BAC-SEXP', 11, 40, 0, 3), cls(2, '2AC-1', 8, 40)];
    const rows = assignSeats([pupil(1, 11, 3), pupil(2, 11), pupil(3, 11, 4), pupil(4, 9), pupil(5, 8, 0, 'LEAVING')], classes);
    expect(rows.map((r) => r.class_id ?? r.outcome)).toEqual([1, 'STREAM_NOT_DECIDED', 'NO_CLASS', 'NO_CLASS', 'LEAVING']);
  });
});
