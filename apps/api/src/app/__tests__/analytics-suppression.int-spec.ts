import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../../core/auth/viewer.js';
import { rebuildAnalytics } from '../../modules/analytics/rollup-rebuild.js';
import { Role, viewer } from '../../test/factories.js';
import { createTestApi, type GqlResult, type TestApi } from '../../test/graphql.js';
import { buildSuppressionWorld, type SuppressionWorld, YEAR } from './analytics-suppression.world.js';

// Issue 12: a slice under the threshold is suppressed, and neither a breakdown nor a difference
// of slices gives it back; a territorial account sees only its territory, and outside it a code
// does not exist. The world (analytics-suppression.world.ts) places its small cells on purpose.

type Fig = { value: number | null; count: number | null; suppressed: boolean };
type Flat = Record<string, Fig>;
type Slice = Record<string, string>;

const F = '{ value count suppressed }';
const FIELDS = `enrolled ${F} newEntrants ${F} repeaters ${F} absenceRate ${F} hoursAbsent ${F} averageOfAverages ${F} atLeast10Share ${F}
  classes ${F} averageClassSize ${F} averageDistribution { pupils ${F} } classSizeDistribution { pupils ${F} }`;
const INDICATORS = `query($s: SliceInput!) { indicators(slice: $s) { ${FIELDS} } }`;
const BREAKDOWN = `query($s: SliceInput!, $by: Dimension!) { indicatorBreakdown(slice: $s, by: $by) { code indicators { ${FIELDS} } } }`;
const TREND = `query($s: SliceInput!) { indicatorTrend(slice: $s) { ${FIELDS} } }`;

/** The figures that add up across a breakdown's rows (counts of pupils, hours, classes, a bin's pupils or classes). */
const ADDITIVE = /^(enrolled|newEntrants|repeaters|hoursAbsent|classes|bins\.\d+|sizes\.\d+)$/;
const HIDDEN = { value: null, count: null, suppressed: true };
const ministry = viewer(Role.MINISTRY);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's answer, as GraphQL shaped it
function flat(ind: any): Flat {
  const out: Flat = {};
  for (const [name, v] of Object.entries(ind)) if (!Array.isArray(v)) out[name] = v as Fig;
  ind.averageDistribution.forEach((b: { pupils: Fig }, i: number) => { out[`bins.${i}`] = b.pupils; });
  ind.classSizeDistribution.forEach((b: { pupils: Fig }, i: number) => { out[`sizes.${i}`] = b.pupils; });
  return out;
}

/**
 * What subtraction gives back within one set of figures: a distribution with exactly one bin
 * hidden while its total is shown (the results' count; the classes).
 */
function binLeaks(where: string, f: Flat): string[] {
  const out: string[] = [];
  for (const [prefix, total] of [['bins.', f.averageOfAverages], ['sizes.', f.classes]] as const) {
    const hidden = Object.keys(f).filter((k) => k.startsWith(prefix) && f[k].suppressed);
    if (hidden.length === 1 && !total.suppressed && total.value !== null) out.push(`${where}: only ${hidden[0]} hidden, its total shown`);
  }
  return out;
}

/** What subtraction gives back across a breakdown: a figure hidden in exactly one row while the slice's total of it is shown. */
function rowLeaks(where: string, total: Flat, rows: Record<string, Flat>): string[] {
  const out: string[] = [];
  for (const name of Object.keys(total).filter((k) => ADDITIVE.test(k))) {
    const hidden = Object.keys(rows).filter((code) => rows[code][name]?.suppressed);
    if (hidden.length === 1 && !total[name].suppressed) out.push(`${where}: ${name} hidden only in ${hidden[0]}, the total shown (${total[name].value})`);
  }
  return out;
}

describe('analytics: small cells suppressed, and a territory seen only by its own accounts', () => {
  let api: TestApi;
  let w: SuppressionWorld;
  let region06: Viewer;
  let province141: Viewer;

  beforeAll(async () => {
    api = await createTestApi();
    w = await buildSuppressionWorld(api.db);
    await rebuildAnalytics(api.db);
    region06 = viewer(Role.REGION, { regionId: w.regionIds['06'] });
    province141 = viewer(Role.PROVINCE, { provinceId: w.provinceIds['06.141'] });
  }, 60_000);
  afterAll(async () => api?.stop());

  const ok = <T>(r: GqlResult<T>): T => {
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };
  const ind = async (s: Slice, who: Viewer = ministry) => flat(ok(await api.exec(who, INDICATORS, { s: { year: YEAR, ...s } })).indicators);
  const rows = async (s: Slice, by: string, who: Viewer = ministry): Promise<Record<string, Flat>> => {
    const list = ok(await api.exec(who, BREAKDOWN, { s: { year: YEAR, ...s }, by })).indicatorBreakdown as { code: string; indicators: unknown }[];
    return Object.fromEntries(list.map((x) => [x.code, flat(x.indicators)]));
  };
  const school = (name: string) => ({ schoolCode: w.codes[name] });

  describe('a slice under the threshold', () => {
    it('answers a slice of 1 to 9 pupils suppressed, its rates too, and one of 10 or more with its numbers', async () => {
      const small = await ind(school('P3'));
      for (const name of ['enrolled', 'newEntrants', 'absenceRate', 'hoursAbsent', 'averageOfAverages', 'atLeast10Share', 'classes', 'averageClassSize']) {
        expect(small[name], name).toEqual(HIDDEN);
      }
      expect(await ind({ ...school('P7'), gender: 'M' })).toMatchObject({ enrolled: HIDDEN, absenceRate: HIDDEN });
      expect(await ind({ ...school('P2'), levelCode: '2AC' })).toMatchObject({ enrolled: HIDDEN, averageOfAverages: HIDDEN });

      const big = await ind(school('P5'));
      expect(big.enrolled).toEqual({ value: 40, count: 40, suppressed: false });
      expect(big.averageOfAverages).toMatchObject({ count: null, suppressed: false });
      expect(big.absenceRate.suppressed).toBe(false);
      expect(big.absenceRate.value).toBeGreaterThan(0);
      expect(big.classes).toEqual({ value: 1, count: null, suppressed: false }); // a count of classes: its pupils are not given
    });

    it('reads the threshold from analytics_setting: changing it changes the answer', async () => {
      try {
        await api.db.query('UPDATE analytics_setting SET min_cell_pupils = 5');
        expect(ok(await api.exec(ministry, '{ analyticsSettings { minCellPupils } }')).analyticsSettings.minCellPupils).toBe(5);
        expect((await ind(school('P3'))).enrolled).toEqual({ value: 6, count: 6, suppressed: false });
        await api.db.query('UPDATE analytics_setting SET min_cell_pupils = 31');
        expect((await ind(school('P1'))).enrolled).toEqual(HIDDEN);
        expect((await ind(school('P5'))).enrolled).toMatchObject({ value: 40, suppressed: false });
      } finally {
        await api.db.query('UPDATE analytics_setting SET min_cell_pupils = 10');
      }
      expect((await ind(school('P3'))).enrolled).toEqual(HIDDEN);
      expect((await ind(school('P1'))).enrolled).toEqual({ value: 30, count: 30, suppressed: false });
    });
  });

  describe('a breakdown cannot reveal a suppressed row', () => {
    it('hides the small row and a complementary one (by school, by gender, by level)', async () => {
      const bySchool = await rows({ provinceCode: '06.141' }, 'SCHOOL');
      expect(bySchool[w.codes.P3].enrolled).toEqual(HIDDEN);
      // P4 (27 pupils), the next smallest, is hidden with P3: the province minus P1 and P2 is 33, not P3's 6.
      expect(bySchool[w.codes.P4].enrolled).toEqual(HIDDEN);
      expect(bySchool[w.codes.P1].enrolled).toMatchObject({ value: 30, suppressed: false });
      expect((await ind({ provinceCode: '06.141' })).enrolled.value).toBe(119);

      const byGender = await rows(school('P1'), 'GENDER');
      expect([byGender.M.enrolled, byGender.F.enrolled]).toEqual([HIDDEN, HIDDEN]);
      const byLevel = await rows(school('P2'), 'LEVEL');
      expect([byLevel['2AC'].enrolled, byLevel['1AC'].enrolled]).toEqual([HIDDEN, HIDDEN]);
    });

    const BREAKDOWNS: [Slice, string][] = [
      [{ provinceCode: '06.141' }, 'SCHOOL'], [{ provinceCode: '04.421' }, 'SCHOOL'], [{ regionCode: '06' }, 'SCHOOL'],
      [{ provinceCode: '06.141', gender: 'F' }, 'SCHOOL'], [{ provinceCode: '06.141', gender: 'M' }, 'SCHOOL'],
      [{}, 'REGION'], [{}, 'PROVINCE'], [{ regionCode: '06' }, 'PROVINCE'], [{}, 'GENDER'], [{}, 'LEVEL'],
      [{ schoolCode: 'SUPXP1' }, 'GENDER'], [{ schoolCode: 'SUPXP2' }, 'LEVEL'], [{ schoolCode: 'SUPXP2' }, 'GENDER'], [{ schoolCode: 'SUPXP3' }, 'GENDER'],
      [{ schoolCode: 'SUPXP7' }, 'GENDER'], [{ provinceCode: '06.141' }, 'GENDER'], [{ provinceCode: '06.141' }, 'LEVEL'], [{ provinceCode: '04.421' }, 'GENDER'],
    ];

    it('never hides exactly one row of a figure whose total is shown, in any breakdown', async () => {
      const leaks: string[] = [];
      let hiddenSomewhere = 0;
      for (const [s, by] of BREAKDOWNS) {
        const [total, list] = [await ind(s), await rows(s, by)];
        hiddenSomewhere += Object.values(list).filter((r) => r.enrolled.suppressed).length;
        leaks.push(...rowLeaks(`${JSON.stringify(s)} by ${by}`, total, list));
        // With nothing hidden, the rows add up to the total: the check above is about real sums.
        const shown = Object.values(list).map((r) => r.enrolled);
        if (!total.enrolled.suppressed && shown.every((f) => !f.suppressed)) expect(shown.reduce((a, f) => a + f.value!, 0)).toBe(total.enrolled.value);
      }
      expect(hiddenSomewhere).toBeGreaterThan(5);
      expect(leaks).toEqual([]);
    });

    it('hides two bins of a small distribution, or none, when its total is shown', async () => {
      const p2 = await ind(school('P2'));
      // 56 results: 28 at 11, 21 at 13 and 7 at 15; the 7 are hidden, and the 21 with them.
      expect(p2.averageOfAverages).toMatchObject({ value: 12.25, count: null, suppressed: false });
      expect([p2['bins.5'], p2['bins.6'], p2['bins.7']]).toEqual([{ value: 28, count: 28, suppressed: false }, HIDDEN, HIDDEN]);
      // A school of 6: every bin with results hidden (an empty bin, 0, names no pupil).
      expect(Object.entries(await ind(school('P3'))).filter(([, f]) => !f.suppressed && f.value !== 0 && f.value !== null)).toEqual([]);
      const leaks: string[] = [];
      for (const name of ['P1', 'P2', 'P4', 'P5', 'P6']) leaks.push(...binLeaks(name, await ind(school(name))));
      expect(leaks).toEqual([]);
    });

    // Was a hole: the bins were hidden complementarily within a row first, then across the rows bin by
    // bin, and the second pass could hide a single bin of a row whose results' count is shown. In
    // 04.421 by school, P6's bin [14, 16) (7 results) is hidden and its complement across the
    // rows is P8's (11); P8's other bins are shown, so P8's count (90) minus its shown bins (45,
    // 34) gives its 11, and the province's bin (18, shown) minus 11 and P7's 0 gives P6's 7 back.
    // P8 asked on its own hides the same single bin (it is hidden like its row), so it leaks too.
    it('leaves no breakdown row with exactly one hidden bin while its count is shown (cross-row bins)', async () => {
      const leaks: string[] = [];
      for (const [s, by] of BREAKDOWNS) {
        for (const [code, r] of Object.entries(await rows(s, by))) leaks.push(...binLeaks(`${JSON.stringify(s)} by ${by}, ${code}`, r));
      }
      leaks.push(...binLeaks('P8 on its own', await ind(school('P8'))));
      expect(leaks).toEqual([]);
    });
  });

  describe('differencing across slices', () => {
    it('hides a school\'s girls asked on their own when its boys are few (the school minus its girls)', async () => {
      const p1 = await ind(school('P1'));
      expect(p1.enrolled).toMatchObject({ value: 30, suppressed: false });
      expect(p1.hoursAbsent.suppressed).toBe(false);
      for (const gender of ['F', 'M']) {
        const g = await ind({ ...school('P1'), gender });
        expect([g.enrolled, g.hoursAbsent, g.absenceRate], gender).toEqual([HIDDEN, HIDDEN, HIDDEN]);
      }
    });

    // Was a hole: a slice asked on its own was hidden like its row in its parents' breakdowns, but a
    // breakdown's rows were not (now a breakdown of a filtered slice is a column of a two-way table). The province's girls by school show P1's 25 girls (there the
    // small row is P3's and its complement P4's), while P1 on its own shows 30: 30 − 25 gives
    // P1's 5 boys, whom P1's breakdown by gender hides. Likewise their hours of absence: P1's 20
    // minus its girls' 16 in that breakdown gives the 5 boys' 4 (hoursAbsent is not a count of
    // pupils, but it adds up like one, and is suppressed by the pupils behind it).
    it('hides a school\'s girls in any breakdown when its boys are few (breakdown rows hidden like the slice)', async () => {
      const p1 = await ind(school('P1'));
      const girls = (await rows({ provinceCode: '06.141', gender: 'F' }, 'SCHOOL'))[w.codes.P1];
      for (const name of ['enrolled', 'hoursAbsent']) {
        const recovered = !p1[name].suppressed && !girls[name].suppressed ? p1[name].value! - girls[name].value! : null;
        expect(recovered, `${name}: P1 ${p1[name].value} − P1's girls ${girls[name].value}`).toBeNull();
      }
    });
  });

  describe('a territorial account', () => {
    const OUTSIDE = { regionCode: '04', provinceCode: '04.421', schoolCode: 'SUPXP6' };
    const UNKNOWN = { regionCode: '99', provinceCode: '99.999', schoolCode: 'ZZ0000' };
    const QUERIES: [string, string, Record<string, unknown>][] = [
      ['indicators', INDICATORS, {}], ['indicatorBreakdown', BREAKDOWN, { by: 'SCHOOL' }], ['indicatorTrend', TREND, {}],
    ];

    it('gets NOT_FOUND outside its territory, the very answer an unknown code gets', async () => {
      const cases: [Viewer, string, Slice, Slice][] = [
        ...(['regionCode', 'provinceCode', 'schoolCode'] as const).map((k): [Viewer, string, Slice, Slice] => [region06, 'region', { [k]: OUTSIDE[k] }, { [k]: UNKNOWN[k] }]),
        ...(['regionCode', 'provinceCode', 'schoolCode'] as const).map((k): [Viewer, string, Slice, Slice] => [province141, 'province', { [k]: OUTSIDE[k] }, { [k]: UNKNOWN[k] }]),
        // A province account's own region is wider than its territory; a sibling province and its school are outside.
        [province141, 'province', { regionCode: '06' }, { regionCode: UNKNOWN.regionCode }],
        [province141, 'province', { provinceCode: '06.371' }, { provinceCode: UNKNOWN.provinceCode }],
        [province141, 'province', { schoolCode: 'SUPXP5' }, { schoolCode: UNKNOWN.schoolCode }],
      ];
      for (const [who, label, outside, unknown] of cases) {
        for (const [name, query, extra] of QUERIES) {
          const a = await api.exec(who, query, { s: { year: YEAR, ...outside }, ...extra });
          const b = await api.exec(who, query, { s: { year: YEAR, ...unknown }, ...extra });
          expect(a.errors?.[0]?.extensions, `${label} ${name} ${JSON.stringify(outside)}`).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });
          expect(a, `${label} ${name} ${JSON.stringify(outside)}`).toEqual(b);
        }
      }
      // Inside: answered.
      expect((await ind({ schoolCode: 'SUPXP5' }, region06)).enrolled.value).toBe(40);
      expect((await ind({ schoolCode: 'SUPXP1' }, province141)).enrolled.value).toBe(30);
    });

    it('sees only its territory\'s rows in a breakdown without a territory, and its nation is its territory', async () => {
      const region = await ind({ regionCode: '06' });
      expect(region.enrolled.value).toBe(159);
      expect((await ind({}, region06)).enrolled).toEqual(region.enrolled);
      const byRegion = await rows({}, 'REGION', region06);
      expect(Object.keys(byRegion)).toEqual(['06']);
      expect(byRegion['06'].enrolled).toEqual(region.enrolled);
      expect(Object.keys(await rows({}, 'PROVINCE', region06))).toEqual(['06.141', '06.371']);
      expect(Object.keys(await rows({}, 'SCHOOL', region06))).toEqual(['SUPXP1', 'SUPXP2', 'SUPXP3', 'SUPXP4', 'SUPXP5']);

      const province = await ind({ provinceCode: '06.141' });
      expect((await ind({}, province141)).enrolled).toEqual(province.enrolled);
      expect(Object.keys(await rows({}, 'REGION', province141))).toEqual(['06']);
      expect((await rows({}, 'REGION', province141))['06'].enrolled).toEqual(province.enrolled);
      expect(Object.keys(await rows({}, 'PROVINCE', province141))).toEqual(['06.141']);
      expect(Object.keys(await rows({ gender: 'F' }, 'SCHOOL', province141))).toEqual(['SUPXP1', 'SUPXP2', 'SUPXP3', 'SUPXP4']);
    });

    it('refuses the accounts without a territory (director, teacher, parent)', async () => {
      const others = [
        viewer(Role.DIRECTOR, { schoolId: 1 }), viewer(Role.TEACHER, { schoolId: 1, staffMemberId: 1 }), viewer(Role.PARENT, { guardianId: 1 }),
      ];
      for (const who of others) {
        for (const [name, query, extra] of QUERIES) {
          const r = await api.exec(who, query, { s: { year: YEAR, schoolCode: 'SUPXP1' }, ...extra });
          expect(r.errors?.[0]?.extensions?.code, `${who.role} ${name}`).toBe('FORBIDDEN');
          expect(r.data ?? null, `${who.role} ${name}`).toBeNull();
        }
      }
    });
  });

  describe('malformed and huge input', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['a year that is not one', { year: 'abc' }, 'BAD_USER_INPUT', 'INVALID'],
      ['an unknown year', { year: '2099-2100' }, 'BAD_USER_INPUT', 'UNKNOWN_YEAR'],
      ['a 10,000-character school code', { year: YEAR, schoolCode: 'A'.repeat(10_000) }, 'BAD_USER_INPUT', 'INVALID'],
      ['a 10,000-character region code', { year: YEAR, regionCode: '0'.repeat(10_000) }, 'BAD_USER_INPUT', 'INVALID'],
      ['a code of quotes and a semicolon', { year: YEAR, provinceCode: "'; --" }, 'NOT_FOUND', 'NOT_FOUND'],
      ['a level of another cycle', { year: YEAR, cycle: 'MIDDLE', levelCode: '1AP' }, 'BAD_USER_INPUT', 'SLICE_MISMATCH'],
      ['an unknown level', { year: YEAR, levelCode: 'ZZ' }, 'BAD_USER_INPUT', 'UNKNOWN_LEVEL'],
    ];
    it.each(cases)('answers %s cleanly with its reason', async (_, s, code, reason) => {
      for (const [query, extra] of [[INDICATORS, {}], [BREAKDOWN, { by: 'GENDER' }], [TREND, {}]] as const) {
        const r = await api.exec(ministry, query, { s, ...extra });
        expect(r.errors, JSON.stringify(r.errors)).toHaveLength(1);
        expect(r.errors![0].extensions).toMatchObject({ code, reason });
        expect(r.errors![0].message).not.toMatch(/sql|relation|syntax|column|violates|pg_/i);
        expect(r.errors![0].message.length).toBeLessThan(300);
      }
    });
  });
});
