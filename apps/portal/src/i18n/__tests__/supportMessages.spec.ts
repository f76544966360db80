import { messageKeys } from '@massar/ui';
import { describe, expect, it } from 'vitest';
import { monthWhy } from '../../modules/support/utils/childSupport';
import fr from '../messages/fr.json';
import nav from '../support/nav.json';
import supportAr from '../support/ar.json';
import supportEn from '../support/en.json';
import supportFr from '../support/fr.json';

describe('the child\'s support messages (a lazy chunk)', () => {
  it('has the same keys in every language', () => {
    expect(messageKeys(supportAr)).toEqual(messageKeys(supportFr));
    expect(messageKeys(supportEn)).toEqual(messageKeys(supportFr));
  });

  it('shares no top-level key with the app\'s messages', () => {
    expect(Object.keys(supportFr).filter((key) => key in fr)).toEqual([]);
  });

  it('words every month, paid or lost, in days or hours', () => {
    const keys = new Set(messageKeys(supportFr));
    const built = (['DAYS', 'HOURS'] as const).flatMap((unit) =>
      [true, false].map((met) => monthWhy({ month: '2025-11', met, amount: null, unjustifiedDays: 0, unjustifiedHours: 0, pendingJustifications: 0, condition: { unit, max: 4 } }).key));
    expect(built.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('names the page in the child\'s links in every language, outside the app\'s messages', () => {
    expect(Object.keys(nav).sort()).toEqual(['ar', 'en', 'fr']);
    expect(Object.values(nav).every((label) => label.length > 0)).toBe(true);
    expect('support' in fr.childNav).toBe(false);
  });
});
