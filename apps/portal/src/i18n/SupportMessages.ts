import type { MessageLoaders } from '@massar/ui';

/** The child's support page's strings, one chunk per language, fetched with that page only (useLazyMessages). */
export const SUPPORT_MESSAGES: MessageLoaders = {
  fr: () => import('./support/fr.json'),
  ar: () => import('./support/ar.json'),
  en: () => import('./support/en.json'),
};

/** Their own i18next namespace, apart from the app's. */
export const SUPPORT_NS = 'support';

/** What the page's components translate with: its strings, then the app's. */
export const SUPPORT_T = [SUPPORT_NS, 'app'] as const;
