import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { seedDemo } from '../../app/demo/demo-seed.js';
import { Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';

const CHILDREN = `query { me { children { codeMassar
  results(term: S1) { generalAverage rank classAverage subjects { subject { code } average } }
  enrolments { schoolClass { name termStatus(term: S2) s2: assessments(term: S2) { date subject { code } } } } } } }`;

// The demo slice carries a term of grades: the parent's first child (1AC-1) has published S1
// results and upcoming S2 tests; the second child's class (3AC-1) is not published yet.
describe('demo evaluation', () => {
  let api: TestApi;
  let parent: ReturnType<typeof viewer>;

  beforeAll(async () => {
    api = await createTestApi();
    await seedDemo(api.db, pino({ level: 'silent' }));
    const [account] = await api.db.query(`SELECT guardian_id FROM account WHERE email = 'parent@demo.massar.ma'`);
    parent = viewer(Role.PARENT, { guardianId: Number(account.guardian_id) });
  });
  afterAll(() => api.stop());

  it('shows the first child published S1 results and upcoming S2 dates', async () => {
    const res = await api.exec(parent, CHILDREN);
    expect(res.errors).toBeUndefined();
    type Child = { results: { generalAverage: number; rank: number; subjects: unknown[] } | null; enrolments: { schoolClass: { name: string } }[] };
    const children: Child[] = res.data!.me.children;
    const inClass = (name: string) => children.find((c) => c.enrolments[0].schoolClass.name === name)!;
    const first = inClass('1AC-1');
    const second = inClass('3AC-1');
    expect(first.results!.generalAverage).toBeGreaterThan(0);
    expect(first.results!.rank).toBeGreaterThanOrEqual(1);
    expect(first.results!.subjects).toHaveLength(9);
    const cls = first.enrolments[0].schoolClass as { name: string; termStatus: string; s2: unknown[] };
    expect(cls).toMatchObject({ name: '1AC-1', termStatus: 'OPEN' });
    expect(cls.s2.length).toBeGreaterThan(0);
    expect(second.results).toBeNull();
  });
});
