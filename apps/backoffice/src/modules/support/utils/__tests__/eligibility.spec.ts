import { describe, expect, it } from 'vitest';
import { canTick, restrictedRules, ruleWording } from '../eligibility';

const TAYSSIR = { milieux: ['RURAL' as const], cycles: ['PRIMARY' as const, 'MIDDLE' as const], levelCodes: null, schoolList: false, familySituations: null };
const BOARDING = { milieux: null, cycles: ['MIDDLE' as const, 'SECONDARY' as const], levelCodes: null, schoolList: true, familySituations: ['RSU_REGISTERED' as const, 'ORPHAN' as const] };

describe('the failing rule in words', () => {
  it('names the milieux and cycles the programme serves', () => {
    expect(ruleWording('MILIEU', TAYSSIR)).toEqual({ key: 'support.rule.MILIEU', allowedKeys: ['support.milieu.RURAL'], allowedCodes: [] });
    expect(ruleWording('CYCLE', TAYSSIR).allowedKeys).toEqual(['support.cycle.PRIMARY', 'support.cycle.MIDDLE']);
  });

  it('shows level codes as they are, and the situations one of which must be declared', () => {
    expect(ruleWording('LEVEL', { ...TAYSSIR, levelCodes: ['1AP', '2AP'] })).toEqual({ key: 'support.rule.LEVEL', allowedKeys: [], allowedCodes: ['1AP', '2AP'] });
    expect(ruleWording('FAMILY_SITUATION', BOARDING).allowedKeys).toEqual(['support.situation.RSU_REGISTERED', 'support.situation.ORPHAN']);
  });

  it('says whom the programme serves in its summary', () => {
    expect(ruleWording('SCHOOL_LIST', BOARDING, 'serves').key).toBe('support.serves.SCHOOL_LIST');
    expect(ruleWording('MILIEU', TAYSSIR, 'serves').allowedKeys).toEqual(['support.milieu.RURAL']);
  });

  it('words the school list alone', () => {
    expect(ruleWording('SCHOOL_LIST', BOARDING)).toEqual({ key: 'support.rule.SCHOOL_LIST', allowedKeys: [], allowedCodes: [] });
  });
});

describe('who may be ticked', () => {
  it('takes the eligible, and those waiting only for a declared situation', () => {
    expect(canTick({ eligible: true, failingRule: null })).toBe(true);
    expect(canTick({ eligible: false, failingRule: 'FAMILY_SITUATION' })).toBe(true);
    expect(canTick({ eligible: false, failingRule: 'MILIEU' })).toBe(false);
  });

  it('never a pupil listed already', () => {
    expect(canTick({ eligible: true, failingRule: null, beneficiary: { id: 'B1' } })).toBe(false);
  });
});

describe('a programme\'s conditions', () => {
  it('lists each restricted rule in the API\'s order, none for an open programme', () => {
    expect(restrictedRules(TAYSSIR)).toEqual(['MILIEU', 'CYCLE']);
    expect(restrictedRules(BOARDING)).toEqual(['CYCLE', 'SCHOOL_LIST', 'FAMILY_SITUATION']);
    expect(restrictedRules({ milieux: null, cycles: null, levelCodes: [], schoolList: false, familySituations: null })).toEqual([]);
  });
});
