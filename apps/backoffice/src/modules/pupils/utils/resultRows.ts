/** One subject's averages over the year: S1, S2 and the year, as the record's results table shows them. */
export interface SubjectRow {
  code: string;
  subject: { nameFr: string; nameAr: string };
  coefficient: number;
  s1: number | null;
  s2: number | null;
  year: number | null;
}

interface TermResult {
  subjects: { coefficient: number; average?: number | null; subject: { code: string; nameFr: string; nameAr: string } }[];
}

/**
 * The subjects of the year in the order the results give them, each with its three averages (a
 * subject one period lacks has null there).
 */
export function subjectRows(s1: TermResult | null | undefined, s2: TermResult | null | undefined, year: TermResult | null | undefined): SubjectRow[] {
  const rows = new Map<string, SubjectRow>();
  const add = (result: TermResult | null | undefined, key: 's1' | 's2' | 'year') => {
    for (const s of result?.subjects ?? []) {
      const row = rows.get(s.subject.code) ?? { code: s.subject.code, subject: s.subject, coefficient: s.coefficient, s1: null, s2: null, year: null };
      row[key] = s.average ?? null;
      rows.set(s.subject.code, row);
    }
  };
  add(year, 'year');
  add(s1, 's1');
  add(s2, 's2');
  return [...rows.values()];
}

/** Whether any average of the year is known (else the record says there are no results yet). */
export const hasAnyAverage = (rows: SubjectRow[], generals: (number | null | undefined)[]) =>
  rows.some((r) => r.s1 !== null || r.s2 !== null || r.year !== null) || generals.some((g) => g !== null && g !== undefined);
