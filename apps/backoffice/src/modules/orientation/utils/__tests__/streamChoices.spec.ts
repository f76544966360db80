import { describe, expect, it } from 'vitest';
import { hasStreamChoice, streamChoices, streamFor } from '../streamChoices';

const stream = (code: string) => ({ code, nameFr: code, nameAr: code });
const LEVELS = [
  { code: '2AC', streams: [] },
  { code: '3AC', streams: [] },
  { code: 'TC', streams: [stream('TCS'), stream('TCL')] },
  { code: '1BAC', streams: [stream('SEXP'), stream('LSH')] },
];

describe('the streams a class council may decide', () => {
  it('offers the next level\'s streams on promotion, and none below the lycée', () => {
    expect(streamChoices('PROMOTED', '3AC', null, LEVELS).map((s) => s.code)).toEqual(['TCS', 'TCL']);
    expect(streamChoices('PROMOTED', '2AC', null, LEVELS)).toEqual([]);
  });

  it('offers on reorientation the next level\'s streams and the other streams of the level', () => {
    expect(streamChoices('REORIENTED', 'TC', 'TCS', LEVELS).map((s) => s.code)).toEqual(['SEXP', 'LSH', 'TCL']);
  });

  it('offers nothing for the decisions that name no stream, and drops a stream chosen before', () => {
    expect(streamChoices('REPEAT', 'TC', 'TCS', LEVELS)).toEqual([]);
    expect(streamFor('REPEAT', 'SEXP')).toBeNull();
    expect(streamFor('REORIENTED', 'SEXP')).toBe('SEXP');
  });

  it('shows the stream column only where a stream can be chosen', () => {
    expect(hasStreamChoice('2AC', LEVELS)).toBe(false);
    expect(hasStreamChoice('3AC', LEVELS)).toBe(true);
  });
});
