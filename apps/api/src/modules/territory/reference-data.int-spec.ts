import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';

// The reference data loaded by the migrations, as any logged-in account reads it.
describe('territory and curriculum', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.stop());

  const parent = viewer(Role.PARENT, { guardianId: 1 });

  it('has the 12 regions and 75 provinces with French and Arabic names and census population', async () => {
    const res = await api.exec(parent, '{ regions { code nameFr nameAr population provinces { code nameFr nameAr population } } }');
    const regions = res.data!.regions as { code: string; nameFr: string; nameAr: string; population: number; provinces: { population: number }[] }[];
    expect(regions).toHaveLength(12);
    expect(regions.flatMap((r) => r.provinces)).toHaveLength(75);
    const casablanca = regions.find((r) => r.code === '06')!;
    expect(casablanca).toMatchObject({ nameFr: 'Casablanca-Settat', nameAr: 'الدار البيضاء-سطات' });
    // HCP's provincial figures add up to each region's total.
    for (const r of regions) expect(r.provinces.reduce((n, p) => n + p.population, 0)).toBe(r.population);
  });

  it('has the twelve levels with their streams and subject coefficients', async () => {
    const res = await api.exec(parent, `{ levels { code cycle streams { code }
      subjects(streamCode: "PC", exam: NATIONAL) { subject { code nameAr } coefficient } } }`);
    const levels = res.data!.levels as { code: string; cycle: string; streams: { code: string }[]; subjects: { subject: { code: string }; coefficient: number }[] }[];
    expect(levels.map((l) => l.code)).toEqual(['1AP', '2AP', '3AP', '4AP', '5AP', '6AP', '1AC', '2AC', '3AC', 'TC', '1BAC', '2BAC']);
    expect(levels.find((l) => l.code === 'TC')!.streams.map((s) => s.code)).toEqual(['TC_LSH', 'TC_SCI']);
    const pc = levels.find((l) => l.code === '2BAC')!.subjects;
    expect(pc.find((s) => s.subject.code === 'MATH')?.coefficient).toBe(7);
    expect(pc.reduce((n, s) => n + s.coefficient, 0)).toBe(23); // national PC block: SOURCES_curriculum.md
  });

  it('gives every 2BAC stream continuous-assessment coefficients (a marked default)', async () => {
    const res = await api.exec(parent, '{ levels { code streams { code } subjects(exam: CC) { streamCode subject { code } coefficient } } }');
    const bac = (res.data!.levels as { code: string; streams: { code: string }[]; subjects: { streamCode: string }[] }[]).find((l) => l.code === '2BAC')!;
    for (const stream of bac.streams) expect(bac.subjects.filter((s) => s.streamCode === stream.code).length).toBeGreaterThan(0);
    const [row] = await api.db.query(`SELECT source FROM subject_coefficient sc JOIN level l ON l.id = sc.level_id WHERE l.code = '2BAC' AND sc.exam = 'CC' LIMIT 1`);
    expect(row.source).toMatch(/^DEFAULT \(UNVERIFIED\)/);
  });

  it('lists a school\'s staff to its director, and not to another school\'s', async () => {
    const f = factories(api.db);
    const a = await f.school();
    const b = await f.school();
    await f.teacher(a.id);
    const query = 'query($c: String!) { school(code: $c) { staffMembers { lastName position } } }';
    const mine = await api.exec(viewer(Role.DIRECTOR, { schoolId: a.id }), query, { c: a.code });
    expect(mine.data!.school.staffMembers).toEqual([{ lastName: 'Idrissi', position: 'TEACHER' }]);
    const theirs = await api.exec(viewer(Role.DIRECTOR, { schoolId: b.id }), query, { c: a.code });
    expect(theirs.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
