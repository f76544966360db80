import type { SupportReferenceQuery } from '@massar/client';
import { useLocation, useNavigate } from 'react-router';
import { currentYear } from '../../rollover/utils/rolloverYears';
import { defaultMonth, monthFromSearch, yearMonths } from '../utils/months';
import { choiceFromSearch, choiceSearch, tabsOf, type SupportChoice } from '../utils/programmes';

export type Programme = SupportReferenceQuery['supportProgrammes'][number];
export type SchoolYear = SupportReferenceQuery['schoolYears'][number];

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The programme, year, tab and month the address chooses, each checked against what exists
 * (the first programme, the year under way and this month otherwise), and a way to change them.
 */
export function useSupportChoice(reference: SupportReferenceQuery | undefined) {
  const location = useLocation();
  const navigate = useNavigate();
  const asked = choiceFromSearch(location.search);
  const programmes = reference?.supportProgrammes ?? [];
  const years = reference?.schoolYears ?? [];
  const programme = programmes.find((p) => p.code === asked.programme) ?? programmes[0] ?? null;
  const year = years.find((y) => y.name === asked.year) ?? currentYear(years, today());
  const tabs = tabsOf(programme);
  const tab = tabs.includes(asked.tab) ? asked.tab : 'candidates';
  const months = year ? yearMonths(year) : [];
  const month = monthFromSearch(asked.month, months) ?? defaultMonth(months, today());

  const choose = (change: Partial<SupportChoice>) => {
    const next: SupportChoice = { programme: programme?.code ?? null, year: year?.name ?? null, tab, month, ...change };
    void navigate(choiceSearch(next), { replace: true });
  };
  return { programmes, years, programme, year, tabs, tab, months, month, choose };
}
