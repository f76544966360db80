import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unguardedFields } from '../../core/graphql/schema.js';
import { getSchema } from '../schema.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

// For each role, a row outside its scope can be neither read nor written, whatever the path.
describe('row scope', () => {
  let api: TestApi;
  const w = {} as {
    schoolA: Awaited<ReturnType<ReturnType<typeof factories>['school']>>;
    schoolB: Awaited<ReturnType<ReturnType<typeof factories>['school']>>;
    classA: number; classA2: number; classB: number;
    child: { id: number; code: string }; classmate: { id: number; code: string }; otherFamily: { id: number; code: string };
    guardianId: number; teacherId: number;
  };

  beforeAll(async () => {
    api = await createTestApi();
    const f = factories(api.db);
    w.schoolA = await f.school({ provinceCode: '06.141' }); // Casablanca, region 06
    w.schoolB = await f.school({ provinceCode: '04.421' }); // Rabat, region 04
    w.classA = await f.schoolClass(w.schoolA.id, { name: '1AC-1' });
    w.classA2 = await f.schoolClass(w.schoolA.id, { name: '1AC-2' });
    w.classB = await f.schoolClass(w.schoolB.id, { name: '1AC-1' });
    w.child = await f.student({ classId: w.classA });
    w.classmate = await f.student({ classId: w.classA });
    w.otherFamily = await f.student({ classId: w.classB });
    await f.student({ classId: w.classA2 });
    w.guardianId = await f.guardian([w.child.id]);
    await f.guardian([w.classmate.id]);
    w.teacherId = await f.teacher(w.schoolA.id, [{ classId: w.classA }]);
  });
  afterAll(() => api.stop());

  const parent = () => viewer(Role.PARENT, { guardianId: w.guardianId });

  it('answers a parent another family\'s pupil exactly as an unknown code: NOT_FOUND', async () => {
    const own = await api.exec(parent(), 'query($c: String!) { student(codeMassar: $c) { codeMassar } }', { c: w.child.code });
    expect(own.data?.student.codeMassar).toBe(w.child.code);
    const other = await api.exec(parent(), 'query($c: String!) { student(codeMassar: $c) { codeMassar } }', { c: w.otherFamily.code });
    const unknown = await api.exec(parent(), 'query($c: String!) { student(codeMassar: $c) { codeMassar } }', { c: 'Z999999999' });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(other).toEqual(unknown);
    const malformed = await api.exec(parent(), '{ student(codeMassar: "12345") { codeMassar } }');
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
  });

  it('answers a parent another family\'s pupil by node(id) exactly as a missing one: null', async () => {
    const query = 'query($id: ID!) { node(id: $id) { id ... on Student { codeMassar } } }';
    const other = await api.exec(parent(), query, { id: toGlobalId('Student', w.otherFamily.id) });
    expect(other).toEqual({ data: { node: null } });
    expect(await api.exec(parent(), query, { id: toGlobalId('Student', 2_000_000_000) })).toEqual(other);
    const own = await api.exec(parent(), query, { id: toGlobalId('Student', w.child.id) });
    expect(own.data?.node.codeMassar).toBe(w.child.code);
  });

  it('shows a parent only their own child in the class\'s pupil list', async () => {
    const res = await api.exec(parent(), `query($code: String!) { school(code: $code) { classes(year: "2025-2026") { name students { totalCount edges { node { codeMassar } } } } } }`, {
      code: w.schoolA.code,
    });
    expect(res.errors).toBeUndefined();
    const classes = res.data?.school.classes;
    expect(classes.map((c: { name: string }) => c.name)).toEqual(['1AC-1']);
    expect(classes[0].students.edges.map((e: { node: { codeMassar: string } }) => e.node.codeMassar)).toEqual([w.child.code]);
    expect(classes[0].students.totalCount).toBe(1);
  });

  it('refuses a director of school A any write in school B', async () => {
    const director = viewer(Role.DIRECTOR, { schoolId: w.schoolA.id });
    const register = await api.exec(director, REGISTER, { input: registration(toGlobalId('SchoolClass', w.classB)) });
    expect(codeOf(register)).toBe('NOT_FOUND');
    const enrol = await api.exec(director, 'mutation($i: EnrolStudentInput!) { enrolStudent(input: $i) { id } }', {
      i: { codeMassar: w.otherFamily.code, classId: toGlobalId('SchoolClass', w.classB) },
    });
    expect(codeOf(enrol)).toBe('NOT_FOUND');
    const [{ count }] = await api.db.query('SELECT count(*)::int AS count FROM enrolment WHERE class_id = $1', [w.classB]);
    expect(count).toBe(1);
  });

  it('refuses a province another province\'s school, and lists only its own', async () => {
    const province = viewer(Role.PROVINCE, { provinceId: w.schoolA.provinceId });
    const other = await api.exec(province, 'query($c: String!) { school(code: $c) { code } }', { c: w.schoolB.code });
    expect(codeOf(other)).toBe('NOT_FOUND');
    const list = await api.exec(province, '{ schools(first: 100) { totalCount edges { node { code } } } }');
    expect(list.data?.schools.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual([w.schoolA.code]);
    const pupil = await api.exec(province, 'query($c: String!) { student(codeMassar: $c) { codeMassar } }', { c: w.otherFamily.code });
    expect(codeOf(pupil)).toBe('NOT_FOUND');
  });

  it('gives territorial accounts no pupil identity by any path, and the figures without it', async () => {
    const accounts = [
      viewer(Role.MINISTRY),
      viewer(Role.REGION, { regionId: w.schoolA.regionId }),
      viewer(Role.PROVINCE, { provinceId: w.schoolA.provinceId }),
    ];
    for (const account of accounts) {
      const direct = await api.exec(account, 'query($c: String!) { student(codeMassar: $c) { codeMassar } }', { c: w.child.code });
      expect(codeOf(direct)).toBe('NOT_FOUND');
      expect((await api.exec(account, '{ students(first: 100) { totalCount } }')).data?.students.totalCount).toBe(0);
      const nested = await api.exec(account, `query($code: String!) { school(code: $code) { classes(year: "2025-2026") {
        name students { totalCount } results(term: S1) { students { student { codeMassar } } } } } }`, { code: w.schoolA.code });
      expect(nested.errors).toBeUndefined();
      expect(nested.data?.school.classes.map((c: { name: string }) => c.name)).toEqual(['1AC-1', '1AC-2']);
      for (const c of nested.data?.school.classes ?? []) {
        expect(c.students.totalCount).toBe(0);
        expect(c.results.students).toEqual([]);
      }
      const byNode = await api.exec(account, 'query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Student', w.child.id) });
      expect(byNode.data?.node).toBeNull();
    }
  });

  it('lets a region read its schools only', async () => {
    const region = viewer(Role.REGION, { regionId: w.schoolB.regionId });
    const list = await api.exec(region, '{ schools(first: 100) { edges { node { code } } } }');
    expect(list.data?.schools.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual([w.schoolB.code]);
  });

  it('shows a teacher the pupils of assigned classes only', async () => {
    const teacher = viewer(Role.TEACHER, { schoolId: w.schoolA.id, staffMemberId: w.teacherId });
    const res = await api.exec(teacher, '{ students(first: 100) { totalCount } }');
    expect(res.data?.students.totalCount).toBe(2);
    const other = await api.exec(teacher, 'query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('SchoolClass', w.classA2) });
    expect(other).toEqual({ data: { node: null } });
  });

  /** One test of a class × subject in S1 with one pupil's mark. */
  async function mark(classId: number, subject: string, studentId: number, value: number): Promise<string> {
    const [a] = await api.db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, su.id, c.school_year_id, 'S1', 'CONTINUOUS', 1, '2025-11-03' FROM school_class c, subject su
       WHERE c.id = $1 AND su.code = $2 RETURNING id`,
      [classId, subject],
    );
    await api.db.query(
      'INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value) SELECT school_id, school_year_id, id, $2, $3 FROM assessment WHERE id = $1',
      [a.id, studentId, value],
    );
    return toGlobalId('Assessment', a.id);
  }

  it('lets the school a pupil left read what it recorded, and nothing produced at the new school', async () => {
    const f = factories(api.db);
    const lastYear = await f.schoolClass(w.schoolA.id, { name: '6AP-9', level: '6AP', year: '2024-2025' });
    const moved = await f.student({ classId: lastYear });
    await f.enrol(moved.id, w.classB); // now at school B
    await mark(w.classB, 'MATH', moved.id, 17.77);
    const query = `query($c: String!) { student(codeMassar: $c) { enrolments { school { code } }
      results(year: "2025-2026", term: S1) { generalAverage } } }`;
    const origin = await api.exec(viewer(Role.DIRECTOR, { schoolId: w.schoolA.id }), query, { c: moved.code });
    expect(origin.errors).toBeUndefined();
    expect(origin.data!.student).toEqual({ enrolments: [{ school: { code: w.schoolA.code } }], results: null });
    const listed = await api.exec(viewer(Role.DIRECTOR, { schoolId: w.schoolA.id }), 'query($s: ID!) { students(filter: { schoolId: $s }) { totalCount } }', {
      s: toGlobalId('School', w.schoolB.id),
    });
    expect(listed.data!.students.totalCount).toBe(0);
    const [later] = await api.db.query('SELECT id FROM enrolment WHERE student_id = $1 AND class_id = $2', [moved.id, w.classB]);
    const byNode = await api.exec(viewer(Role.DIRECTOR, { schoolId: w.schoolA.id }), 'query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Enrolment', later.id) });
    expect(byNode.data!.node).toBeNull();
    // The school the pupil is in now reads the whole history.
    const destination = await api.exec(viewer(Role.DIRECTOR, { schoolId: w.schoolB.id }), query, { c: moved.code });
    expect(destination.data!.student.enrolments.map((e: { school: { code: string } }) => e.school?.code ?? null)).toHaveLength(2);
    expect(destination.data!.student.results.generalAverage).toBeCloseTo(17.77);
    // What the school recorded stays readable to it, results of a year before any grading policy included.
    await mark(lastYear, 'MATH', moved.id, 11);
    const past = await api.exec(viewer(Role.DIRECTOR, { schoolId: w.schoolA.id }), `query($c: String!) { student(codeMassar: $c) { results(year: "2024-2025", term: S1) { generalAverage } } }`, { c: moved.code });
    expect(past.errors).toBeUndefined();
    expect(past.data!.student.results.generalAverage).toBe(11);
    // A guardian link the new school makes, with the contact it typed, stays the new school's.
    const guardianId = await f.guardian([]);
    await api.db.query(`INSERT INTO student_guardian (student_id, guardian_id, relationship, school_id, own_contact, phone) VALUES ($1, $2, 'FATHER', $3, true, '0655555555')`, [
      moved.id, guardianId, w.schoolB.id,
    ]);
    const guardians = 'query($c: String!) { student(codeMassar: $c) { guardians { phone } } }';
    expect((await api.exec(viewer(Role.DIRECTOR, { schoolId: w.schoolA.id }), guardians, { c: moved.code })).data!.student.guardians).toEqual([]);
    expect((await api.exec(viewer(Role.DIRECTOR, { schoolId: w.schoolB.id }), guardians, { c: moved.code })).data!.student.guardians).toEqual([{ phone: '0655555555' }]);
    // The new enrolment ending does not hand the pupil back to the school they left.
    await api.db.query(`UPDATE enrolment SET status = 'LEFT', ended_on = current_date WHERE id = $1`, [later.id]);
    const afterLeaving = await api.exec(viewer(Role.DIRECTOR, { schoolId: w.schoolA.id }), query, { c: moved.code });
    expect(afterLeaving.data!.student.enrolments).toEqual([{ school: { code: w.schoolA.code } }]);
  });

  it('shows a teacher the grades of the subjects assigned, not the class\'s other subjects', async () => {
    const teacher = viewer(Role.TEACHER, { schoolId: w.schoolA.id, staffMemberId: w.teacherId }); // teaches MATH in class A
    const french = await mark(w.classA, 'FR', w.child.id, 3.33);
    const maths = await mark(w.classA, 'MATH', w.child.id, 14.5);
    const query = 'query($id: ID!) { node(id: $id) { ... on Assessment { grades { value } } } }';
    expect((await api.exec(teacher, query, { id: maths })).data!.node.grades).toEqual([{ value: 14.5 }]);
    expect((await api.exec(teacher, query, { id: french })).data!.node.grades).toEqual([]);
  });

  it('hides guardians\' contact details from a teacher', async () => {
    const teacher = viewer(Role.TEACHER, { schoolId: w.schoolA.id, staffMemberId: w.teacherId });
    const res = await api.exec(teacher, 'query($c: String!) { student(codeMassar: $c) { guardians { firstName phone } } }', { c: w.child.code });
    expect(res.data?.student.guardians).toEqual([{ firstName: 'Amina', phone: null }]);
    const director = viewer(Role.DIRECTOR, { schoolId: w.schoolA.id });
    const staffView = await api.exec(director, 'query($c: String!) { student(codeMassar: $c) { guardians { phone } } }', { c: w.child.code });
    expect(staffView.data?.student.guardians).toEqual([{ phone: '0611223344' }]);
  });

  it('refuses anonymous callers everything but login, logout and me', async () => {
    expect(codeOf(await api.exec(null, '{ students { totalCount } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.exec(null, '{ regions { code } }'))).toBe('UNAUTHENTICATED');
    expect((await api.exec(null, '{ me { role } }')).data?.me).toBeNull();
  });

  it('refuses a role outside a mutation\'s roles', async () => {
    const teacher = viewer(Role.TEACHER, { schoolId: w.schoolA.id, staffMemberId: w.teacherId });
    const res = await api.exec(teacher, REGISTER, { input: registration(toGlobalId('SchoolClass', w.classA)) });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('has a permission check on every query, mutation and field resolver an anonymous caller could reach (deny by default)', async () => {
    expect(unguardedFields(await getSchema())).toEqual([]);
  });
});

const REGISTER = 'mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { id student { codeMassar } } }';

function registration(classId: string) {
  return {
    classId, firstName: 'Adam', lastName: 'Tazi', firstNameAr: 'آدم', lastNameAr: 'التازي', birthDate: '2013-03-02', birthPlace: 'Fès', gender: 'M',
    guardians: [{ firstName: 'Karim', lastName: 'Tazi', firstNameAr: 'كريم', lastNameAr: 'التازي', relationship: 'FATHER', phone: '0661234567' }],
  };
}
