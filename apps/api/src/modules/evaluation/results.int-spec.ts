import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';

const CREATE = 'mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }';
const RECORD = 'mutation($input: RecordGradesInput!) { recordGrades(input: $input) { value } }';
const TERM = (name: string) => `mutation($input: TermInput!) { ${name}(input: $input) }`;
const CLASS_RESULTS = `query($code: String!) { school(code: $code) { classes(year: "2025-2026") {
  subjects { subject { code } coefficient }
  termStatus(term: S1)
  results(term: S1) { classAverage students { student { codeMassar } generalAverage rank classAverage
    subjects { subject { code } coefficient average derivation { label value weight } } derivation { label value weight } } }
  year: results { students { generalAverage decision derivation { label value weight } } } } } }`;
const FAMILY = `query($code: String!) { student(codeMassar: $code) {
  results(year: "2025-2026", term: S1) { generalAverage rank classAverage subjects { subject { code } average } }
  enrolments { schoolClass { assessments(term: S1) { kind number date grades { value student { codeMassar } } }
    results(term: S1) { classAverage students { student { codeMassar } } } } } } }`;

describe('results', () => {
  let api: TestApi;
  let school: { id: number; code: string };
  let classId: number;
  let a: { id: number; code: string };
  let b: { id: number; code: string };
  let c: { id: number; code: string };
  let parent: ReturnType<typeof viewer>;
  let director: ReturnType<typeof viewer>;

  beforeAll(async () => {
    api = await createTestApi();
    const f = factories(api.db);
    school = await f.school();
    classId = await f.schoolClass(school.id, { name: '1AC-1' });
    a = await f.student({ classId, lastName: 'Alami' });
    b = await f.student({ classId, lastName: 'Bennis' });
    c = await f.student({ classId, lastName: 'Chraibi' });
    parent = viewer(Role.PARENT, { guardianId: await f.guardian([a.id]) });
    director = viewer(Role.DIRECTOR, { schoolId: school.id });
    const teacher = viewer(Role.TEACHER, {
      schoolId: school.id,
      staffMemberId: await f.teacher(school.id, [{ classId, subject: 'MATH' }, { classId, subject: 'FR' }]),
    });
    const sheet = async (subjectCode: string, date: string, grades: { codeMassar: string; value?: number; absence?: string }[]) => {
      const created = await api.exec(teacher, CREATE, { input: { classId: toGlobalId('SchoolClass', classId), subjectCode, term: 'S1', kind: 'CONTINUOUS', date } });
      const res = await api.exec(teacher, RECORD, { input: { assessmentId: created.data!.createAssessment.id, grades } });
      expect(res.errors).toBeUndefined();
    };
    // 1AC coefficients: MATH 5, FR 5.
    await sheet('MATH', '2025-10-06', [{ codeMassar: a.code, value: 12 }, { codeMassar: b.code, value: 14 }, { codeMassar: c.code, value: 17 }]);
    await sheet('MATH', '2025-11-17', [{ codeMassar: a.code, value: 16 }, { codeMassar: b.code, absence: 'UNJUSTIFIED' }, { codeMassar: c.code, value: 11 }]);
    await sheet('FR', '2025-10-20', [{ codeMassar: a.code, value: 10 }, { codeMassar: b.code, value: 8 }, { codeMassar: c.code, value: 10 }]);
  });
  afterAll(() => api.stop());

  it('lists the class subjects with their coefficients', async () => {
    const res = await api.exec(director, CLASS_RESULTS, { code: school.code });
    expect(res.errors).toBeUndefined();
    const subjects = res.data!.school.classes[0].subjects;
    expect(subjects).toContainEqual({ subject: { code: 'MATH' }, coefficient: 5 });
    expect(subjects).toContainEqual({ subject: { code: 'EN' }, coefficient: 1 });
    expect(subjects).toHaveLength(9);
  });

  it('computes term averages, ranks with ties and the class average, with their derivation', async () => {
    const [cls] = (await api.exec(director, CLASS_RESULTS, { code: school.code })).data!.school.classes;
    // a: MATH (12 + 16)/2 = 14, FR 10 → (5×14 + 5×10)/10 = 12
    // b: MATH (14 + 0 unjustified)/2 = 7, FR 8 → 7.5
    // c: MATH (17 + 11)/2 = 14, FR 10 → 12, tied with a
    expect(cls.results.students.map((s: { student: { codeMassar: string }; generalAverage: number; rank: number }) => [s.student.codeMassar, s.generalAverage, s.rank]))
      .toEqual([[a.code, 12, 1], [b.code, 7.5, 3], [c.code, 12, 1]]);
    expect(cls.results.classAverage).toBe(10.5);
    const math = cls.results.students[1].subjects.find((s: { subject: { code: string } }) => s.subject.code === 'MATH');
    expect(math).toMatchObject({ coefficient: 5, average: 7 });
    expect(math.derivation).toEqual([{ label: 'CONTINUOUS 1', value: 14, weight: 1 }, { label: 'CONTINUOUS 2 UNJUSTIFIED', value: 0, weight: 1 }]);
    expect(cls.results.students[0].derivation).toContainEqual({ label: 'MATH', value: 14, weight: 5 });
    // The year waits for S2 before proposing a decision.
    expect(cls.year.students[0]).toMatchObject({ generalAverage: 12, decision: null });
  });

  it('shows families the dates before publication, and the results only after', async () => {
    const before = await api.exec(parent, FAMILY, { code: a.code });
    expect(before.errors).toBeUndefined();
    expect(before.data!.student.results).toBeNull();
    const [enrolment] = before.data!.student.enrolments;
    expect(enrolment.schoolClass.assessments.map((x: { date: string }) => x.date)).toEqual(['2025-10-06', '2025-10-20', '2025-11-17']);
    expect(enrolment.schoolClass.assessments.flatMap((x: { grades: unknown[] }) => x.grades)).toEqual([]);
    expect(enrolment.schoolClass.results).toEqual({ classAverage: null, students: [] });

    const term = { input: { classId: toGlobalId('SchoolClass', classId), term: 'S1' } };
    expect((await api.exec(director, TERM('lockTerm'), term)).errors).toBeUndefined();
    expect((await api.exec(parent, FAMILY, { code: a.code })).data!.student.results).toBeNull(); // locked is not published
    expect((await api.exec(director, TERM('publishTerm'), term)).errors).toBeUndefined();

    const after = (await api.exec(parent, FAMILY, { code: a.code })).data!.student;
    expect(after.results).toMatchObject({ generalAverage: 12, rank: 1, classAverage: 10.5 });
    const cls = after.enrolments[0].schoolClass;
    // Only their own child's grades and results, never the classmates'.
    expect(new Set(cls.assessments.flatMap((x: { grades: { student: { codeMassar: string } }[] }) => x.grades.map((g) => g.student.codeMassar)))).toEqual(new Set([a.code]));
    expect(cls.results.students).toEqual([{ student: { codeMassar: a.code } }]);
    const pupil = await api.exec(viewer(Role.PUPIL, { studentId: a.id }), FAMILY, { code: a.code });
    expect(pupil.data!.student.results.generalAverage).toBe(12);
  });

  it('computes a class whose level and stream have no coefficient on record from the subjects taught, at coefficient 1', async () => {
    // 1BAC ST: the sources give its regional-exam coefficients, not its continuous-assessment ones.
    const f = factories(api.db);
    const other = await f.school({ code: 'T90001X' });
    const st = await f.schoolClass(other.id, { name: '1BAC-ST-1', level: '1BAC', stream: 'ST' });
    const pupil = await f.student({ classId: st });
    const stTeacher = viewer(Role.TEACHER, {
      schoolId: other.id, staffMemberId: await f.teacher(other.id, [{ classId: st, subject: 'MATH' }, { classId: st, subject: 'FR' }]),
    });
    for (const [subjectCode, value] of [['MATH', 15], ['FR', 10]] as const) {
      const created = await api.exec(stTeacher, CREATE, { input: { classId: toGlobalId('SchoolClass', st), subjectCode, term: 'S1', kind: 'CONTINUOUS', date: '2025-10-06' } });
      expect(created.errors).toBeUndefined();
      const res = await api.exec(stTeacher, RECORD, { input: { assessmentId: created.data!.createAssessment.id, grades: [{ codeMassar: pupil.code, value }] } });
      expect(res.errors).toBeUndefined();
    }
    const res = await api.exec(viewer(Role.DIRECTOR, { schoolId: other.id }), CLASS_RESULTS, { code: other.code });
    expect(res.errors).toBeUndefined();
    const [cls] = res.data!.school.classes;
    expect(cls.subjects).toHaveLength(2);
    expect(cls.subjects).toEqual(expect.arrayContaining([{ subject: { code: 'MATH' }, coefficient: 1 }, { subject: { code: 'FR' }, coefficient: 1 }]));
    expect(cls.results.students[0]).toMatchObject({ generalAverage: 12.5, rank: 1 });
    expect(cls.results.students[0].derivation).toEqual(expect.arrayContaining([{ label: 'MATH', value: 15, weight: 1 }, { label: 'FR', value: 10, weight: 1 }]));
  });

  it('costs a bounded number of statements for a whole school\'s results', async () => {
    api.statements.length = 0;
    const res = await api.exec(viewer(Role.MINISTRY), CLASS_RESULTS, { code: school.code });
    expect(res.errors).toBeUndefined();
    expect(api.statements.length).toBeLessThanOrEqual(14);
  });
});
