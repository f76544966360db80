import type { MessageLoaders } from '@massar/ui';

/**
 * The strings of the timetable and absence screens (and the attendance totals of the results
 * screen), one chunk per language, fetched with those screens (useLazyMessages): not with the
 * login page's messages.
 */
export const SCHOOLTIME_MESSAGES: MessageLoaders = {
  fr: () => import('./schooltime/fr.json'),
  ar: () => import('./schooltime/ar.json'),
  en: () => import('./schooltime/en.json'),
};

/** Their i18next namespace, of their own. */
export const SCHOOLTIME_NS = 'schooltime';

/** What those screens' components translate with: their strings, then the app's (nav, results…). */
export const SCHOOLTIME_T = [SCHOOLTIME_NS, 'app'] as const;
