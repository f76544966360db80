import { describe, expect, it } from 'vitest';
import { parseDerivationLabel } from '../derivationLabel';

const subjects = new Set(['MATH', 'FR']);

describe('parseDerivationLabel', () => {
  it('reads assessments, with the absence when there is one', () => {
    expect(parseDerivationLabel('CONTINUOUS 2', subjects)).toEqual({ kind: 'assessment', assessment: { kind: 'CONTINUOUS', number: 2 }, absence: null });
    expect(parseDerivationLabel('CONTINUOUS 3 JUSTIFIED', subjects)).toEqual({
      kind: 'assessment',
      assessment: { kind: 'CONTINUOUS', number: 3 },
      absence: 'JUSTIFIED',
    });
  });

  it('reads terms, exam kinds and subject codes', () => {
    expect(parseDerivationLabel('S1', subjects)).toEqual({ kind: 'term', term: 'S1' });
    expect(parseDerivationLabel('REGIONAL_EXAM', subjects)).toEqual({ kind: 'examKind', examKind: 'REGIONAL_EXAM' });
    expect(parseDerivationLabel('MATH', subjects)).toEqual({ kind: 'subject', code: 'MATH' });
    expect(parseDerivationLabel('Something else', subjects)).toEqual({ kind: 'other', label: 'Something else' });
  });
});
