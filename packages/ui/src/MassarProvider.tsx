import { Center, DirectionProvider, Loader, MantineProvider, useDirection } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type MessageLoaders } from './i18n/createI18n';
import { directionOf, initialLanguage } from './i18n/languages';
import { readStoredLanguage } from './i18n/languageStorage';
import { useLanguage } from './i18n/useLanguage';
import { massarCssVariables, massarTheme } from './theme/massarTheme';

export interface MassarProviderProps {
  /** The app's own messages (namespace `app`), one lazily imported JSON per language. */
  messages: MessageLoaders;
  /**
   * An instance of `createI18n(messages)` whose messages are already loaded: the children render at
   * once (a page rendered at build time hydrates with the same markup). Without it, one is created here.
   */
  i18n?: I18n;
  children: ReactNode;
}

/** Keeps Mantine's direction (and `<html dir>`) in step with the current language. */
function DirectionSync() {
  const { language } = useLanguage();
  const { setDirection } = useDirection();
  useEffect(() => setDirection(directionOf(language)), [language, setDirection]);
  return null;
}

/** Theme, direction and translations for a Massar app; renders once the messages are loaded. */
export function MassarProvider({ messages, i18n: loadedI18n, children }: MassarProviderProps) {
  const [{ i18n, ready }] = useState(() => (loadedI18n ? { i18n: loadedI18n, ready: Promise.resolve() } : createI18n(messages)));
  const [loaded, setLoaded] = useState(loadedI18n !== undefined);
  useEffect(() => {
    let live = true;
    void ready.finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [ready]);

  return (
    <DirectionProvider initialDirection={directionOf(initialLanguage(readStoredLanguage()))} detectDirection={false}>
      <MantineProvider theme={massarTheme} cssVariablesResolver={massarCssVariables}>
        <I18nextProvider i18n={i18n}>
          {loaded ? (
            <>
              <DirectionSync />
              {children}
            </>
          ) : (
            <Center mih="60vh" aria-busy="true">
              <Loader />
            </Center>
          )}
        </I18nextProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
