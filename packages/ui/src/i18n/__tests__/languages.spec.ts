import { describe, expect, it } from 'vitest';
import { LANGUAGES, directionOf, initialLanguage, localeOf } from '../languages';
import { localizedName } from '../localizedName';

describe('directionOf', () => {
  it('lays Arabic out right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
  });
});

describe('initialLanguage', () => {
  it('starts in French when nothing valid was stored', () => {
    expect(initialLanguage(null)).toBe('fr');
    expect(initialLanguage(undefined)).toBe('fr');
    expect(initialLanguage('de')).toBe('fr');
    expect(initialLanguage('AR')).toBe('fr');
  });

  it('keeps a stored choice', () => {
    expect(initialLanguage('ar')).toBe('ar');
    expect(initialLanguage('en')).toBe('en');
  });
});

describe('localeOf', () => {
  it('formats with Moroccan locales for French and Arabic', () => {
    expect(LANGUAGES.map(localeOf)).toEqual(['fr-MA', 'ar-MA', 'en']);
  });
});

describe('localizedName', () => {
  const scope = { nameFr: 'Casablanca-Settat', nameAr: 'الدار البيضاء-سطات' };
  it('shows Arabic names to Arabic readers and French names otherwise', () => {
    expect(localizedName(scope, 'ar')).toBe('الدار البيضاء-سطات');
    expect(localizedName(scope, 'fr')).toBe('Casablanca-Settat');
    expect(localizedName(scope, 'en')).toBe('Casablanca-Settat');
  });
});
