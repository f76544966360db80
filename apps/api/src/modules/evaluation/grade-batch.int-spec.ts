import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

const CREATE = 'mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }';
const BATCH = 'mutation($input: RecordGradeBatchInput!) { recordGradeBatch(input: $input) { value absence student { codeMassar } } }';
const LOCK = 'mutation($input: TermInput!) { lockTerm(input: $input) }';

type Viewer = ReturnType<typeof viewer>;
type Row = { codeMassar: string; value?: number | null; absence?: string | null };

describe('recordGradeBatch: several assessments, all or nothing', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let schoolId: number;
  let classA: number;
  let pupils: { id: number; code: string }[];
  let teacher: Viewer;
  let otherTeacher: Viewer;
  const gid = (id: number) => toGlobalId('SchoolClass', id);
  const gradeCount = async () => (await api.db.query('SELECT count(*)::int AS n FROM grade'))[0].n as number;
  const batch = (v: Viewer, assessments: { assessmentId: string; grades: Row[] }[], reason?: string) =>
    api.exec(v, BATCH, { input: { assessments, reason } });

  async function assessments(n: number, v = teacher, classId = classA, term = 'S1'): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const date = term === 'S1' ? `2025-10-${10 + i}` : `2026-03-${10 + i}`;
      const res = await api.exec(v, CREATE, { input: { classId: gid(classId), subjectCode: 'MATH', term, kind: 'CONTINUOUS', date } });
      expect(res.errors).toBeUndefined();
      ids.push(res.data!.createAssessment.id);
    }
    return ids;
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    schoolId = (await f.school()).id;
    classA = await f.schoolClass(schoolId, { name: '1AC-1' });
    const classB = await f.schoolClass(schoolId, { name: '1AC-2' });
    pupils = [];
    for (let i = 0; i < 3; i++) pupils.push(await f.student({ classId: classA }));
    teacher = viewer(Role.TEACHER, { schoolId, staffMemberId: await f.teacher(schoolId, [{ classId: classA }]) });
    otherTeacher = viewer(Role.TEACHER, { schoolId, staffMemberId: await f.teacher(schoolId, [{ classId: classB }]) });
  });
  afterAll(() => api.stop());

  it('writes every assessment of a valid batch, in the order given', async () => {
    const [a1, a2, a3] = await assessments(3);
    const before = await gradeCount();
    const res = await batch(teacher, [
      { assessmentId: a1, grades: [{ codeMassar: pupils[0].code, value: 12.5 }, { codeMassar: pupils[1].code, value: 8 }] },
      { assessmentId: a2, grades: [{ codeMassar: pupils[0].code, absence: 'JUSTIFIED' }] },
      { assessmentId: a3, grades: [{ codeMassar: pupils[2].code.toLowerCase(), value: 20 }] },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordGradeBatch).toEqual([
      { value: 12.5, absence: null, student: { codeMassar: pupils[0].code } },
      { value: 8, absence: null, student: { codeMassar: pupils[1].code } },
      { value: null, absence: 'JUSTIFIED', student: { codeMassar: pupils[0].code } },
      { value: 20, absence: null, student: { codeMassar: pupils[2].code } },
    ]);
    expect(await gradeCount()).toBe(before + 4);

    // The entry is audited, then a change keeps the batch's reason in the audit trail.
    expect((await batch(teacher, [{ assessmentId: a1, grades: [{ codeMassar: pupils[1].code, value: 9 }] }], 'copy re-marked')).errors).toBeUndefined();
    const audit = await api.db.query('SELECT old_value::float AS old, new_value::float AS new, reason FROM grade_audit WHERE student_id = $1 ORDER BY id', [pupils[1].id]);
    expect(audit).toEqual([{ old: null, new: 8, reason: null }, { old: 8, new: 9, reason: 'copy re-marked' }]);
  });

  it('writes nothing when one row of the third assessment is bad, and names the assessment and the row', async () => {
    const [a1, a2, a3] = await assessments(3);
    const before = await gradeCount();
    const good = [{ codeMassar: pupils[0].code, value: 10 }, { codeMassar: pupils[1].code, value: 11 }];
    const res = await batch(teacher, [
      { assessmentId: a1, grades: good },
      { assessmentId: a2, grades: good },
      { assessmentId: a3, grades: [{ codeMassar: pupils[0].code, value: 14 }, { codeMassar: pupils[1].code, value: 21 }] },
    ]);
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE', field: 'value', path: 'assessments.2.grades.1.value',
      assessmentIndex: 2, assessmentId: a3, index: 1, codeMassar: pupils[1].code,
      rows: [{ assessmentIndex: 2, assessmentId: a3, index: 1, codeMassar: pupils[1].code, field: 'value', reason: 'OUT_OF_RANGE' }],
    });
    expect(await gradeCount()).toBe(before);

    // A pupil of another class is found in the database, after the first two assessments were checked: still nothing written.
    const stranger = (await f.student({ classId: await f.schoolClass(schoolId, { name: '1AC-7' }) })).code;
    const notInClass = await batch(teacher, [
      { assessmentId: a1, grades: good },
      { assessmentId: a2, grades: good },
      { assessmentId: a3, grades: [{ codeMassar: pupils[0].code, value: 14 }, { codeMassar: stranger, value: 12 }] },
    ]);
    expect(notInClass.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_IN_CLASS', assessmentIndex: 2, assessmentId: a3, index: 1, codeMassar: stranger });
    expect(await gradeCount()).toBe(before);

    // Every bad row is listed, across assessments, for the grid to mark each cell.
    const many = await batch(teacher, [
      { assessmentId: a1, grades: [{ codeMassar: pupils[0].code, value: 12.345 }] },
      { assessmentId: a2, grades: good },
      { assessmentId: a3, grades: [{ codeMassar: pupils[0].code, value: 1, absence: 'UNJUSTIFIED' }] },
    ]);
    expect((many.errors![0].extensions as { rows: unknown[] }).rows).toEqual([
      { assessmentIndex: 0, assessmentId: a1, index: 0, codeMassar: pupils[0].code, field: 'value', reason: 'TOO_PRECISE' },
      { assessmentIndex: 2, assessmentId: a3, index: 0, codeMassar: pupils[0].code, field: 'value', reason: 'VALUE_OR_ABSENCE' },
    ]);
    const twice = await batch(teacher, [{ assessmentId: a1, grades: good }, { assessmentId: a1, grades: good }]);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_ASSESSMENT', assessmentIndex: 1, assessmentId: a1 });
    expect(await gradeCount()).toBe(before);
  });

  it('refuses the whole batch when one assessment\'s term is locked', async () => {
    const [open] = await assessments(1);
    const [s2] = await assessments(1, teacher, classA, 'S2');
    const director = viewer(Role.DIRECTOR, { schoolId });
    expect((await api.exec(director, LOCK, { input: { classId: gid(classA), term: 'S2' } })).data!.lockTerm).toBe('LOCKED');
    const before = await gradeCount();
    const res = await batch(teacher, [
      { assessmentId: open, grades: [{ codeMassar: pupils[0].code, value: 10 }] },
      { assessmentId: s2, grades: [{ codeMassar: pupils[0].code, value: 10 }] },
    ]);
    expect(res.errors![0].extensions).toMatchObject({ code: 'GRADES_LOCKED', reason: 'LOCKED', assessmentIndex: 1, assessmentId: s2 });
    expect(await gradeCount()).toBe(before);
  });

  it('refuses another class\'s teacher, even for one assessment among the teacher\'s own', async () => {
    const [mine] = await assessments(1);
    const classB = await f.schoolClass(schoolId, { name: '1AC-3' });
    const pupilB = await f.student({ classId: classB });
    const teacherB = viewer(Role.TEACHER, { schoolId, staffMemberId: await f.teacher(schoolId, [{ classId: classB }]) });
    const [theirs] = await assessments(1, teacherB, classB);
    const before = await gradeCount();
    expect(codeOf(await batch(otherTeacher, [{ assessmentId: mine, grades: [{ codeMassar: pupils[0].code, value: 10 }] }]))).toBe('NOT_FOUND');
    const mixed = await batch(teacher, [
      { assessmentId: mine, grades: [{ codeMassar: pupils[0].code, value: 10 }] },
      { assessmentId: theirs, grades: [{ codeMassar: pupilB.code, value: 10 }] },
    ]);
    expect(codeOf(mixed)).toBe('NOT_FOUND'); // the other class's assessment is outside this teacher's reach
    // Another school's director reaches neither.
    expect(codeOf(await batch(viewer(Role.DIRECTOR, { schoolId: (await f.school()).id }), [{ assessmentId: mine, grades: [] }]))).toBe('NOT_FOUND');
    expect(await gradeCount()).toBe(before);
  });

  it('costs the same handful of statements for 1 assessment × 3 pupils as for 6 × 45', async () => {
    const big = await f.schoolClass(schoolId, { name: '1AC-9' });
    const codes: string[] = [];
    for (let i = 0; i < 45; i++) codes.push((await f.student({ classId: big })).code);
    const bigTeacher = viewer(Role.TEACHER, { schoolId, staffMemberId: await f.teacher(schoolId, [{ classId: big }]) });
    const ids = await assessments(6, bigTeacher, big);
    const run = async (columns: number, rows: number) => {
      api.statements.length = 0;
      const res = await batch(bigTeacher, ids.slice(0, columns).map((assessmentId, c) => ({
        assessmentId, grades: codes.slice(0, rows).map((codeMassar, i) => ({ codeMassar, value: (i + c) % 21 })),
      })));
      expect(res.errors).toBeUndefined();
      return api.statements.length;
    };
    const few = await run(1, 3);
    const many = await run(6, 45);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(8);
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM grade g JOIN assessment a ON a.id = g.assessment_id WHERE a.class_id = $1', [big]);
    expect(n).toBe(6 * 45);
  });
});
