import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';

const NESTED = `query($code: String!) {
  school(code: $code) {
    nameFr
    classes(year: "2025-2026") {
      name level { code }
      students(first: 100) { totalCount edges { node { codeMassar guardians { firstName relationship phone } } } }
    }
  }
}`;

// Every relation goes through a per-request DataLoader: the nested query costs the same
// number of SQL statements for 10 pupils as for 1,000.
describe('nested query cost', () => {
  let api: TestApi;
  let small: string;
  let large: string;

  beforeAll(async () => {
    api = await createTestApi();
    const f = factories(api.db);
    small = (await f.school()).code;
    await fill(api, small, 1, 10);
    large = (await f.school()).code;
    await fill(api, large, 25, 40);
  });
  afterAll(() => api.stop());

  async function statementsFor(code: string): Promise<{ count: number; pupils: number }> {
    api.statements.length = 0;
    const res = await api.exec(viewer(Role.MINISTRY), NESTED, { code });
    expect(res.errors).toBeUndefined();
    const pupils = res.data!.school.classes.reduce((n: number, c: { students: { edges: unknown[] } }) => n + c.students.edges.length, 0);
    return { count: api.statements.length, pupils };
  }

  it('costs the same for 10 pupils as for 1,000', async () => {
    const few = await statementsFor(small);
    const many = await statementsFor(large);
    expect(few.pupils).toBe(10);
    expect(many.pupils).toBe(1000);
    expect(many.count).toBe(few.count);
    expect(many.count).toBeLessThanOrEqual(8);
  });
});

/** `classes` classes of `perClass` pupils, each pupil with two guardians. Bulk SQL for speed. */
async function fill(api: TestApi, schoolCode: string, classes: number, perClass: number): Promise<void> {
  const f = factories(api.db);
  const [{ id: schoolId }] = await api.db.query('SELECT id FROM school WHERE code = $1', [schoolCode]);
  for (let c = 0; c < classes; c++) {
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
  }
}
