import type { Language } from '@massar/ui';

export interface YearLike {
  name: string;
  /** YYYY-MM-DD */
  startsOn: string;
}

/** The year under way on a day: the latest started, else the earliest to come (as the API picks it). */
export function currentYearName(years: readonly YearLike[], today: string): string | null {
  const sorted = [...years].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return (sorted.find((y) => y.startsOn <= today) ?? sorted.at(-1))?.name ?? null;
}

/** This year's programmes of the child, the conditional one (Tayssir) first, then by name. */
export function thisYears<T extends { year: string; programme: { code: string; condition?: unknown } }>(beneficiaries: readonly T[], year: string | null): T[] {
  return beneficiaries
    .filter((b) => b.year === year)
    .sort((a, b) => Number(!!b.programme.condition) - Number(!!a.programme.condition) || a.programme.code.localeCompare(b.programme.code));
}

export interface MonthLike {
  month: string;
  met: boolean;
  amount: number | null;
  unjustifiedDays: number;
  unjustifiedHours: number;
  pendingJustifications: number;
  condition: { unit: 'DAYS' | 'HOURS'; max: number };
}

/** The year's months so far, the latest first (what a family looks for), each once. */
export function monthsLatestFirst<T extends MonthLike>(months: readonly T[]): T[] {
  const seen = new Set<string>();
  return [...months].sort((a, b) => b.month.localeCompare(a.month)).filter((m) => !seen.has(m.month) && !!seen.add(m.month));
}

/** What the year has paid so far (the months kept), and how many months were lost. */
export function yearSoFar(months: readonly MonthLike[]): { paid: number; kept: number; lost: number } {
  const kept = months.filter((m) => m.met);
  const paid = Math.round(kept.reduce((sum, m) => sum + (m.amount ?? 0), 0) * 100) / 100;
  return { paid, kept: kept.length, lost: months.length - kept.length };
}

/** Why a month is paid or lost, as an i18n key and its values (days or hours against the threshold). */
export function monthWhy(m: MonthLike): { key: string; count: number; max: number; pending: number } {
  const count = m.condition.unit === 'DAYS' ? m.unjustifiedDays : m.unjustifiedHours;
  return { key: `childSupport.why.${m.met ? 'kept' : 'lost'}.${m.condition.unit}`, count, max: m.condition.max, pending: m.pendingJustifications };
}

/** The amount at the child's level, or null when the programme pays nothing there. */
export function amountAt(amounts: readonly { levelCode: string; amount: number }[], levelCode: string | null | undefined): number | null {
  if (!levelCode) return null;
  return amounts.find((a) => a.levelCode === levelCode)?.amount ?? null;
}

/** A programme's name in the reader's language. */
export function programmeName(p: { nameFr: string; nameAr: string; nameEn: string }, language: Language): string {
  return language === 'ar' ? p.nameAr : language === 'en' ? p.nameEn : p.nameFr;
}

/** The first day of a month, for the formatters ("2025-11" → "2025-11-01"). */
export const monthDay = (month: string) => `${month}-01`;

/** Dirhams per locale. */
export const MAD_FORMAT: Intl.NumberFormatOptions = { style: 'currency', currency: 'MAD' };
