import { describe, expect, it } from 'vitest';
import { GuardianError } from './guardian.service.js';
import { PeopleErrorReason } from './people.errors.js';

// guardian.service.ts names its reasons with an enum of its own: they must be people's reasons too.
describe('PeopleErrorReason', () => {
  it('holds every GuardianError', () => {
    const reasons = new Set<string>(Object.values(PeopleErrorReason));
    expect(Object.values(GuardianError).filter((r) => !reasons.has(r))).toEqual([]);
  });
});
