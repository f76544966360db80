import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetViewerMemory } from '../../core/database/viewer-memory.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';

const CLASSES = `classes(year: "2025-2026") { name level { code } students(first: 100) { totalCount edges { node { codeMassar guardians { firstName relationship phone } } } } }`;

// Every list root of the schema, each reaching pupils through nested lists.
const ROOTS: Record<string, string> = {
  school: `query($code: String!) { school(code: $code) { nameFr ${CLASSES} } }`,
  // Smaller pages where the cost limit (graphql-armor) would refuse the product of the page sizes.
  schools: `{ schools(first: 3) { totalCount edges { node { code ${CLASSES.replace('first: 100', 'first: 20')} } } } }`,
  regions: `{ regions { code provinces { code schools(first: 2) { totalCount edges { node { code classes(year: "2025-2026") { name students(first: 5) { edges { node { codeMassar } } } } } } } } } }`,
  students: `{ students(first: 100) { totalCount edges { node { codeMassar guardians { firstName } enrolments { status schoolClass { name } school { code } } } } } }`,
  me: `{ me { role children { codeMassar guardians { firstName } enrolments { schoolClass { name } } }
    teachingAssignments { subject { code } schoolClass { name students(first: 100) { edges { node { codeMassar } } } } } } }`,
};

interface World {
  code: string;
  schoolId: number;
  provinceId: number;
  teacherId: number;
  guardianId: number;
  pupils: number;
}

// Every relation goes through a per-request DataLoader: a nested query costs the same number
// of SQL statements for 10 pupils as for 1,000, from every list root, for every kind of account.
describe('nested query cost', () => {
  let api: TestApi;
  let small: World;
  let large: World;

  beforeAll(async () => {
    api = await createTestApi();
    const f = factories(api.db);
    small = await world(api, f, '06.141', 1, 10);
    large = await world(api, f, '04.421', 25, 40);
  });
  afterAll(() => api.stop());

  const accounts = (w: World) => ({
    DIRECTOR: viewer(Role.DIRECTOR, { schoolId: w.schoolId }),
    TEACHER: viewer(Role.TEACHER, { schoolId: w.schoolId, staffMemberId: w.teacherId }),
    PARENT: viewer(Role.PARENT, { guardianId: w.guardianId }),
    PROVINCE: viewer(Role.PROVINCE, { provinceId: w.provinceId }),
    MINISTRY: viewer(Role.MINISTRY),
  });

  async function statementsFor(w: World, role: keyof ReturnType<typeof accounts>, root: string): Promise<number> {
    api.statements.length = 0;
    const res = await api.exec(accounts(w)[role], ROOTS[root], { code: w.code });
    expect(res.errors, `${role} ${root}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    return api.statements.length;
  }

  it('costs the same for 10 pupils as for 1,000', async () => {
    const res = await api.exec(accounts(large).DIRECTOR, ROOTS.school, { code: large.code });
    const pupils = res.data!.school.classes.reduce((n: number, c: { students: { edges: unknown[] } }) => n + c.students.edges.length, 0);
    expect(pupils).toBe(large.pupils);
    const counts: string[] = [];
    for (const role of ['DIRECTOR', 'TEACHER', 'PARENT', 'PROVINCE', 'MINISTRY'] as const) {
      for (const root of Object.keys(ROOTS)) {
        // Reference data (levels, subjects) is remembered once read: counted warm on both sides;
        // what a family read is remembered too: counted cold on both sides.
        await statementsFor(small, role, root);
        forgetViewerMemory(api.db);
        const few = await statementsFor(small, role, root);
        const many = await statementsFor(large, role, root);
        counts.push(`${role} ${root}: ${few} / ${many}`);
        expect(many, `${role} from ${root}: ${few} statements for 10 pupils, ${many} for 1,000`).toBe(few);
        expect(many, `${role} from ${root}`).toBeLessThanOrEqual(10);
      }
    }
  });
  it('answers a family\'s repeated request for its children\'s results from memory, kept apart per set of grants', async () => {
    const results = '{ me { children { codeMassar results(term: S1) { generalAverage subjects { subject { code } average } } } } }';
    const parent = accounts(small).PARENT;
    forgetViewerMemory(api.db);
    api.statements.length = 0;
    const first = await api.exec(parent, results);
    expect(first.errors).toBeUndefined();
    const cold = api.statements.length;
    expect(cold).toBeGreaterThan(0);
    api.statements.length = 0;
    expect(await api.exec(parent, results)).toEqual(first);
    expect(api.statements.length).toBe(0);
    // Another family's grants are another memory.
    api.statements.length = 0;
    await api.exec(accounts(large).PARENT, results);
    expect(api.statements.length).toBeGreaterThan(0);
  });

  it('reads a class\'s pupils from its school year\'s enrolment partition only', async () => {
    await factories(api.db).year('2024-2025'); // a second year, so that there is a partition to skip
    api.executed.length = 0;
    const res = await api.exec(accounts(large).DIRECTOR, ROOTS.school, { code: large.code });
    expect(res.errors).toBeUndefined();
    const pages = api.executed.filter((q) => q.sql.includes('row_number() OVER (PARTITION BY x.class_id'));
    expect(pages).toHaveLength(1);
    const [{ 'QUERY PLAN': plan }] = await api.db.query(`EXPLAIN (FORMAT JSON) ${pages[0].sql}`, pages[0].parameters);
    const relations = new Set<string>();
    // The statement's own scans; a sub-plan of the access rule (the current school of a pupil met in
    // another school's class) runs only for such rows and is not the class's roster.
    const walk = (node: { 'Relation Name'?: string; 'Parent Relationship'?: string; Plans?: unknown[] }) => {
      if (node['Parent Relationship'] === 'SubPlan') return;
      if (node['Relation Name']) relations.add(node['Relation Name']);
      for (const child of node.Plans ?? []) walk(child as typeof node);
    };
    walk(plan[0].Plan);
    expect([...relations].filter((r) => r.startsWith('enrolment'))).toHaveLength(1);
  });
});

/** A school of `classes` classes of `perClass` pupils, a teacher of every class, a parent of one pupil per class. */
async function world(api: TestApi, f: ReturnType<typeof factories>, provinceCode: string, classes: number, perClass: number): Promise<World> {
  const school = await f.school({ provinceCode });
  const classIds: number[] = [];
  for (let c = 0; c < classes; c++) classIds.push(await fill(api, f, school.id, c, perClass));
  const teacherId = await f.teacher(school.id, classIds.map((classId) => ({ classId })));
  const firsts: { id: string }[] = await api.db.query(
    'SELECT DISTINCT ON (class_id) student_id AS id FROM enrolment WHERE class_id = ANY($1::int[]) ORDER BY class_id, student_id', [classIds]);
  const guardianId = await f.guardian(firsts.map((r) => Number(r.id)));
  return { code: school.code, schoolId: school.id, provinceId: school.provinceId, teacherId, guardianId, pupils: classes * perClass };
}

/** A class of `perClass` pupils, each pupil with two guardians. Bulk SQL for speed. */
async function fill(api: TestApi, f: ReturnType<typeof factories>, schoolId: number, c: number, perClass: number): Promise<number> {
  {
    const classId = await f.schoolClass(schoolId, { name: `1AC-${c + 1}`, capacity: 45 });
    await api.db.query(
      `WITH s AS (
         INSERT INTO student (code_massar, first_name, last_name, first_name_ar, last_name_ar, birth_date, birth_place, gender)
         SELECT 'F' || lpad(nextval('student_code_seq')::text, 9, '0'), 'Prénom' || i, 'Nom' || i, 'اسم', 'نسب', '2013-01-01', 'Rabat', 'M'
         FROM generate_series(1, $1) i RETURNING id),
       e AS (INSERT INTO enrolment (student_id, school_id, class_id, school_year_id)
             SELECT s.id, c.school_id, c.id, c.school_year_id FROM s, school_class c WHERE c.id = $2),
       g AS (INSERT INTO guardian (first_name, last_name, first_name_ar, last_name_ar)
             SELECT 'Parent', s.id::text, 'ولي', 'ولي' FROM s, generate_series(1, 2) RETURNING id, last_name)
       INSERT INTO student_guardian (student_id, guardian_id, relationship)
       SELECT g.last_name::bigint, g.id, CASE WHEN g.id % 2 = 0 THEN 'MOTHER' ELSE 'FATHER' END FROM g`,
      [perClass, classId],
    );
    return classId;
  }
}
