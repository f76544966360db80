import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildAnalytics } from '../../modules/analytics/rollup-rebuild.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';
import { addPupils } from './analytics-world.js';

// Suppression does not depend on how a figure is asked for: a row a breakdown hides (a small one,
// or its complement) is hidden when asked for on its own too, so that no total minus figures
// asked one at a time gives a small cell back. A province of four schools: A 25 girls and 5 boys,
// B 26 and 24, C 3 and 3, D 35 girls and 5 boys; D is rural, the others urban.

const YEAR = '2025-2026';
const PROVINCE = '06.141';
const ministry = viewer(Role.MINISTRY);
const ENROLLED = 'query($s: SliceInput!) { indicators(slice: $s) { enrolled { value count suppressed } } }';
const TREND = 'query($s: SliceInput!) { indicatorTrend(slice: $s) { enrolled { value suppressed } } }';
const BREAKDOWN = 'query($s: SliceInput!, $by: Dimension!) { indicatorBreakdown(slice: $s, by: $by) { code indicators { enrolled { value suppressed } } } }';

type Fig = { value: number | null; suppressed: boolean };

describe('suppression is the same however a figure is asked for', () => {
  let api: TestApi;
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi();
    const f = factories(api.db);
    await f.year(YEAR);
    for (const [name, girls, boys] of [['A', 25, 5], ['B', 26, 24], ['C', 3, 3], ['D', 35, 5]] as const) {
      const s = await f.school({ provinceCode: PROVINCE });
      codes[name] = s.code;
      if (name === 'D') await api.db.query('UPDATE school SET milieu = \'RURAL\' WHERE id = $1', [s.id]);
      await addPupils(api.db, await f.schoolClass(s.id, { level: '1AC', year: YEAR }), girls, boys, '2025-09-08');
    }
    await rebuildAnalytics(api.db);
  }, 120_000);
  afterAll(async () => api?.stop());

  const enrolled = async (s: Record<string, string>): Promise<Fig> => {
    const r = await api.exec(ministry, ENROLLED, { s: { year: YEAR, ...s } });
    expect(r.errors).toBeUndefined();
    return r.data!.indicators.enrolled;
  };
  const rows = async (s: Record<string, string>, by: string): Promise<Record<string, Fig>> => {
    const r = await api.exec(ministry, BREAKDOWN, { s: { year: YEAR, ...s }, by });
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(r.data!.indicatorBreakdown.map((x: { code: string; indicators: { enrolled: Fig } }) => [x.code, x.indicators.enrolled]));
  };

  it('hides a school on its own when its province\'s breakdown hides it, small or complementary', async () => {
    const bySchool = await rows({ provinceCode: PROVINCE }, 'SCHOOL');
    // C (6 pupils) is small; A (30), the next smallest, is hidden with it.
    expect(bySchool[codes.C].suppressed).toBe(true);
    expect(bySchool[codes.A].suppressed).toBe(true);
    expect(bySchool[codes.B]).toEqual({ value: 50, suppressed: false });
    for (const name of ['A', 'C']) expect((await enrolled({ schoolCode: codes[name] })).suppressed, name).toBe(true);
    expect((await enrolled({ provinceCode: PROVINCE, schoolCode: codes.A })).suppressed).toBe(true);
    expect(await enrolled({ schoolCode: codes.B })).toMatchObject({ value: 50, suppressed: false });
    // The province's total minus every school shown, one by one, is A + C: neither comes back alone.
    const total = (await enrolled({ provinceCode: PROVINCE })).value!;
    let shown = 0;
    for (const name of ['A', 'B', 'C', 'D']) shown += (await enrolled({ schoolCode: codes[name] })).value ?? 0;
    expect(total - shown).toBe(36);
  });

  it('hides a school\'s girls when its boys are few: the school minus its girls would give them', async () => {
    expect(await enrolled({ schoolCode: codes.D })).toMatchObject({ value: 40, suppressed: false });
    const byGender = await rows({ schoolCode: codes.D }, 'GENDER');
    expect(byGender.M.suppressed).toBe(true);
    expect(byGender.F.suppressed).toBe(true);
    expect((await enrolled({ schoolCode: codes.D, gender: 'M' })).suppressed).toBe(true);
    expect((await enrolled({ schoolCode: codes.D, gender: 'F' })).suppressed).toBe(true);
    const trend = (await api.exec(ministry, TREND, { s: { year: YEAR, schoolCode: codes.D, gender: 'F' } })).data!.indicatorTrend;
    expect(trend.map((t: { enrolled: Fig }) => t.enrolled.suppressed)).toEqual([true]);
    // B's boys are many, but the other urban schools' hidden boys (A 5, C 3) add up to fewer than
    // 10: B's boys are hidden with them, and so its girls (B minus its boys).
    expect((await enrolled({ schoolCode: codes.B, gender: 'M' })).suppressed).toBe(true);
    expect((await enrolled({ schoolCode: codes.B, gender: 'F' })).suppressed).toBe(true);
  });

  it('hides within the urban schools as among all: the urban total minus the schools shown gives no small school', async () => {
    // The urban schools' total is shown; were A shown among all schools, it minus B and A would give C.
    const urban = (await enrolled({ provinceCode: PROVINCE, milieu: 'URBAN' })).value!;
    expect(urban).toBe(86);
    for (const filter of [{}, { milieu: 'URBAN' }] as Record<string, string>[]) {
      const bySchool = await rows({ provinceCode: PROVINCE, ...filter }, 'SCHOOL');
      const shownUrban = ['A', 'B', 'C'].reduce((a, name) => a + (bySchool[codes[name]].value ?? 0), 0);
      expect(['A', 'B', 'C'].filter((name) => bySchool[codes[name]].suppressed).length, JSON.stringify(filter)).toBeGreaterThanOrEqual(2);
      expect(urban - shownUrban, JSON.stringify(filter)).toBeGreaterThanOrEqual(10);
    }
  });

  it('answers an unfiltered or a large slice as before', async () => {
    expect(await enrolled({})).toMatchObject({ value: 126, suppressed: false });
    expect(await enrolled({ provinceCode: PROVINCE, gender: 'F' })).toMatchObject({ value: 89, suppressed: false });
  });

  describe('shares and their complements (a second review\'s findings)', () => {
    const OTHER = '04.421';
    /** A school of girls and boys whose year results are 8 for the first `below` pupils and 13 for the others. */
    async function withResults(name: string, provinceCode: string, girls: number, boys: number, below: number, belowGirlsOnly = false) {
      const f = factories(api.db);
      const s = await f.school({ provinceCode, code: `DF${name}001` });
      codes[name] = s.code;
      const ids = await addPupils(api.db, await f.schoolClass(s.id, { level: '1AC', year: YEAR }), girls, boys, '2025-09-08');
      await api.db.query(
        `INSERT INTO published_result (school_id, school_year_id, class_id, student_id, term, general_average, subjects, derivation)
         SELECT e.school_id, e.school_year_id, e.class_id, e.student_id, 'YEAR', CASE WHEN p.n <= $2 AND ($3 = false OR st.gender = 'F') THEN 8 ELSE 13 END, '[]', '{}'
         FROM unnest($1::bigint[]) WITH ORDINALITY AS p(id, n) JOIN enrolment e ON e.student_id = p.id JOIN student st ON st.id = p.id`,
        [ids, below, belowGirlsOnly]);
    }

    beforeAll(async () => {
      await withResults('Q', OTHER, 15, 15, 2);
      await withResults('R', OTHER, 6, 6, 0);
      await withResults('T', OTHER, 30, 30, 20);
      await withResults('G', '01.511', 20, 20, 1, true);
      await rebuildAnalytics(api.db);
    }, 60_000);

    const SHARE = 'query($s: SliceInput!, $by: Dimension!) { indicatorBreakdown(slice: $s, by: $by) { code indicators { atLeast10Share { value count suppressed } } } }';

    it('hides shares so that the pupils below 10 of the hidden schools add up to 10 or more', async () => {
      const r = await api.exec(ministry, SHARE, { s: { year: YEAR, provinceCode: OTHER }, by: 'SCHOOL' });
      const share = Object.fromEntries(r.data!.indicatorBreakdown.map((x: { code: string; indicators: { atLeast10Share: Fig } }) => [x.code, x.indicators.atLeast10Share]));
      // Q has 2 pupils below 10: hidden; R has none, so hiding it protects nothing: T's 20 are hidden with Q's 2.
      expect(share[codes.Q].suppressed).toBe(true);
      expect(share[codes.T].suppressed).toBe(true);
      // No share of a rate gives its denominator.
      expect(Object.values(share).every((f) => f.count === null)).toBe(true);
    });

    it('hides the success parity index when one gender\'s pupils below 10 are few', async () => {
      const r = await api.exec(ministry, 'query($s: SliceInput!) { indicators(slice: $s) { atLeast10Share { suppressed } successParityIndex { value suppressed } } }',
        { s: { year: YEAR, schoolCode: codes.G } });
      expect(r.data!.indicators.atLeast10Share.suppressed).toBe(true);
      expect(r.data!.indicators.successParityIndex).toEqual({ value: null, suppressed: true });
    });

    it('gives a count for counts only: a rate\'s denominator would repeat a hidden enrolment', async () => {
      const r = await api.exec(ministry, 'query($s: SliceInput!) { indicators(slice: $s) { enrolled { count } atLeast10Share { count } averageOfAverages { count } enrolmentParityIndex { count } } }',
        { s: { year: YEAR, provinceCode: OTHER } });
      expect(r.data!.indicators).toEqual({ enrolled: { count: 102 }, atLeast10Share: { count: null }, averageOfAverages: { count: null }, enrolmentParityIndex: { count: null } });
    });
  });
});

