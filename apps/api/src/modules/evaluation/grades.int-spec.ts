import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

const CREATE = 'mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id term kind number date subject { code } } }';
const RECORD = 'mutation($input: RecordGradesInput!) { recordGrades(input: $input) { value absence student { codeMassar } } }';
const LOCK = 'mutation($input: TermInput!) { lockTerm(input: $input) }';
const PUBLISH = 'mutation($input: TermInput!) { publishTerm(input: $input) }';
const REOPEN = 'mutation($input: ReopenTermInput!) { reopenTerm(input: $input) }';
// node(id:) does not resolve assessments yet (app/node.resolver.ts is outside this module): go through the class.
const AUDIT = `query($code: String!) { school(code: $code) { classes(year: "2025-2026") { assessments {
  id auditTrail { student { codeMassar } oldValue newValue newAbsence reason changedBy } } } } }`;

describe('assessments and grades', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let school: { id: number; code: string };
  let classA: number;
  let classB: number;
  let pupils: { id: number; code: string }[];
  let teacher: ReturnType<typeof viewer>;
  let otherTeacher: ReturnType<typeof viewer>;
  let director: ReturnType<typeof viewer>;
  const gid = (id: number) => toGlobalId('SchoolClass', id);
  const gradeCount = async () => (await api.db.query('SELECT count(*)::int AS n FROM grade'))[0].n as number;

  async function create(v = teacher, input: Record<string, unknown> = {}) {
    return api.exec(v, CREATE, { input: { classId: gid(classA), subjectCode: 'MATH', term: 'S1', kind: 'CONTINUOUS', date: '2025-10-15', ...input } });
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    school = await f.school();
    classA = await f.schoolClass(school.id, { name: '1AC-1' });
    classB = await f.schoolClass(school.id, { name: '1AC-2' });
    pupils = [];
    for (let i = 0; i < 4; i++) pupils.push(await f.student({ classId: classA }));
    teacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId: classA }]) });
    otherTeacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId: classB }]) });
    director = viewer(Role.DIRECTOR, { schoolId: school.id });
  });
  afterAll(() => api.stop());

  it('numbers assessments within class × subject × term × kind', async () => {
    const first = await create();
    expect(first.errors).toBeUndefined();
    expect(first.data!.createAssessment).toMatchObject({ term: 'S1', kind: 'CONTINUOUS', number: 1, date: '2025-10-15', subject: { code: 'MATH' } });
    expect((await create()).data!.createAssessment.number).toBe(2);
    expect((await create(teacher, { kind: 'INTEGRATED_ACTIVITY' })).data!.createAssessment.number).toBe(1);
  });

  it('refuses another class\'s teacher, a date outside the term and a kind the level does not have', async () => {
    // Another class's teacher does not reach the class: it answers as a missing one.
    expect(codeOf(await create(otherTeacher))).toBe('NOT_FOUND');
    const notAssigned = await create(teacher, { subjectCode: 'FR' }); // reaches the class, not assigned FR
    expect(notAssigned.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(notAssigned.errors![0].message).not.toMatch(/another school/);
    const outside = await create(teacher, { date: '2026-03-02' });
    expect(outside.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date', reason: 'OUTSIDE_TERM' });
    expect((await create(teacher, { kind: 'NATIONAL_EXAM' })).errors![0].extensions).toMatchObject({ field: 'kind', reason: 'KIND_NOT_IN_LEVEL' });
  });

  it('records a whole class at once, or nothing: the bad row is named', async () => {
    const id = (await create()).data!.createAssessment.id;
    const before = await gradeCount();
    const bad = await api.exec(teacher, RECORD, {
      input: { assessmentId: id, grades: [{ codeMassar: pupils[0].code, value: 12 }, { codeMassar: pupils[1].code, value: 21 }, { codeMassar: pupils[2].code, value: 9.5 }] },
    });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RANGE', index: 1, codeMassar: pupils[1].code, path: 'grades.1.value' });
    const stranger = (await f.student({ classId: classB })).code;
    const notInClass = await api.exec(teacher, RECORD, { input: { assessmentId: id, grades: [{ codeMassar: pupils[0].code, value: 12 }, { codeMassar: stranger, value: 10 }] } });
    expect(notInClass.errors![0].extensions).toMatchObject({ reason: 'NOT_IN_CLASS', index: 1, codeMassar: stranger });
    const both = await api.exec(teacher, RECORD, { input: { assessmentId: id, grades: [{ codeMassar: pupils[0].code, value: 12, absence: 'JUSTIFIED' }] } });
    expect(both.errors![0].extensions).toMatchObject({ reason: 'VALUE_OR_ABSENCE', index: 0 });
    const precise = await api.exec(teacher, RECORD, { input: { assessmentId: id, grades: [{ codeMassar: pupils[0].code, value: 12.345 }] } });
    expect(precise.errors![0].extensions).toMatchObject({ reason: 'TOO_PRECISE' });
    expect(await gradeCount()).toBe(before);

    const ok = await api.exec(teacher, RECORD, {
      input: { assessmentId: id, grades: [{ codeMassar: pupils[0].code, value: 12.25 }, { codeMassar: pupils[1].code, absence: 'JUSTIFIED' }] },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordGrades).toEqual([
      { value: 12.25, absence: null, student: { codeMassar: pupils[0].code } },
      { value: null, absence: 'JUSTIFIED', student: { codeMassar: pupils[1].code } },
    ]);
    expect(await gradeCount()).toBe(before + 2);
  });

  it('lets the director enter grades on a teacher\'s behalf, recorded in the audit trail as the director\'s', async () => {
    const [account] = await api.db.query(
      `INSERT INTO account (email, password_hash, role, display_name, school_id) VALUES ('dir.behalf@test.ma', 'x', 'DIRECTOR', 'Directrice Behalf', $1) RETURNING id`,
      [school.id],
    );
    const onBehalf = { ...director, accountId: account.id };
    const created = await create(onBehalf);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createAssessment.id;
    const res = await api.exec(onBehalf, RECORD, { input: { assessmentId: id, grades: [{ codeMassar: pupils[0].code, value: 12.5 }] } });
    expect(res.errors).toBeUndefined();
    const trail = await api.exec(onBehalf, AUDIT, { code: school.code });
    const entries = trail.data!.school.classes.flatMap((c: { assessments: { id: string; auditTrail: unknown[] }[] }) => c.assessments).find((a: { id: string }) => a.id === id).auditTrail;
    expect(entries).toEqual([expect.objectContaining({ newValue: 12.5, changedBy: 'Directrice Behalf' })]);
    // Another school's director reaches neither the class nor its assessments.
    const elsewhere = viewer(Role.DIRECTOR, { schoolId: (await f.school()).id });
    expect(codeOf(await api.exec(elsewhere, RECORD, { input: { assessmentId: id, grades: [{ codeMassar: pupils[0].code, value: 3 }] } }))).toBe('NOT_FOUND');
  });

  it('keeps an audit trail of changes that the director reads and teachers cannot', async () => {
    const id = (await create()).data!.createAssessment.id;
    const record = (value: number | null, absence: string | null, reason?: string) =>
      api.exec(teacher, RECORD, { input: { assessmentId: id, reason, grades: [{ codeMassar: pupils[0].code, value, absence }] } });
    await record(8, null);
    await record(8, null); // unchanged: no audit row
    await record(null, 'UNJUSTIFIED', 'was absent, not 8');
    const trailOf = async (v: ReturnType<typeof viewer>) => {
      const res = await api.exec(v, AUDIT, { code: school.code });
      if (res.errors) return res;
      const all = res.data!.school.classes.flatMap((c: { assessments: { id: string }[] }) => c.assessments);
      return all.find((a: { id: string }) => a.id === id)?.auditTrail ?? 'UNREACHABLE';
    };
    expect(await trailOf(director)).toEqual([
      { student: { codeMassar: pupils[0].code }, oldValue: null, newValue: 8, newAbsence: null, reason: null, changedBy: null },
      { student: { codeMassar: pupils[0].code }, oldValue: 8, newValue: null, newAbsence: 'UNJUSTIFIED', reason: 'was absent, not 8', changedBy: null },
    ]);
    expect(codeOf(await trailOf(viewer(Role.MINISTRY)))).toBe('FORBIDDEN'); // the trail names pupils: the school's director only
    expect(await trailOf(otherTeacher)).toBe('UNREACHABLE'); // another class's teacher does not even reach the assessment
    expect(codeOf(await trailOf(teacher))).toBe('FORBIDDEN'); // the class's own teacher reaches it, not its audit
    // Row scope too: a director of another school does not reach this school's trail.
    const elsewhere = viewer(Role.DIRECTOR, { schoolId: (await f.school()).id });
    const rows = await api.db.query('SELECT count(*)::int AS n FROM grade_audit WHERE assessment_id = $1', [idOf(id, 'Assessment', 'id')]);
    expect(rows[0].n).toBe(2);
    const outside = await api.exec(elsewhere, AUDIT, { code: school.code });
    expect(outside.data?.school?.classes ?? []).toEqual([]);
  });

  it('audits the first grade entered on an assessment, not only its changes', async () => {
    const id = (await create()).data!.createAssessment.id;
    const first = await api.exec(teacher, RECORD, {
      input: { assessmentId: id, grades: [{ codeMassar: pupils[2].code, value: 14.5 }, { codeMassar: pupils[3].code, absence: 'JUSTIFIED' }] },
    });
    expect(first.errors).toBeUndefined();
    const res = await api.exec(director, AUDIT, { code: school.code });
    expect(res.errors).toBeUndefined();
    const assessment = res.data!.school.classes.flatMap((c: { assessments: { id: string }[] }) => c.assessments).find((a: { id: string }) => a.id === id);
    expect(assessment.auditTrail).toEqual(expect.arrayContaining([
      { student: { codeMassar: pupils[2].code }, oldValue: null, newValue: 14.5, newAbsence: null, reason: null, changedBy: null },
      { student: { codeMassar: pupils[3].code }, oldValue: null, newValue: null, newAbsence: 'JUSTIFIED', reason: null, changedBy: null },
    ]));
    expect(assessment.auditTrail).toHaveLength(2);
  });

  it('locks, publishes and reopens a term; a locked term refuses grades with GRADES_LOCKED', async () => {
    const id = (await create(teacher, { term: 'S2', date: '2026-03-02' })).data!.createAssessment.id;
    const term = { classId: gid(classA), term: 'S2' };
    expect(codeOf(await api.exec(teacher, LOCK, { input: term }))).toBe('FORBIDDEN');
    expect((await api.exec(director, PUBLISH, { input: term })).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TERM_NOT_LOCKED' });
    expect((await api.exec(director, LOCK, { input: term })).data!.lockTerm).toBe('LOCKED');
    const locked = await api.exec(teacher, RECORD, { input: { assessmentId: id, grades: [{ codeMassar: pupils[0].code, value: 15 }] } });
    expect(codeOf(locked)).toBe('GRADES_LOCKED');
    expect(codeOf(await create(teacher, { term: 'S2', date: '2026-03-03' }))).toBe('GRADES_LOCKED');
    expect((await api.exec(director, PUBLISH, { input: term })).data!.publishTerm).toBe('PUBLISHED');
    expect(codeOf(await api.exec(director, REOPEN, { input: { ...term, reason: '' } }))).toBe('BAD_USER_INPUT');
    // Blanks pass a length check but say nothing.
    expect((await api.exec(director, REOPEN, { input: { ...term, reason: '      ' } })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await api.exec(director, REOPEN, { input: { ...term, reason: 'late exam paper' } })).data!.reopenTerm).toBe('OPEN');
    const [row] = await api.db.query(`SELECT reopen_reason, published_at FROM term_status WHERE class_id = $1 AND term = 'S2'`, [classA]);
    expect(row).toEqual({ reopen_reason: 'late exam paper', published_at: null });
    expect((await api.exec(teacher, RECORD, { input: { assessmentId: id, grades: [{ codeMassar: pupils[0].code, value: 15 }] } })).errors).toBeUndefined();
  });

  it('records 45 grades in a small, constant number of statements', async () => {
    const big = await f.schoolClass(school.id, { name: '1AC-9' });
    const codes: string[] = [];
    for (let i = 0; i < 45; i++) codes.push((await f.student({ classId: big })).code);
    const bigTeacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId: big }]) });
    const id = (await create(bigTeacher, { classId: gid(big) })).data!.createAssessment.id;
    const run = async (n: number) => {
      api.statements.length = 0;
      const res = await api.exec(bigTeacher, RECORD, { input: { assessmentId: id, grades: codes.slice(0, n).map((c, i) => ({ codeMassar: c, value: 10 + (i % 10) })) } });
      expect(res.errors).toBeUndefined();
      return api.statements.length;
    };
    const few = await run(3);
    const many = await run(45);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(8);
    expect((await api.db.query('SELECT count(*)::int AS n FROM grade WHERE assessment_id = $1', [Number(Buffer.from(id, 'base64url').toString().split(':')[1])]))[0].n).toBe(45);
  });
});
