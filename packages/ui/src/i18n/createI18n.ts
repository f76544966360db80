import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, directionOf, initialLanguage, isLanguage, type Language } from './languages';
import { readStoredLanguage, storeLanguage } from './languageStorage';

export type Messages = { [key: string]: string | Messages };

/** One dynamic import per language, so that only the chosen language is downloaded. */
export type MessageLoaders = Record<Language, () => Promise<{ default: Messages }>>;

/** Namespaces: `ui` for this package's strings, `app` for the app's own. */
export const NAMESPACES = ['app', 'ui'] as const;

const UI_MESSAGES: MessageLoaders = {
  fr: () => import('./messages/fr.json'),
  ar: () => import('./messages/ar.json'),
  en: () => import('./messages/en.json'),
};

function lazyMessagesBackend(app: MessageLoaders): BackendModule {
  const loaders: Record<string, MessageLoaders> = { app, ui: UI_MESSAGES };
  return {
    type: 'backend',
    callbackApi: true,
    init() {},
    read(language, namespace, callback) {
      const load = isLanguage(language) ? loaders[namespace]?.[language] : undefined;
      if (!load) return callback(new Error(`No messages for ${language}/${namespace}`), false);
      load().then(
        (module) => callback(null, module.default),
        (error: Error) => callback(error, false),
      );
    },
  };
}

function applyToDocument(language: string): void {
  // No document when a page is rendered at build time.
  if (!isLanguage(language) || typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  storeLanguage(language);
}

/**
 * An i18next instance whose messages are fetched per language on demand; it keeps `<html lang dir>`
 * and the stored choice in step with the current language.
 */
export function createI18n(appMessages: MessageLoaders): { i18n: I18n; ready: Promise<unknown> } {
  const i18n = i18next.createInstance();
  i18n.on('languageChanged', applyToDocument);
  const ready = i18n
    .use(lazyMessagesBackend(appMessages))
    .use(initReactI18next)
    .init({
      lng: initialLanguage(readStoredLanguage()),
      supportedLngs: [...LANGUAGES],
      fallbackLng: false,
      load: 'currentOnly',
      ns: [...NAMESPACES],
      defaultNS: 'app',
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  return { i18n, ready };
}
