import type { MessageLoaders } from '@massar/ui';

/** The dashboard's messages, one chunk per language, fetched only when that language is chosen. */
export const APP_MESSAGES: MessageLoaders = {
  fr: () => import('./messages/fr.json'),
  ar: () => import('./messages/ar.json'),
  en: () => import('./messages/en.json'),
};
