import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNational } from '../../modules/seed/seed-national.js';
import { Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';
import { rebuildAnalytics } from '../../modules/analytics/rollup-rebuild.js';
import { refreshAnalytics } from '../../modules/analytics/rollup-refresh.js';

const FIG = '{ value count suppressed }';
const ALL_FIELDS = `year enrolled ${FIG} newEntrants ${FIG} repeaters ${FIG} promotionRate ${FIG} repetitionRate ${FIG} dropoutRate ${FIG}
  averageOfAverages ${FIG} atLeast10Share ${FIG} averageDistribution { from to pupils ${FIG} } certificates { certificate candidates ${FIG} successRate ${FIG} }
  absenceRate ${FIG} justifiedShare ${FIG} hoursAbsent ${FIG} classes ${FIG} averageClassSize ${FIG} overcrowdedShare ${FIG} pupilTeacherRatio ${FIG}
  classSizeDistribution { from to pupils ${FIG} } enrolmentParityIndex ${FIG} successParityIndex ${FIG}
  support { programme { code } eligible ${FIG} beneficiaries ${FIG} coverage ${FIG} amount ${FIG} }`;

describe('analytics smoke: every indicator and dimension answers on generated data', () => {
  let api: TestApi;
  const ministry = viewer(Role.MINISTRY);

  beforeAll(async () => {
    api = await createTestApi();
    const url = (api.db.options as { url: string }).url;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await seedNational(client, { students: 1500, seed: 3, year: '2025-2026', today: '2026-12-02' });
    await rebuildAnalytics(client);
    await client.end();
  }, 120_000);

  afterAll(async () => api?.stop());

  it('answers the national indicators', async () => {
    const r = await api.exec(ministry, `query($s: SliceInput!) { indicators(slice: $s) { ${ALL_FIELDS} } }`, { s: { year: '2025-2026' } });
    expect(r.errors).toBeUndefined();
    const [{ n }] = await api.db.query("SELECT count(*)::int AS n FROM enrolment WHERE status = 'ACTIVE'");
    expect(r.data!.indicators.enrolled).toEqual({ value: n, count: n, suppressed: false });
  });

  const BREAKDOWN = `query($s: SliceInput!, $by: Dimension!) { indicatorBreakdown(slice: $s, by: $by) { code isoCode nameFr indicators { ${ALL_FIELDS} } } }`;

  it.each(['REGION', 'PROVINCE', 'SCHOOL', 'CYCLE', 'LEVEL', 'GENDER', 'MILIEU', 'SECTOR'])('breaks down by %s', async (by) => {
    // The nation's schools are listed per region or province.
    const [{ code }] = await api.db.query('SELECT r.code FROM region r JOIN province p ON p.region_id = r.id JOIN school s ON s.province_id = p.id GROUP BY r.code ORDER BY count(*) DESC LIMIT 1');
    const r = await api.exec(ministry, BREAKDOWN, { s: { year: '2025-2026', ...(by === 'SCHOOL' ? { regionCode: code } : {}) }, by });
    expect(r.errors).toBeUndefined();
    expect(r.data!.indicatorBreakdown.length).toBeGreaterThan(0);
  });

  it('refuses the nation broken down by school (too wide for one answer)', async () => {
    const r = await api.exec(ministry, BREAKDOWN, { s: { year: '2025-2026' }, by: 'SCHOOL' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SLICE_TOO_WIDE' });
  });

  it('refreshes a changed school', async () => {
    await api.db.query("UPDATE enrolment SET status = 'LEFT', ended_on = '2025-12-01' WHERE id = (SELECT min(id) FROM enrolment)");
    const out = await refreshAnalytics(api.db);
    expect(out.pairs).toBe(1);
  });
});
