import type { Language } from '@massar/ui';

export interface ProgrammeNames {
  code: string;
  nameFr: string;
  nameAr: string;
  nameEn: string;
}

/** A programme's name in the reader's language (the programmes carry all three). */
export function programmeName(programme: ProgrammeNames, language: Language): string {
  if (language === 'ar') return programme.nameAr;
  return language === 'en' ? programme.nameEn : programme.nameFr;
}

/** The screen's tabs: the pupils who may join, those listed, and a conditional programme's month. */
export const SUPPORT_TABS = ['candidates', 'beneficiaries', 'entitlements'] as const;
export type SupportTab = (typeof SUPPORT_TABS)[number];

/** What the address chooses: programme, year, tab and month (each checked against what exists). */
export interface SupportChoice {
  programme: string | null;
  year: string | null;
  tab: SupportTab;
  month: string | null;
}

export function choiceFromSearch(search: string): SupportChoice {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  return {
    programme: params.get('programme'),
    year: params.get('year'),
    tab: (SUPPORT_TABS as readonly string[]).includes(tab ?? '') ? (tab as SupportTab) : 'candidates',
    month: params.get('month'),
  };
}

/** The address of a choice, so that a reload or a shared link opens the same list. */
export function choiceSearch(choice: SupportChoice): string {
  const params = new URLSearchParams();
  if (choice.programme) params.set('programme', choice.programme);
  if (choice.year) params.set('year', choice.year);
  params.set('tab', choice.tab);
  if (choice.tab === 'entitlements' && choice.month) params.set('month', choice.month);
  return `?${params.toString()}`;
}

/** The tabs a programme has: the month's entitlements only for one with an attendance condition. */
export function tabsOf(programme: { condition?: unknown } | null): SupportTab[] {
  return programme?.condition ? [...SUPPORT_TABS] : ['candidates', 'beneficiaries'];
}
