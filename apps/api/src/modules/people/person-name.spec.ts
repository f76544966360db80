import { describe, expect, it } from 'vitest';
import { comparableName, nameProblem, sameName } from './person-name.js';

describe('person names', () => {
  it('accepts names in Latin and Arabic script, trimmed', () => {
    expect(nameProblem(' Élodie ')).toBeNull();
    expect(nameProblem('آيت الحاج')).toBeNull();
    expect(nameProblem("O'Neil-Benali")).toBeNull();
  });

  it('refuses a blank name, spaces only included', () => {
    expect(nameProblem('')).toBe('BLANK');
    expect(nameProblem('   ')).toBe('BLANK');
    expect(nameProblem('\u00a0\u3000')).toBe('BLANK');
  });

  it.each([
    ['right-to-left override', 'Ali\u202eizaT'],
    ['left-to-right embedding', '\u202aAli'],
    ['first strong isolate', 'Ali\u2068'],
    ['right-to-left mark', 'Ali\u200f'],
    ['zero-width space', 'A\u200bli'],
    ['byte order mark', '\ufeffAli'],
    ['control character', 'Ali\u0000'],
    ['line feed', 'Ali\nTazi'],
  ])('refuses a name with a %s', (_, name) => {
    expect(nameProblem(name)).toBe('INVISIBLE_CHARACTER');
  });

  it('bounds the length of the trimmed name, in characters', () => {
    expect(nameProblem('a'.repeat(80))).toBeNull();
    expect(nameProblem('a'.repeat(81))).toBe('TOO_LONG');
    expect(nameProblem('ب'.repeat(100), 100)).toBeNull();
  });

  it('compares names ignoring case, accents, spacing and Arabic spelling variants', () => {
    expect(sameName('  Élodie ', 'ELODIE')).toBe(true);
    expect(sameName('Ben  Ali', 'ben ali')).toBe(true);
    expect(sameName('أحمد', 'احمد')).toBe(true);
    expect(sameName('فاطمة', 'فاطمه')).toBe(true);
    expect(sameName('مُحَمَّد', 'محمد')).toBe(true);
    expect(sameName('Karim', 'Karima')).toBe(false);
    expect(comparableName('Benjelloun')).not.toBe(comparableName('Benjeloun'));
  });
});
