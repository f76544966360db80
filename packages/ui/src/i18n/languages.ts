/** The languages of every Massar app; French is the default. */
export const LANGUAGES = ['fr', 'ar', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export type Direction = 'ltr' | 'rtl';

export const DEFAULT_LANGUAGE: Language = 'fr';

/**
 * Each language offered in its own name and script (an endonym is not translated: a reader finds
 * their language whatever the page is currently shown in).
 */
export const LANGUAGE_ENDONYMS: Record<Language, string> = {
  fr: 'Français',
  ar: 'العربية',
  en: 'English',
};

const LOCALES: Record<Language, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(language: Language): Direction {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** The Intl locale used to format dates and numbers in a language. */
export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** The language to start with: the stored choice when it is one we offer, else the default. */
export function initialLanguage(stored: string | null | undefined): Language {
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}
