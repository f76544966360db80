import type { MessageLoaders } from '@massar/ui';

/**
 * The strings of the schooling and orientation screens, one chunk per language, fetched with those
 * screens (useLazyMessages) rather than with the login page's messages: the first view stays small.
 */
export const MOBILITY_MESSAGES: MessageLoaders = {
  fr: () => import('./mobility/fr.json'),
  ar: () => import('./mobility/ar.json'),
  en: () => import('./mobility/en.json'),
};

/** Their i18next namespace: its own, so that i18next's loading of the app's messages never sees it. */
export const MOBILITY_NS = 'mobility';

/** What those screens' components translate with: their strings, then the app's (nav, results…). */
export const MOBILITY_T = [MOBILITY_NS, 'app'] as const;
