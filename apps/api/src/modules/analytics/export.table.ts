import { type Context } from '../../core/context.js';
import { type Figure } from './analytics.types.js';
import { breakdownRows } from './breakdown.service.js';
import { ALL, type Group, groupFigures } from './indicators.service.js';
import { type ResolvedSlice } from './slice.js';
import { type Dimension } from './analytics.types.js';
import { ExportLanguage, type Words } from './export.types.js';

// The table an export writes: a breakdown's rows (and the slice's total) with the headline
// indicators, each read from the same grouped statements and suppressed by the same rules as the
// API's answers, so that a file never shows what the screen hides.

export type ValueKind = 'count' | 'rate' | 'grade' | 'ratio';

export interface Column {
  group: Group;
  name: string;
  kind: ValueKind;
  label: Words;
}

const col = (group: Group, name: string, kind: ValueKind, fr: string, ar: string, en: string): Column => ({ group, name, kind, label: { fr, ar, en } });

/** The indicators a table export holds, in order (rates as percentages). */
export const COLUMNS: Column[] = [
  col('pupils', 'enrolled', 'count', 'Élèves inscrits', 'التلاميذ المسجلون', 'Pupils enrolled'),
  col('pupils', 'newEntrants', 'count', 'Nouveaux inscrits', 'المسجلون الجدد', 'New entrants'),
  col('pupils', 'repeaters', 'count', 'Redoublants', 'المكررون', 'Repeaters'),
  col('flows', 'promotionRate', 'rate', 'Taux de promotion (%)', 'نسبة الانتقال (%)', 'Promotion rate (%)'),
  col('flows', 'repetitionRate', 'rate', 'Taux de redoublement (%)', 'نسبة التكرار (%)', 'Repetition rate (%)'),
  col('flows', 'dropoutRate', 'rate', 'Taux d’abandon (%)', 'نسبة الانقطاع (%)', 'Dropout rate (%)'),
  col('results', 'averageOfAverages', 'grade', 'Moyenne des moyennes (/20)', 'معدل المعدلات (/20)', 'Average of averages (/20)'),
  col('results', 'atLeast10Share', 'rate', 'Moyennes ≥ 10 (%)', 'المعدلات ≥ 10 (%)', 'Averages ≥ 10 (%)'),
  col('pupils', 'absenceRate', 'rate', 'Taux d’absence (%)', 'نسبة الغياب (%)', 'Absence rate (%)'),
  col('pupils', 'justifiedShare', 'rate', 'Absences justifiées (%)', 'الغياب المبرر (%)', 'Justified absences (%)'),
  col('classes', 'classes', 'count', 'Classes', 'الأقسام', 'Classes'),
  col('classes', 'averageClassSize', 'ratio', 'Élèves par classe', 'التلاميذ في القسم', 'Pupils per class'),
  col('classes', 'overcrowdedShare', 'rate', 'Classes surchargées (%)', 'الأقسام المكتظة (%)', 'Overcrowded classes (%)'),
  col('teachers', 'pupilTeacherRatio', 'ratio', 'Élèves par enseignant', 'التلاميذ لكل أستاذ', 'Pupils per teacher'),
  col('pupils', 'enrolmentParityIndex', 'ratio', 'Indice de parité (inscription)', 'مؤشر التكافؤ (التمدرس)', 'Parity index (enrolment)'),
  col('results', 'successParityIndex', 'ratio', 'Indice de parité (réussite)', 'مؤشر التكافؤ (النجاح)', 'Parity index (success)'),
];

/** A cell: a number, or why there is none. */
export type Cell = { value: number } | { suppressed: true } | { missing: true };

export interface TableRow {
  code: string;
  name: string;
  cells: Cell[];
}

export interface IndicatorTable {
  rows: TableRow[];
  total: Cell[];
}

/** English names of the enum dimensions' values (French and Arabic come with the rows). */
const ENGLISH: Record<string, string> = {
  PRIMARY: 'Primary', MIDDLE: 'Middle school', SECONDARY: 'Secondary', F: 'Girls', M: 'Boys', URBAN: 'Urban', RURAL: 'Rural', PUBLIC: 'Public', PRIVATE: 'Private',
};

function cellOf(f: Figure | undefined, kind: ValueKind): Cell {
  if (!f || (f.value === null && !f.suppressed)) return { missing: true };
  if (f.suppressed || f.value === null) return { suppressed: true };
  return { value: kind === 'rate' ? Math.round(f.value * 1000) / 10 : f.value };
}

async function cellsOf(ctx: Context, slice: ResolvedSlice, by: Dimension | null, key: string): Promise<Cell[]> {
  return Promise.all(COLUMNS.map(async (c) => cellOf((await groupFigures(ctx, slice, by, c.group)).get(key)?.[c.name], c.kind)));
}

/** The breakdown's rows (within the viewer's scope, by breakdownRows' rules) and the slice's total. */
export async function indicatorTable(ctx: Context, slice: ResolvedSlice, by: Dimension, language: ExportLanguage): Promise<IndicatorTable> {
  const rows = await breakdownRows(ctx, slice, by);
  const named = (r: (typeof rows)[number]) => (language === ExportLanguage.AR ? r.nameAr : language === ExportLanguage.EN ? ENGLISH[r.code] ?? r.nameFr : r.nameFr);
  return {
    rows: await Promise.all(rows.map(async (r) => ({ code: r.code, name: named(r), cells: await cellsOf(ctx, slice, by, r.indicators.of.key ?? ALL) }))),
    total: await cellsOf(ctx, slice, null, ALL),
  };
}
