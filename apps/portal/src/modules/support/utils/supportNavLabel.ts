import type { Language } from '@massar/ui';
import labels from '../../../i18n/support/nav.json';

/**
 * The child's support page's name in the links between a child's pages, in each language. Kept
 * out of the app's messages, which the login page loads: it travels with the child pages' code.
 */
export const supportNavLabel = (language: Language): string => labels[language];
