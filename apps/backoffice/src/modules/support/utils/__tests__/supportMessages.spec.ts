import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import ar from '../../../../i18n/messages/ar.json';
import en from '../../../../i18n/messages/en.json';
import fr from '../../../../i18n/messages/fr.json';
import { LIST_REASONS, ROW_REASONS } from '../beneficiaryRefusal';
import { ruleWording } from '../eligibility';
import { entitlementWhy } from '../entitlementWhy';

const EVERYTHING = { milieux: ['RURAL', 'URBAN'] as const, cycles: ['PRIMARY', 'MIDDLE', 'SECONDARY'] as const, levelCodes: ['1AP'], schoolList: true, familySituations: ['RSU_REGISTERED', 'ORPHAN', 'DISABILITY'] as const };
const RULES = ['MILIEU', 'CYCLE', 'LEVEL', 'SCHOOL_LIST', 'FAMILY_SITUATION'] as const;

// Every key the screen builds from the API's values: a missing one would show as a raw key.
const built = [
  ...RULES.flatMap((rule) => {
    const w = ruleWording(rule, { ...EVERYTHING, milieux: [...EVERYTHING.milieux], cycles: [...EVERYTHING.cycles], familySituations: [...EVERYTHING.familySituations] });
    return [w.key, ...w.allowedKeys, ruleWording(rule, EVERYTHING as never, 'serves').key];
  }),
  ...[...ROW_REASONS, 'OTHER'].map((r) => `support.rowReason.${r}`),
  ...[...LIST_REASONS].map((r) => `support.reason.${r}`),
  ...(['DAYS', 'HOURS'] as const).flatMap((unit) => [true, false].map((met) => entitlementWhy({ met, unjustifiedDays: 0, unjustifiedHours: 0, pendingJustifications: 0, condition: { unit, max: 4 } }).key)),
  ...['CASH', 'IN_KIND', 'SERVICE'].map((k) => `support.kind.${k}`),
];

describe('the social support screen\'s texts', () => {
  it.each([['fr', fr], ['ar', ar], ['en', en]])('are all in %s', (_, messages) => {
    const keys = new Set(messageKeys(messages));
    expect(built.filter((k) => !keys.has(k))).toEqual([]);
  });
});
