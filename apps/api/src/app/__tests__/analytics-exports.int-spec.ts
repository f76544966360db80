import ExcelJS from 'exceljs';
import { type DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildAnalytics } from '../../modules/analytics/rollup-rebuild.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';
import { addPupils } from './analytics-world.js';

// The integrity watch and the exports, on the real server and database: a province of seven
// comparable middle schools, one of which marks its pupils' continuous assessment far above their
// regional exam; a school with five pupils; a school in another region. The watch lists the
// inflating school with the figures behind the flag, and no other; an export holds the breakdown's
// rows and figures, its filters, and is logged; outside a territory both answer like a missing one.

const YEAR = '2025-2026';
const PROVINCE = '06.141'; // Casablanca-Settat (06)
const OTHER_PROVINCE = '04.421'; // another academy (04)
/** Continuous assessment minus the exam, per school: the last one inflates. */
const GAPS = [0.5, 0.8, 1.0, 1.2, 0.7, 0.9, 6.0];

const ministry = viewer(Role.MINISTRY, { accountId: 9001, displayName: 'Analyste national' });
const WATCH = `query($s: SliceInput!) { integrityWatch(slice: $s) {
  band minGroupSchools minPupils comparedSchools
  flagged { school { code nameFr provinceCode } cycle milieu sector pupils continuousAverage examAverage gap groupSchools groupMeanGap groupSpread deviation } } }`;
const EXPORT = 'mutation($i: ExportInput!) { exportIndicators(input: $i) { filename mimeType base64 rowCount } }';
const CHART = 'mutation($i: ChartExportInput!) { recordChartExport(input: $i) }';
const BREAKDOWN = `query($s: SliceInput!, $by: Dimension!) { indicatorBreakdown(slice: $s, by: $by) {
  code nameFr indicators { enrolled { value suppressed } } } }`;

/** A 3AC class of `pupils` with a continuous-assessment test and a regional exam in MATH: exam marks 8..12, CC = exam + gap. */
async function school3AC(db: DataSource, f: ReturnType<typeof factories>, provinceCode: string, pupils: number, gap: number, name?: string) {
  const s = await f.school({ provinceCode });
  if (name) await db.query('UPDATE school SET name_fr = $2 WHERE id = $1', [s.id, name]);
  const classId = await f.schoolClass(s.id, { level: '3AC', name: '3AC-1', year: YEAR });
  const ids = await addPupils(db, classId, pupils, 0, '2025-09-08');
  for (const [kind, extra] of [['CONTINUOUS', gap], ['REGIONAL_EXAM', 0]] as const) {
    const [a] = await db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, su.id, c.school_year_id, 'S2', $2, 1, '2026-06-10' FROM school_class c, subject su WHERE c.id = $1 AND su.code = 'MATH' RETURNING id`,
      [classId, kind],
    );
    await db.query(
      `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value)
       SELECT a.school_id, a.school_year_id, a.id, p.id, least(20, 8 + (p.n % 5) + $3::numeric) FROM assessment a,
         unnest($2::bigint[]) WITH ORDINALITY AS p(id, n) WHERE a.id = $1`,
      [a.id, ids, extra],
    );
  }
  return s;
}

/** A CSV's lines as cells (; separated, quotes doubled). */
function csvLines(text: string): string[][] {
  return text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '').map((line) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = !quoted;
      else if (c === ';' && !quoted) { cells.push(cell); cell = ''; } else cell += c;
    }
    return [...cells, cell];
  });
}

describe('the integrity watch and the exports', () => {
  let api: TestApi;
  let schools: { id: number; code: string; regionId: number; provinceId: number }[];
  let small: { code: string };
  let regionCasablanca: ReturnType<typeof viewer>;
  let regionOther: ReturnType<typeof viewer>;

  beforeAll(async () => {
    api = await createTestApi();
    const f = factories(api.db);
    await f.year(YEAR);
    schools = [];
    for (const [i, gap] of GAPS.entries()) schools.push(await school3AC(api.db, f, PROVINCE, 12 + i, gap, i === 0 ? '=HYPERLINK("http://x";"clic")' : undefined));
    small = await school3AC(api.db, f, PROVINCE, 5, 9);
    await school3AC(api.db, f, OTHER_PROVINCE, 15, 0.5);
    await rebuildAnalytics(api.db);
    regionCasablanca = viewer(Role.REGION, { regionId: schools[0].regionId, accountId: 9002 });
    const [other] = await api.db.query('SELECT region_id FROM province WHERE code = $1', [OTHER_PROVINCE]);
    regionOther = viewer(Role.REGION, { regionId: Number(other.region_id), accountId: 9003 });
  }, 120_000);
  afterAll(async () => api?.stop());

  const exportLog = async () => api.db.query('SELECT account_id, role, what, format, filters, row_count FROM analytics_export ORDER BY id');

  it('lists the school whose continuous assessment stands far from its exams, with the figures behind the flag', async () => {
    const r = await api.exec(ministry, WATCH, { s: { year: YEAR, provinceCode: PROVINCE } });
    expect(r.errors).toBeUndefined();
    const watch = r.data!.integrityWatch;
    expect(watch).toMatchObject({ band: 2, minGroupSchools: 5, minPupils: 10, comparedSchools: GAPS.length });
    expect(watch.flagged.map((x: { school: { code: string } }) => x.school.code)).toEqual([schools[6].code]);
    const flag = watch.flagged[0];
    expect(flag).toMatchObject({ cycle: 'MIDDLE', milieu: 'URBAN', sector: 'PUBLIC', pupils: 18, groupSchools: 6, gap: 6 });
    // The others' gaps: their mean and sample standard deviation, computed here.
    const others = GAPS.slice(0, 6);
    const mean = others.reduce((a, b) => a + b, 0) / others.length;
    const sd = Math.sqrt(others.reduce((a, b) => a + (b - mean) ** 2, 0) / (others.length - 1));
    expect(flag.groupMeanGap).toBeCloseTo(mean, 2);
    expect(flag.groupSpread).toBeCloseTo(sd, 2);
    expect(flag.deviation).toBeCloseTo((6 - mean) / sd, 1);
    expect(flag.examAverage).toBeCloseTo(10, 0);
    expect(flag.school.provinceCode).toBe(PROVINCE);
    // The five-pupil school, which inflates most, is not compared at all: its averages are about five pupils.
    expect(JSON.stringify(watch)).not.toContain(small.code);
  });

  it('compares within the viewer\'s territory, and answers outside it like an unknown province', async () => {
    const own = await api.exec(regionCasablanca, WATCH, { s: { year: YEAR } });
    expect(own.data!.integrityWatch.flagged.map((x: { school: { code: string } }) => x.school.code)).toEqual([schools[6].code]);
    const elsewhere = await api.exec(regionOther, WATCH, { s: { year: YEAR, provinceCode: PROVINCE } });
    const unknown = await api.exec(regionOther, WATCH, { s: { year: YEAR, provinceCode: '99.999' } });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(elsewhere.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    // Its own academy has one school: nothing to compare it with.
    expect((await api.exec(regionOther, WATCH, { s: { year: YEAR } })).data!.integrityWatch).toMatchObject({ comparedSchools: 0, flagged: [] });
    const director = await api.exec(viewer(Role.DIRECTOR, { schoolId: schools[0].id }), WATCH, { s: { year: YEAR } });
    expect(director.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('exports a breakdown as CSV with the table\'s rows and figures, its filters, suppressed cells worded, and logs it', async () => {
    const before = (await exportLog()).length;
    const slice = { year: YEAR, provinceCode: PROVINCE };
    const r = await api.exec(ministry, EXPORT, { i: { slice, by: 'SCHOOL', format: 'CSV', language: 'FR' } });
    expect(r.errors).toBeUndefined();
    const file = r.data!.exportIndicators;
    expect(file.mimeType).toMatch(/^text\/csv/);
    expect(file.filename).toBe(`massar-indicateurs_${YEAR}_${PROVINCE}_school.csv`);
    const lines = csvLines(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(lines).toContainEqual(['Année scolaire', YEAR]);
    expect(lines.find((l) => l[0] === 'Direction provinciale')?.[1]).toMatch(new RegExp(`^${PROVINCE.replace('.', '\\.')} `));
    expect(lines).toContainEqual(['Par', 'SCHOOL']);
    expect(lines).toContainEqual(['Exporté par', 'Analyste national']);
    const header = lines.findIndex((l) => l[0] === 'Code');
    expect(lines[header].slice(0, 3)).toEqual(['Code', 'Nom', 'Élèves inscrits']);
    const rows = lines.slice(header + 1, -1);
    const api8 = (await api.exec(ministry, BREAKDOWN, { s: slice, by: 'SCHOOL' })).data!.indicatorBreakdown as
      { code: string; nameFr: string; indicators: { enrolled: { value: number | null; suppressed: boolean } } }[];
    expect(file.rowCount).toBe(api8.length);
    expect(rows.map((l) => l[0])).toEqual(api8.map((x) => x.code));
    for (const [i, x] of api8.entries()) expect(rows[i][2]).toBe(x.indicators.enrolled.suppressed ? 'masqué' : String(x.indicators.enrolled.value));
    expect(rows.find((l) => l[0] === small.code)?.[2]).toBe('masqué');
    // A name a spreadsheet would run as a formula is written as text.
    expect(rows.find((l) => l[0] === schools[0].code)?.[1]).toBe('\'=HYPERLINK("http://x";"clic")');
    expect(lines.at(-1)!.slice(0, 3)).toEqual(['', 'Ensemble', String(GAPS.reduce((a, _, i) => a + 12 + i, 0) + 5)]);
    const log = await exportLog();
    expect(log.length).toBe(before + 1);
    expect(log.at(-1)).toMatchObject({ account_id: 9001, role: 'MINISTRY', what: 'indicators:SCHOOL', format: 'CSV', row_count: api8.length });
    expect(log.at(-1).filters).toMatchObject({ year: YEAR, provinceCode: PROVINCE, by: 'SCHOOL', language: 'fr' });
  });

  it('exports the same table as .xlsx, right to left in Arabic', async () => {
    const r = await api.exec(regionCasablanca, EXPORT, { i: { slice: { year: YEAR }, by: 'PROVINCE', format: 'XLSX', language: 'AR' } });
    expect(r.errors).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data!.exportIndicators.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.views[0]?.rightToLeft).toBe(true);
    const values = ws.getSheetValues().filter(Boolean).map((row) => (row as ExcelJS.CellValue[]).slice(1));
    const header = values.findIndex((row) => row[0] === 'الرمز');
    expect(values[header][2]).toBe('التلاميذ المسجلون');
    // A REGION account's table by province holds its own province only.
    const rows = values.slice(header + 1, -1);
    expect(rows.map((row) => row[0])).toEqual([PROVINCE]);
    expect(rows[0][2]).toBe(GAPS.reduce((a, _, i) => a + 12 + i, 0) + 5);
  });

  it('refuses an export outside the territory like an unknown one, and logs nothing', async () => {
    const before = (await exportLog()).length;
    const input = (provinceCode: string) => ({ i: { slice: { year: YEAR, provinceCode }, by: 'SCHOOL', format: 'CSV', language: 'FR' } });
    const outside = await api.exec(regionOther, EXPORT, input(PROVINCE));
    const unknown = await api.exec(regionOther, EXPORT, input('99.999'));
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(outside.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    const chart = await api.exec(regionOther, CHART, { i: { what: 'trend.enrolled', slice: { year: YEAR, provinceCode: PROVINCE } } });
    expect(chart.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const teacher = await api.exec(viewer(Role.TEACHER, { schoolId: schools[0].id }), EXPORT, input(PROVINCE));
    expect(teacher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A national breakdown by school is one file too many (as for indicatorBreakdown).
    const wide = await api.exec(ministry, EXPORT, { i: { slice: { year: YEAR }, by: 'SCHOOL', format: 'XLSX', language: 'EN' } });
    expect(wide.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SLICE_TOO_WIDE' });
    expect((await exportLog()).length).toBe(before);
  });

  it('logs a chart saved as an image, and refuses a malformed chart name', async () => {
    const ok = await api.exec(regionCasablanca, CHART, { i: { what: 'trend.enrolled', slice: { year: YEAR, provinceCode: PROVINCE } } });
    expect(ok.data?.recordChartExport).toBe(true);
    expect((await exportLog()).at(-1)).toMatchObject({ account_id: 9002, role: 'REGION', what: 'chart:trend.enrolled', format: 'PNG', row_count: 0 });
    const before = (await exportLog()).length;
    for (const what of ['a b', 'x'.repeat(91), '', 'chart;DROP TABLE x']) {
      const bad = await api.exec(regionCasablanca, CHART, { i: { what, slice: { year: YEAR } } });
      expect(bad.errors?.[0]?.extensions?.code, what).toBe('BAD_USER_INPUT');
    }
    expect((await exportLog()).length).toBe(before);
  });
});
