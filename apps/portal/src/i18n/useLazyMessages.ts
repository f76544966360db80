import { LANGUAGES, useLanguage, useTranslation, type Language, type MessageLoaders } from '@massar/ui';
import { useEffect, useState } from 'react';

/**
 * Adds a screen's own messages to their namespace, fetched on demand: the current language first,
 * then the other two in the background, so that switching language on the screen finds them there
 * and keeps what the user was typing (the screen is not replaced by a loading state). True once
 * the current language's messages are in; render the components that use them only then.
 */
export function useLazyMessages(loaders: MessageLoaders, namespace: string): boolean {
  const { i18n } = useTranslation();
  const { language } = useLanguage();
  const [loaded, setLoaded] = useState<ReadonlySet<Language>>(new Set());

  useEffect(() => {
    let current = true;
    const load = (lng: Language) =>
      loaders[lng]().then((messages) => {
        i18n.addResourceBundle(lng, namespace, messages.default, true, false);
        if (current) setLoaded((done) => new Set([...done, lng]));
      });
    load(language)
      .then(() => Promise.all(LANGUAGES.filter((lng) => lng !== language).map(load)))
      // A chunk that failed (offline): the screen keeps its loading state; the next visit asks again.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [i18n, language, loaders, namespace]);

  return loaded.has(language);
}
