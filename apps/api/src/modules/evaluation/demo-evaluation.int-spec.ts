import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { DEMO_PASSWORD, DEMO_SCHOOL_B_CODE, DEMO_SCHOOL_CODE, seedDemo } from '../../app/demo/demo-seed.js';
import { viewerForToken } from '../../core/auth/session.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { login } from '../people/account.service.js';
import { Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

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

  /** A demo account as its session sees it, after logging in with the demo password. */
  async function loggedIn(email: string): Promise<Viewer> {
    const session = await login(api.db, { identifier: email, password: DEMO_PASSWORD, address: '127.0.0.1', sessionDays: 1, deviceTokens: [] });
    return (await viewerForToken(api.db, session.token))!;
  }

  const SCHOOL = `query($code: String!) { school(code: $code) { code nameFr classes { name students { totalCount edges { node { codeMassar } } } } } }`;
  const PUPIL = `query($code: String!) { student(codeMassar: $code) { codeMassar } }`;

  it('gives the province account the demo school and its classes, and no pupil', async () => {
    const province = await loggedIn('province@demo.massar.ma');
    expect(province.role).toBe(Role.PROVINCE);
    const own = await api.exec(province, SCHOOL, { code: DEMO_SCHOOL_CODE });
    expect(own.errors).toBeUndefined();
    expect(own.data!.school.classes.map((c: { name: string }) => c.name)).toEqual(['1AC-1', '1AC-2', '2AC-1', '3AC-1']);
    expect(own.data!.school.classes.every((c: { students: { totalCount: number } }) => c.students.totalCount === 0)).toBe(true);
    const [{ code }] = await api.db.query(`SELECT s.code_massar AS code FROM account a JOIN student s ON s.id = a.student_id WHERE a.role = 'PUPIL'`);
    expect(codeOf(await api.exec(province, PUPIL, { code }))).toBe('NOT_FOUND');
    expect((await api.exec(province, '{ students { totalCount } }')).data!.students.totalCount).toBe(0);
    // The second demo school is in another province: not this directorate's.
    expect(codeOf(await api.exec(province, SCHOOL, { code: DEMO_SCHOOL_B_CODE }))).toBe('NOT_FOUND');
  });

  it('gives the second director a middle school of the same levels in another province of the region, and not the demo school', async () => {
    const director = await loggedIn('directeur.b@demo.massar.ma');
    expect(director.role).toBe(Role.DIRECTOR);
    const own = await api.exec(director, SCHOOL, { code: DEMO_SCHOOL_B_CODE });
    expect(own.errors).toBeUndefined();
    const classes: { name: string; students: { totalCount: number } }[] = own.data!.school.classes;
    expect(classes.map((c) => c.name)).toEqual(['1AC-1', '2AC-1', '3AC-1']);
    expect(classes.every((c) => c.students.totalCount > 0 && c.students.totalCount < 10)).toBe(true);
    expect(codeOf(await api.exec(director, SCHOOL, { code: DEMO_SCHOOL_CODE }))).toBe('NOT_FOUND');
    const [where] = await api.db.query(
      `SELECT count(DISTINCT p.id)::int AS provinces, count(DISTINCT p.region_id)::int AS regions, min(r.name_fr) AS region
       FROM school sc JOIN province p ON p.id = sc.province_id JOIN region r ON r.id = p.region_id WHERE sc.code = ANY($1)`,
      [[DEMO_SCHOOL_CODE, DEMO_SCHOOL_B_CODE]],
    );
    expect(where).toEqual({ provinces: 2, regions: 1, region: 'Casablanca-Settat' });
  });

  it('closes the year of 2AC-1 for the rollover: S2 locked, decisions confirmed, mostly PROMOTED and some REPEAT', async () => {
    const [{ school_id: schoolId }] = await api.db.query(`SELECT school_id FROM account WHERE email = 'directeur@demo.massar.ma'`);
    const director = viewer(Role.DIRECTOR, { schoolId: Number(schoolId) });
    const res = await api.exec(director, `query($code: String!) { school(code: $code) { classes { name s1: termStatus(term: S1) s2: termStatus(term: S2) } } }`, { code: DEMO_SCHOOL_CODE });
    const status = Object.fromEntries(res.data!.school.classes.map((c: { name: string; s1: string; s2: string }) => [c.name, [c.s1, c.s2]]));
    expect(status).toEqual({ '1AC-1': ['PUBLISHED', 'OPEN'], '1AC-2': ['OPEN', 'OPEN'], '2AC-1': ['LOCKED', 'LOCKED'], '3AC-1': ['OPEN', 'OPEN'] });
    const decisions: { decision: string; n: number }[] = await api.db.query(
      `SELECT d.decision, count(*)::int AS n FROM year_decision d JOIN school_class c ON c.id = d.class_id
       WHERE c.name = '2AC-1' AND c.school_id = $1 GROUP BY d.decision`,
      [schoolId],
    );
    const count = Object.fromEntries(decisions.map((d) => [d.decision, d.n]));
    expect(Object.keys(count).sort()).toEqual(['PROMOTED', 'REPEAT']);
    expect(count.PROMOTED + count.REPEAT).toBe(28);
    expect(count.PROMOTED).toBeGreaterThan(count.REPEAT);
    expect(count.REPEAT).toBeGreaterThanOrEqual(2);
    // Every pupil of the class has S2 marks.
    const [{ unmarked }] = await api.db.query(
      `SELECT count(*)::int AS unmarked FROM enrolment e JOIN school_class c ON c.id = e.class_id
       WHERE c.name = '2AC-1' AND c.school_id = $1 AND NOT EXISTS (
         SELECT 1 FROM grade g JOIN assessment a ON a.id = g.assessment_id WHERE g.student_id = e.student_id AND a.term = 'S2')`,
      [schoolId],
    );
    expect(unmarked).toBe(0);
  });
});
