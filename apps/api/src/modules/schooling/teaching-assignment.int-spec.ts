import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

const ASSIGN = 'mutation($input: AssignTeacherInput!) { assignTeacher(input: $input) { id subject { code } teacher { id } schoolClass { id } } }';
const REMOVE = 'mutation($input: RemoveTeachingAssignmentInput!) { removeTeachingAssignment(input: $input) }';
const CREATE = 'mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }';
const RECORD = 'mutation($input: RecordGradesInput!) { recordGrades(input: $input) { value } }';

type V = ReturnType<typeof viewer>;

describe('teaching assignments at the start of the year (assignTeacher, removeTeachingAssignment)', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let school: { id: number; code: string };
  let director: V;
  const cls = (id: number) => toGlobalId('SchoolClass', id);
  const staff = (id: number) => toGlobalId('StaffMember', id);
  const assign = (v: V, classId: number, teacherId: number, subjectCode = 'MATH') =>
    api.exec(v, ASSIGN, { input: { classId: cls(classId), subjectCode, teacherId: staff(teacherId) } });
  const remove = (v: V, classId: number, subjectCode = 'MATH') => api.exec(v, REMOVE, { input: { classId: cls(classId), subjectCode } });
  const rows = (classId: number) =>
    api.db.query('SELECT ta.id, su.code, ta.teacher_id FROM teaching_assignment ta JOIN subject su ON su.id = ta.subject_id WHERE class_id = $1 ORDER BY su.code', [classId]);
  const teacherViewer = (staffMemberId: number) => viewer(Role.TEACHER, { schoolId: school.id, staffMemberId });

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    school = await f.school();
    director = viewer(Role.DIRECTOR, { schoolId: school.id });
  });
  afterAll(() => api.stop());

  it('assigns a teacher, replaces them in the same row, and removes the assignment', async () => {
    const classId = await f.schoolClass(school.id, { name: '1AC-1' });
    const [t1, t2] = [await f.teacher(school.id), await f.teacher(school.id)];
    const first = await assign(director, classId, t1);
    expect(first.errors).toBeUndefined();
    expect(first.data!.assignTeacher).toMatchObject({ subject: { code: 'MATH' }, teacher: { id: staff(t1) }, schoolClass: { id: cls(classId) } });
    const [before] = await rows(classId);
    const replaced = await assign(director, classId, t2);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.assignTeacher.id).toBe(first.data!.assignTeacher.id);
    expect(await rows(classId)).toEqual([{ id: before.id, code: 'MATH', teacher_id: t2 }]);
    expect((await remove(director, classId)).data!.removeTeachingAssignment).toBe(true);
    expect(await rows(classId)).toEqual([]);
    expect((await remove(director, classId)).data!.removeTeachingAssignment).toBe(false);
  });

  it('two concurrent assignments of the same class × subject leave one row', async () => {
    const classId = await f.schoolClass(school.id, { name: '1AC-2' });
    const [t1, t2] = [await f.teacher(school.id), await f.teacher(school.id)];
    const results = await Promise.all([assign(director, classId, t1), assign(director, classId, t2)]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const after = await rows(classId);
    expect(after).toHaveLength(1);
    expect([t1, t2]).toContain(after[0].teacher_id);
  });

  it('answers NOT_FOUND for another school\'s class and refuses the secretariat, a teacher and a parent', async () => {
    const classId = await f.schoolClass(school.id, { name: '1AC-3' });
    const pupil = await f.student({ classId });
    const t1 = await f.teacher(school.id, [{ classId, subject: 'FR' }]);
    const other = await f.school();
    const otherDirector = viewer(Role.DIRECTOR, { schoolId: other.id });
    const otherTeacher = await f.teacher(other.id);
    expect(codeOf(await assign(otherDirector, classId, otherTeacher))).toBe('NOT_FOUND');
    expect(codeOf(await assign(otherDirector, classId, t1))).toBe('NOT_FOUND');
    expect(codeOf(await remove(otherDirector, classId, 'FR'))).toBe('NOT_FOUND');
    const refused = [
      viewer(Role.STAFF, { schoolId: school.id }),
      teacherViewer(t1),
      viewer(Role.PARENT, { guardianId: await f.guardian([pupil.id]) }),
    ];
    for (const v of refused) {
      expect(codeOf(await assign(v, classId, t1))).toBe('FORBIDDEN');
      expect(codeOf(await remove(v, classId, 'FR'))).toBe('FORBIDDEN');
    }
    expect(await rows(classId)).toEqual([expect.objectContaining({ code: 'FR', teacher_id: t1 })]);
  });

  it('refuses a teacher of another school, a staff member who is not a teacher and a subject outside the curriculum', async () => {
    const classId = await f.schoolClass(school.id, { name: '1AC-4' });
    const elsewhere = await f.teacher((await f.school()).id);
    // Another school's staff is outside the director's scope: missing, like an id that does not exist.
    expect(codeOf(await assign(director, classId, elsewhere))).toBe('NOT_FOUND');
    expect(codeOf(await assign(director, classId, 999_999))).toBe('NOT_FOUND');
    const [clerk] = await api.db.query(
      `INSERT INTO staff_member (school_id, first_name, last_name, first_name_ar, last_name_ar, position) VALUES ($1, 'Nadia', 'Bennani', 'نادية', 'بناني', 'ADMINISTRATIVE') RETURNING id`,
      [school.id],
    );
    expect((await assign(director, classId, clerk.id)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teacherId', reason: 'NOT_A_TEACHER' });
    const t1 = await f.teacher(school.id);
    expect((await assign(director, classId, t1, 'PHILO')).errors![0].extensions).toMatchObject({ field: 'subjectCode', reason: 'SUBJECT_NOT_IN_CURRICULUM' });
    expect((await assign(director, classId, t1, 'NOPE')).errors![0].extensions).toMatchObject({ field: 'subjectCode', reason: 'UNKNOWN_SUBJECT' });
    expect((await assign(director, classId, t1, 'X'.repeat(500))).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(codeOf(await api.exec(director, ASSIGN, { input: { classId: cls(classId), subjectCode: 'MATH', teacherId: cls(t1) } }))).toBe('BAD_USER_INPUT');
    expect(await rows(classId)).toEqual([]);
  });

  it('hands grade entry to the new teacher: the old one loses it, the grades already entered stay', async () => {
    const classId = await f.schoolClass(school.id, { name: '1AC-5' });
    const pupil = await f.student({ classId });
    // The old teacher keeps French in the class, so they still see it and are refused MATH, not just missing it.
    const oldId = await f.teacher(school.id, [{ classId }, { classId, subject: 'FR' }]);
    const newId = await f.teacher(school.id);
    const [oldTeacher, newTeacher] = [teacherViewer(oldId), teacherViewer(newId)];
    const create = (v: V) => api.exec(v, CREATE, { input: { classId: cls(classId), subjectCode: 'MATH', term: 'S1', kind: 'CONTINUOUS', date: '2025-10-15' } });
    const record = (v: V, assessmentId: string, value: number) => api.exec(v, RECORD, { input: { assessmentId, grades: [{ codeMassar: pupil.code, value }] } });

    const assessmentId = (await create(oldTeacher)).data!.createAssessment.id;
    expect((await record(oldTeacher, assessmentId, 11)).errors).toBeUndefined();
    expect(codeOf(await create(newTeacher))).toBe('NOT_FOUND');

    expect((await assign(director, classId, newId)).errors).toBeUndefined();
    expect(codeOf(await record(oldTeacher, assessmentId, 4))).toBe('FORBIDDEN');
    expect(codeOf(await create(oldTeacher))).toBe('FORBIDDEN');
    const corrected = await record(newTeacher, assessmentId, 13);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.recordGrades).toEqual([{ value: 13 }]);
    expect((await create(newTeacher)).errors).toBeUndefined();
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM assessment WHERE class_id = $1', [classId]);
    expect(n).toBe(2);
  });
});
