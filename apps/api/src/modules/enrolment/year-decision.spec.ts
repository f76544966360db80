import { describe, expect, it } from 'vitest';
import { Decision } from './decision.js';
import { type ClassPlace, decidedStream } from './year-decision.service.js';

// A TC scientific class (level 10, stream 1): TC streams 1 and 2, 1BAC streams 3 and 4.
const TC: ClassPlace = {
  levelId: 10, nextLevelId: 11, streamId: 1,
  streams: [{ id: 1, code: 'TC_SCI', levelId: 10 }, { id: 2, code: 'TC_LSH', levelId: 10 }, { id: 3, code: 'SEXP', levelId: 11 }, { id: 4, code: 'SM', levelId: 11 }],
};
// A 2AC class: neither its level nor the next has streams.
const AC2: ClassPlace = { levelId: 8, nextLevelId: 9, streamId: null, streams: [] };

describe('decidedStream', () => {
  it('takes a next-level stream for PROMOTED, or none', () => {
    expect(decidedStream(Decision.PROMOTED, 'SM', TC)).toEqual({ streamId: 4 });
    expect(decidedStream(Decision.PROMOTED, null, TC)).toEqual({ streamId: null });
    expect(decidedStream(Decision.PROMOTED, 'TC_LSH', TC)).toMatchObject({ reason: 'INVALID_STREAM' });
  });

  it('needs a stream for REORIENTED: the next level\'s or another of the same level', () => {
    expect(decidedStream(Decision.REORIENTED, 'SEXP', TC)).toEqual({ streamId: 3 });
    expect(decidedStream(Decision.REORIENTED, 'TC_LSH', TC)).toEqual({ streamId: 2 });
    expect(decidedStream(Decision.REORIENTED, 'TC_SCI', TC)).toMatchObject({ reason: 'INVALID_STREAM' });
    expect(decidedStream(Decision.REORIENTED, null, TC)).toMatchObject({ reason: 'STREAM_REQUIRED' });
    expect(decidedStream(Decision.REORIENTED, 'SEXP', AC2)).toMatchObject({ reason: 'INVALID_STREAM' });
  });

  it('refuses a stream for the other decisions', () => {
    for (const d of [Decision.REPEAT, Decision.GRADUATED, Decision.DROPPED_OUT, Decision.EXCLUDED]) {
      expect(decidedStream(d, 'SEXP', TC)).toMatchObject({ reason: 'STREAM_NOT_ALLOWED' });
      expect(decidedStream(d, null, TC)).toEqual({ streamId: null });
    }
  });
});
