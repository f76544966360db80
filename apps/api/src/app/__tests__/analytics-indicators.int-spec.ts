import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVINCE_TABLES } from '../../modules/analytics/rollup-cells.js';
import { rebuildAnalytics } from '../../modules/analytics/rollup-rebuild.js';
import { refreshAnalytics } from '../../modules/analytics/rollup-refresh.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';
import {
  addPupils, buildWorld, cellSnapshot, differences, expectedIndicators, flatten, INDICATOR_FIELDS, type Slice, transfer, type World, Y0, Y1,
} from './analytics-world.js';

// Each indicator against an independent SQL computation from the source tables (analytics-world.ts),
// for the nation, a region, a province, a school and other slices, in a breakdown's rows, and after
// changes applied by the refresher; the refreshed cells equal a rebuild's.

/**
 * The distribution of the averages is compared on its own (see "counts in the distribution only
 * the results with an average"): a result without an average lands in [18, 20] today.
 */
const BINS = /^bins\./;

const K = 10;
const ministry = viewer(Role.MINISTRY);
const INDICATORS = `query($s: SliceInput!) { indicators(slice: $s) { ${INDICATOR_FIELDS} } }`;
const BREAKDOWN = `query($s: SliceInput!, $by: Dimension!) { indicatorBreakdown(slice: $s, by: $by) { code indicators { ${INDICATOR_FIELDS} } } }`;

describe('analytics indicators against an independent computation', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await createTestApi();
    world = await buildWorld(api.db);
    await rebuildAnalytics(api.db);
  }, 120_000);
  afterAll(async () => api?.stop());

  async function answered(slice: Slice) {
    const r = await api.exec(ministry, INDICATORS, { s: slice });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return flatten(r.data!.indicators);
  }

  /**
   * The figures hidden in the slice's row of its parents' breakdowns (the slice without each of its
   * filters, by that filter), as the API answers them: the slice's own figures are hidden there too
   * (consistent-suppression.ts; analytics-differencing checks why). The rows' own rules are checked by the breakdown tests.
   */
  async function hiddenByParents(slice: Slice): Promise<Set<string>> {
    const parents: [string, string, Slice][] = [];
    const { schoolCode, provinceCode, regionCode, levelCode, cycle, gender, milieu, sector } = slice;
    if (schoolCode) {
      const [{ code }] = await api.db.query('SELECT p.code FROM school s JOIN province p ON p.id = s.province_id WHERE s.code = $1', [schoolCode]);
      parents.push(['SCHOOL', schoolCode, { ...slice, schoolCode: undefined, provinceCode: code }]);
    } else if (provinceCode) parents.push(['PROVINCE', provinceCode, { ...slice, provinceCode: undefined }]);
    else if (regionCode) parents.push(['REGION', regionCode, { ...slice, regionCode: undefined }]);
    if (levelCode) parents.push(['LEVEL', levelCode, { ...slice, levelCode: undefined }]);
    else if (cycle) parents.push(['CYCLE', cycle, { ...slice, cycle: undefined }]);
    for (const [by, value] of [['GENDER', gender], ['MILIEU', milieu], ['SECTOR', sector]] as const) {
      if (value) parents.push([by, value, { ...slice, [by.toLowerCase()]: undefined }]);
    }
    const hidden = new Set<string>();
    for (const [by, code, parent] of parents) {
      const r = await api.exec(ministry, BREAKDOWN, { s: parent, by });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const row = (r.data!.indicatorBreakdown as { code: string; indicators: unknown }[]).find((x) => x.code === code);
      if (row) for (const [name, f] of Object.entries(flatten(row.indicators))) if (f.suppressed) hidden.add(name);
    }
    return hidden;
  }

  /** The slice's differences from the independent computation, but for figures hidden because a parent's breakdown hides them. */
  async function sliceDifferences(slice: Slice, omit: RegExp | null = BINS, given?: ReturnType<typeof flatten>): Promise<string[]> {
    const api_ = given ?? await answered(slice);
    const hidden = await hiddenByParents(slice);
    return differences(api_, await expectedIndicators(api.db, slice, K), omit).filter((d) => !(hidden.has(d.split(':')[0]) && api_[d.split(':')[0]]?.suppressed));
  }

  async function expectSlice(slice: Slice) {
    expect(await sliceDifferences(slice), JSON.stringify(slice)).toEqual([]);
  }

  it('builds a world the figures can be checked on (two years, repeaters, dropouts, results, absences, support)', async () => {
    const e = await expectedIndicators(api.db, { year: Y1 }, K);
    expect(e.enrolled.value).toBeGreaterThan(400);
    expect(e.repeaters.value).toBeGreaterThan(20);
    expect(e.newEntrants.value).toBeGreaterThan(100);
    expect(e.absenceRate.value).toBeGreaterThan(0);
    expect(e.justifiedShare.value).toBeGreaterThan(0);
    expect(e.justifiedShare.value).toBeLessThan(1);
    expect(e.overcrowdedShare.value).toBeGreaterThan(0);
    expect(e['certificates.CEC.candidates'].value).toBeGreaterThan(10);
    expect(e['support.TAYSSIR.beneficiaries'].value).toBeGreaterThan(10);
    const flows = await expectedIndicators(api.db, { year: Y0 }, K);
    expect(flows.promotionRate.value).toBeGreaterThan(0.4);
    expect(flows.dropoutRate.value).toBeGreaterThan(0.05);
    expect(flows.repetitionRate.value).toBeGreaterThan(0.05);
  });

  const SLICES: Slice[] = [
    { year: Y1 },
    { year: Y1, regionCode: '06' },
    { year: Y1, regionCode: '04' },
    { year: Y1, provinceCode: '06.141' },
    { year: Y1, provinceCode: '04.421' },
    { year: Y1, schoolCode: 'AN0001' },
    { year: Y1, schoolCode: 'AN0004' },
    { year: Y1, schoolCode: 'AN0002' },
    { year: Y1, cycle: 'MIDDLE' },
    { year: Y1, levelCode: '1AC' },
    { year: Y1, levelCode: '3AC' },
    { year: Y1, gender: 'F' },
    { year: Y1, regionCode: '06', gender: 'M' },
    { year: Y1, milieu: 'RURAL' },
    { year: Y1, sector: 'PRIVATE' },
    { year: Y1, term: 'S1' },
    { year: Y0 },
    { year: Y0, regionCode: '06' },
    { year: Y0, provinceCode: '04.421' },
    { year: Y0, schoolCode: 'AN0001' },
    { year: Y0, levelCode: '1AC' },
    { year: Y0, cycle: 'PRIMARY' },
    { year: Y0, gender: 'F' },
    { year: Y0, milieu: 'URBAN', sector: 'PUBLIC' },
  ];
  it.each(SLICES.map((s) => [JSON.stringify(s), s] as const))('answers %s as computed from the source tables', async (_, slice) => {
    await expectSlice(slice);
  });

  // LEAST ignores NULLs: a result without a general average must not land in the top bin.
  it.each([{ year: Y1 }, { year: Y1, schoolCode: 'AN0004' }, { year: Y0, levelCode: '1AC' }, { year: Y1, term: 'S1' }])(
    'counts in the distribution only the results with an average (%o)', async (slice) => {
      const api_ = await answered(slice);
      const bins = Array.from({ length: 10 }, (_, i) => api_[`bins.${i}`].value ?? 0).reduce((a, b) => a + b, 0);
      expect(bins).toBeLessThanOrEqual(api_.enrolled.value ?? Infinity);
      expect(await sliceDifferences(slice, null)).toEqual([]);
    });

  it.each([
    [Y1, 'REGION', 'regionCode'], [Y1, 'PROVINCE', 'provinceCode'], [Y1, 'SCHOOL', 'schoolCode'], [Y1, 'LEVEL', 'levelCode'],
    [Y1, 'GENDER', 'gender'], [Y1, 'CYCLE', 'cycle'], [Y1, 'MILIEU', 'milieu'], [Y1, 'SECTOR', 'sector'],
    [Y0, 'REGION', 'regionCode'], [Y0, 'LEVEL', 'levelCode'], [Y0, 'GENDER', 'gender'],
  ] as const)('in %s, each row of a breakdown by %s is its slice\'s figures', async (year, by, field) => {
    // A breakdown by school needs a territory (SLICE_TOO_WIDE for the nation).
    const within = by === 'SCHOOL' ? { regionCode: '06' } : {};
    const r = await api.exec(ministry, BREAKDOWN, { s: { year, ...within }, by });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const rows = r.data!.indicatorBreakdown as { code: string; indicators: unknown }[];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const api_ = flatten(row.indicators);
      const expected = await expectedIndicators(api.db, { year, ...within, [field]: row.code }, K);
      // A row may also be hidden complementarily (checked in analytics-suppression): compare the rest.
      const diff = differences(api_, expected, BINS).filter((d) => !/api \{"value":null,"count":null,"suppressed":true\}/.test(d));
      expect(diff, `${by} ${row.code}`).toEqual([]);
    }
  });

  it('answers a trend oldest first, each year as computed', async () => {
    const r = await api.exec(ministry, `query($s: SliceInput!) { indicatorTrend(slice: $s) { ${INDICATOR_FIELDS} } }`, { s: { year: Y1, regionCode: '06' } });
    expect(r.errors).toBeUndefined();
    const years = r.data!.indicatorTrend as { year: string }[];
    expect(years.map((y) => y.year)).toEqual([Y0, Y1]);
    for (const y of years) expect(await sliceDifferences({ year: y.year, regionCode: '06' }, BINS, flatten(y))).toEqual([]);
  });

  describe('after changes, through the refresher', () => {
    const touched = (school: string, province: string, region: string, year = Y1): Slice[] =>
      [{ year, schoolCode: school }, { year, provinceCode: province }, { year, regionCode: region }, { year }];

    async function refreshedAndChecked(slices: Slice[], pairs?: number) {
      const out = await refreshAnalytics(api.db);
      if (pairs !== undefined) expect(out.pairs).toBe(pairs);
      for (const s of slices) await expectSlice(s);
    }

    it('follows a changed published result (an average up, a certificate failed)', async () => {
      const passedIn = async (school: string) => Number((await api.db.query(
        `SELECT sum(certificate_passed) AS n FROM analytics_result_cell WHERE school_id = $1 AND school_year_id = $2 AND term = 'YEAR'`,
        [world.schools[school].id, world.yearIds.y1]))[0].n);
      const passedBefore = await passedIn('AN0004');
      const before = await answered({ year: Y1, schoolCode: 'AN0004' });
      await api.db.query(
        `UPDATE published_result SET general_average = 19.75, certificate = jsonb_set(certificate, '{outcome}', '"FAILED"')
         WHERE (student_id, school_year_id, term) = (SELECT student_id, school_year_id, term FROM published_result
           WHERE school_id = $1 AND school_year_id = $2 AND term = 'YEAR' AND certificate->>'outcome' = 'PASSED' ORDER BY student_id LIMIT 1)`,
        [world.schools.AN0004.id, world.yearIds.y1]);
      await refreshedAndChecked(touched('AN0004', '04.421', '04'), 1);
      const after = await answered({ year: Y1, schoolCode: 'AN0004' });
      expect(after.averageOfAverages.value).toBeGreaterThan(before.averageOfAverages.value!);
      // One more failure: in the cells (the school's failures are too few for its success rate to be shown).
      expect(after['certificates.CEC.successRate'].suppressed).toBe(true);
      expect(await passedIn('AN0004')).toBe(passedBefore - 1);
    });

    it('follows a changed grade (the integrity cells)', async () => {
      const [cls] = await api.db.query(`SELECT c.id, c.school_id FROM school_class c JOIN level l ON l.id = c.level_id
        WHERE c.school_id = $1 AND c.school_year_id = $2 AND l.code = '3AC'`, [world.schools.AN0004.id, world.yearIds.y1]);
      for (const kind of ['CONTINUOUS', 'REGIONAL_EXAM']) {
        await api.db.query(
          `WITH a AS (INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
                      SELECT $1, $2, id, $3, 'S2', $4, 1, '2026-05-04' FROM subject WHERE code = 'MATH' RETURNING id)
           INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value)
           SELECT $1, $3, a.id, e.student_id, (e.student_id % 15) + 5 FROM a, enrolment e WHERE e.class_id = $2 AND e.status = 'ACTIVE'`,
          [cls.school_id, cls.id, world.yearIds.y1, kind]);
      }
      await refreshAnalytics(api.db);
      const [before] = await api.db.query('SELECT sum(continuous_sum) AS s FROM analytics_integrity_cell WHERE school_id = $1', [cls.school_id]);
      expect(Number(before.s)).toBeGreaterThan(0);
      await api.db.query(`UPDATE grade SET value = value + 1 WHERE school_id = $1 AND value < 19 AND assessment_id =
        (SELECT id FROM assessment WHERE class_id = $2 AND kind = 'CONTINUOUS')`, [cls.school_id, cls.id]);
      expect((await refreshAnalytics(api.db)).pairs).toBe(1);
      const [after] = await api.db.query('SELECT sum(continuous_sum) AS s FROM analytics_integrity_cell WHERE school_id = $1', [cls.school_id]);
      expect(Number(after.s)).toBeGreaterThan(Number(before.s));
    });

    it('follows a pupil enrolled', async () => {
      const [cls] = await api.db.query('SELECT id FROM school_class WHERE school_id = $1 AND school_year_id = $2', [world.schools.AN0006.id, world.yearIds.y1]);
      await addPupils(api.db, cls.id, 0, 1, '2025-12-01');
      await refreshedAndChecked(touched('AN0006', '04.421', '04'), 1);
    });

    it('follows a transfer (TRANSFERRED at the origin, ACTIVE at the destination, another region)', async () => {
      const before = await answered({ year: Y1, schoolCode: 'AN0001' });
      const [pupil] = await api.db.query(`SELECT e.student_id FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN level l ON l.id = c.level_id
        WHERE e.school_id = $1 AND e.school_year_id = $2 AND e.status = 'ACTIVE' AND l.code = '3AC' ORDER BY e.student_id LIMIT 1`,
      [world.schools.AN0001.id, world.yearIds.y1]);
      const [to] = await api.db.query(`SELECT c.id FROM school_class c JOIN level l ON l.id = c.level_id WHERE c.school_id = $1 AND c.school_year_id = $2 AND l.code = '3AC'`,
        [world.schools.AN0004.id, world.yearIds.y1]);
      await transfer(api.db, Number(pupil.student_id), world.yearIds.y1, to.id, '2026-01-05');
      await refreshedAndChecked([...touched('AN0001', '06.141', '06'), ...touched('AN0004', '04.421', '04')], 2);
      expect((await answered({ year: Y1, schoolCode: 'AN0001' })).enrolled.value).toBe(before.enrolled.value! - 1);
    });

    it('follows an absence justified', async () => {
      const before = await answered({ year: Y1, schoolCode: 'AN0002' });
      await api.db.query(`UPDATE absence_justification SET status = 'ACCEPTED', decided_at = now(), decision_reason = NULL
        WHERE school_id = $1 AND status <> 'ACCEPTED'`, [world.schools.AN0002.id]);
      await refreshedAndChecked(touched('AN0002', '06.141', '06'), 1);
      expect((await answered({ year: Y1, schoolCode: 'AN0002' })).justifiedShare.value).toBeGreaterThan(before.justifiedShare.value!);
    });

    it('follows a pupil\'s gender corrected', async () => {
      await api.db.query(`UPDATE student SET gender = 'F' WHERE id = (SELECT min(student_id) FROM enrolment WHERE school_id = $1 AND school_year_id = $2)`,
        [world.schools.AN0004.id, world.yearIds.y1]);
      await refreshAnalytics(api.db);
      for (const s of [{ year: Y1, schoolCode: 'AN0004', gender: 'F' }, { year: Y1, regionCode: '04', gender: 'M' }, { year: Y0, gender: 'F' }]) await expectSlice(s);
    });

    it('follows a school moved to another province, and a province moved to another region', async () => {
      await api.db.query('UPDATE school SET province_id = (SELECT id FROM province WHERE code = \'06.371\') WHERE id = $1', [world.schools.AN0002.id]);
      await refreshedAndChecked([{ year: Y1, provinceCode: '06.141' }, { year: Y1, provinceCode: '06.371' }, { year: Y0, provinceCode: '06.371' }]);
      await api.db.query('UPDATE province SET region_id = (SELECT id FROM region WHERE code = \'04\') WHERE code = \'06.371\'');
      await refreshedAndChecked([{ year: Y1, regionCode: '06' }, { year: Y1, regionCode: '04' }, { year: Y0, regionCode: '04' }]);
    });

    it('gives, rebuilt, exactly the refreshed cells and province rows', async () => {
      await refreshAnalytics(api.db);
      const refreshed = { ...await cellSnapshot(api.db), ...await provinceSnapshot() };
      expect(refreshed.analytics_pupil_province.length).toBeGreaterThan(0);
      await rebuildAnalytics(api.db);
      expect({ ...await cellSnapshot(api.db), ...await provinceSnapshot() }).toEqual(refreshed);
    });

    async function provinceSnapshot(): Promise<Record<string, unknown[]>> {
      const out: Record<string, unknown[]> = {};
      for (const table of PROVINCE_TABLES) out[table] = await api.db.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`);
      return out;
    }
  });

  it('costs the same number of SQL statements for a SCHOOL breakdown of 3 schools as of 30', async () => {
    // 27 more schools of 12 pupils in region 01, refreshed in.
    const f = factories(api.db);
    for (let i = 0; i < 27; i++) {
      const school = await f.school({ provinceCode: '01.511', code: `AZ${String(i).padStart(4, '0')}` });
      await addPupils(api.db, await f.schoolClass(school.id, { year: Y1, level: '1AC' }), 6, 6, '2025-09-08');
    }
    await refreshAnalytics(api.db);
    const statements = async (slice: Slice) => {
      // As a refresh would: the figures held across requests are then computed again, whole.
      await api.db.query('UPDATE analytics_setting SET refreshed_at = clock_timestamp()');
      api.statements.length = 0;
      const r = await api.exec(ministry, BREAKDOWN, { s: slice, by: 'SCHOOL' });
      expect(r.errors).toBeUndefined();
      return { rows: r.data!.indicatorBreakdown.length as number, statements: api.statements.length };
    };
    await statements({ year: Y1, regionCode: '04' }); // the school year, read once and remembered
    const few = await statements({ year: Y1, regionCode: '04' });
    const many = await statements({ year: Y1, regionCode: '01' });
    expect([few.rows, many.rows]).toEqual([5, 27]); // region 04: its 3 schools and the 2 of 06.371, moved in above
    expect(many.statements).toBe(few.statements);
    // Each group's statement for the rows, the slice's own and its parents' (consistent suppression): a constant.
    expect(many.statements).toBeLessThanOrEqual(40);
  });

  describe('figures held across requests', () => {
    const NATION = { year: Y1 };
    const statementsOf = async (who: typeof ministry, query: string, variables: Record<string, unknown>) => {
      api.statements.length = 0;
      const r = await api.exec(who, query, variables);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return { data: r.data!, statements: [...api.statements] };
    };

    it('answers a slice asked again from memory, and computes it again once the roll-ups take a change in', async () => {
      await api.db.query('UPDATE analytics_setting SET refreshed_at = clock_timestamp()');
      const first = await statementsOf(ministry, INDICATORS, { s: NATION });
      const again = await statementsOf(ministry, INDICATORS, { s: NATION });
      expect(again.data).toEqual(first.data);
      // The figures' version, and nothing from the roll-ups.
      expect(again.statements.filter((q) => /analytics_\w+_(cell|province)/.test(q))).toEqual([]);
      expect(first.statements.filter((q) => /analytics_\w+_(cell|province)/.test(q)).length).toBeGreaterThan(5);

      // A pupil enrolled in a school of the world, refreshed in: the nation shows it at once.
      const f = factories(api.db);
      const school = await f.school({ provinceCode: '01.511', code: 'AZ9999' });
      await addPupils(api.db, await f.schoolClass(school.id, { year: Y1, level: '1AC' }), 1, 0, '2025-09-08');
      expect((await refreshAnalytics(api.db)).pairs).toBe(1);
      const after = await statementsOf(ministry, INDICATORS, { s: NATION });
      expect(flatten(after.data.indicators).enrolled.value).toBe(flatten(first.data.indicators).enrolled.value! + 1);
    });

    it('keeps each scope\'s figures apart: a region\'s "nation" is its region, whoever asked first', async () => {
      const [{ id: regionId }] = await api.db.query('SELECT id FROM region WHERE code = \'04\'');
      const region = viewer(Role.REGION, { regionId: Number(regionId) });
      const enrolled = async (who: typeof ministry, slice: Slice) => flatten((await statementsOf(who, INDICATORS, { s: slice })).data.indicators).enrolled.value;
      await api.db.query('UPDATE analytics_setting SET refreshed_at = clock_timestamp()');
      const asRegion = await enrolled(region, NATION); // asked first: held for the region's scope only
      const national = await enrolled(ministry, NATION);
      expect(asRegion).toBe(await enrolled(region, { year: Y1, regionCode: '04' }));
      expect(await enrolled(region, NATION)).toBe(asRegion);
      expect(asRegion).toBeLessThan(national!);
    });

    it('applies a new threshold to the figures held', async () => {
      const hidden = async () => Object.values(flatten((await statementsOf(ministry, INDICATORS, { s: NATION })).data.indicators)).filter((x) => x.suppressed).length;
      const before = await hidden();
      try {
        await api.db.query('UPDATE analytics_setting SET min_cell_pupils = 1000');
        expect(await hidden()).toBeGreaterThan(before);
      } finally {
        await api.db.query('UPDATE analytics_setting SET min_cell_pupils = 10');
      }
      expect(await hidden()).toBe(before);
    });
  });
});
