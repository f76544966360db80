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
    for (const filter of [{}, { milieu: 'URBAN' }]) {
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
});
