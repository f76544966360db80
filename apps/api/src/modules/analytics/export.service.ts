import { type Context } from '../../core/context.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type Dimension, type SliceInput } from './analytics.types.js';
import { writeFile } from './export.file.js';
import { indicatorTable } from './export.table.js';
import { ExportFile, type ExportFormat, ExportLanguage, type Words } from './export.types.js';
import { requestThreshold } from './indicators.service.js';
import { type ResolvedSlice } from './slice.js';

// Exports are scope-limited (the slice is resolved within the viewer's territory, the rows are
// the breakdown's) and logged: who, what, when, with the filters. The log row is written once the
// file is built and before it is returned: a file is never handed out unlogged.

const LABELS = {
  title: { fr: 'Massar — indicateurs', ar: 'مسار — المؤشرات', en: 'Massar — indicators' },
  year: { fr: 'Année scolaire', ar: 'السنة الدراسية', en: 'School year' },
  region: { fr: 'Académie', ar: 'الأكاديمية', en: 'Academy' },
  province: { fr: 'Direction provinciale', ar: 'المديرية الإقليمية', en: 'Provincial directorate' },
  school: { fr: 'Établissement', ar: 'المؤسسة', en: 'School' },
  cycle: { fr: 'Cycle', ar: 'السلك', en: 'Cycle' },
  level: { fr: 'Niveau', ar: 'المستوى', en: 'Level' },
  gender: { fr: 'Sexe', ar: 'الجنس', en: 'Gender' },
  milieu: { fr: 'Milieu', ar: 'الوسط', en: 'Milieu' },
  sector: { fr: 'Secteur', ar: 'القطاع', en: 'Sector' },
  term: { fr: 'Résultats', ar: 'النتائج', en: 'Results' },
  by: { fr: 'Par', ar: 'حسب', en: 'By' },
  who: { fr: 'Exporté par', ar: 'صدّره', en: 'Exported by' },
  when: { fr: 'Exporté le', ar: 'تاريخ التصدير', en: 'Exported at' },
} satisfies Record<string, Words>;

const NOTE: Words = {
  fr: 'Une valeur « masqué » est calculée sur moins de {k} élèves (ou masquée pour qu’on ne puisse pas la déduire des autres).',
  ar: 'القيمة «محجوب» محسوبة على أقل من {k} تلاميذ (أو محجوبة حتى لا تُستنتج من غيرها).',
  en: 'A "suppressed" value is computed from fewer than {k} pupils (or hidden so that it cannot be worked out from the others).',
};

const NAME_SQL = {
  region: 'SELECT code, name_fr, name_ar FROM region WHERE id = $1',
  province: 'SELECT code, name_fr, name_ar FROM province WHERE id = $1',
  school: 'SELECT code, name_fr, name_ar FROM school WHERE id = $1',
  level: 'SELECT code, name_fr, name_ar FROM level WHERE id = $1',
};

/** The slice's filters as the file's first lines, each territory with its code and name. */
async function filterLines(ctx: Context, slice: ResolvedSlice, by: Dimension, language: ExportLanguage, viewer: Viewer, at: Date): Promise<[string, string][]> {
  const lines: [string, string][] = [[LABELS.year[language], slice.yearName]];
  const named = async (kind: keyof typeof NAME_SQL, id: number | null) => {
    if (!id) return;
    const [r] = await ctx.db.query(NAME_SQL[kind], [id]);
    lines.push([LABELS[kind][language], `${r.code} ${language === ExportLanguage.AR ? r.name_ar : r.name_fr}`]);
  };
  await named('region', slice.regionId);
  await named('province', slice.provinceId);
  await named('school', slice.schoolId);
  if (slice.cycle) lines.push([LABELS.cycle[language], slice.cycle]);
  await named('level', slice.levelId);
  for (const key of ['gender', 'milieu', 'sector'] as const) if (slice[key]) lines.push([LABELS[key][language], slice[key]!]);
  lines.push([LABELS.term[language], slice.term], [LABELS.by[language], by], [LABELS.who[language], viewer.displayName], [LABELS.when[language], at.toISOString()]);
  return lines;
}

/** The slice's codes as the viewer gave them, for the log. */
const filtersOf = (input: SliceInput, extra: Record<string, unknown>) =>
  JSON.stringify({ ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)), ...extra });

async function logExport(ctx: Context, viewer: Viewer, what: string, format: string, filters: string, rowCount: number): Promise<void> {
  await ctx.db.query(
    'INSERT INTO analytics_export (account_id, role, what, format, filters, row_count) VALUES ($1, $2, $3, $4, $5::jsonb, $6)',
    [viewer.accountId, viewer.role, what, format, filters, rowCount],
  );
}

export async function exportIndicators(
  ctx: Context, viewer: Viewer, slice: ResolvedSlice, input: { slice: SliceInput; by: Dimension; format: ExportFormat; language: ExportLanguage },
): Promise<ExportFile> {
  const at = new Date();
  const [table, filters, k] = await Promise.all([
    indicatorTable(ctx, slice, input.by, input.language),
    filterLines(ctx, slice, input.by, input.language, viewer, at),
    requestThreshold(ctx),
  ]);
  const file = await writeFile({
    title: LABELS.title[input.language], filters, table, language: input.language, note: NOTE[input.language].replace('{k}', String(k)),
  }, input.format);
  const place = [slice.yearName, ...[input.slice.regionCode, input.slice.provinceCode, input.slice.schoolCode].filter(Boolean)].join('_');
  await logExport(ctx, viewer, `indicators:${input.by}`, input.format, filtersOf(input.slice, { by: input.by, language: input.language }), table.rows.length);
  return Object.assign(new ExportFile(), {
    filename: `massar-indicateurs_${place.replace(/[^A-Za-z0-9._-]/g, '-')}_${input.by.toLowerCase()}.${file.extension}`,
    mimeType: file.mimeType,
    base64: file.body.toString('base64'),
    rowCount: table.rows.length,
  });
}

export async function recordChartExport(ctx: Context, viewer: Viewer, what: string, input: SliceInput): Promise<void> {
  await logExport(ctx, viewer, `chart:${what}`, 'PNG', filtersOf(input, {}), 0);
}
