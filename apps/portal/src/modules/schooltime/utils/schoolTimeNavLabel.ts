import type { Language } from '@massar/ui';
import labels from '../../../i18n/schooltime/nav.json';

type SchoolTimePage = keyof (typeof labels)['fr'];

const isSchoolTimePage = (page: string): page is SchoolTimePage => Object.hasOwn(labels.fr, page);

/**
 * The names of the timetable and absence pages in the links between a child's pages, in each
 * language; null for another page. Kept out of the app's messages, which the login page loads:
 * they travel with the child pages' code (as the support page's name does).
 */
export const schoolTimeNavLabel = (page: string, language: Language): string | null => (isSchoolTimePage(page) ? labels[language][page] : null);
