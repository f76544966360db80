import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

const CONFIRM = `mutation($input: ConfirmDecisionsInput!) { confirmDecisions(input: $input) {
  student { codeMassar } term generalAverage decision proposedDecision decisionConfirmed } }`;
const TERM = (name: string) => `mutation($input: TermInput!) { ${name}(input: $input) }`;
const CLASS = `query($code: String!) { school(code: $code) { classes(year: "2025-2026") {
  year: results { students { student { codeMassar } decision proposedDecision decisionConfirmed decisionNote } }
  s1: results(term: S1) { students { decision proposedDecision decisionConfirmed } } } } }`;
const FAMILY = `query($code: String!) { student(codeMassar: $code) { results(year: "2025-2026") { decision proposedDecision decisionConfirmed } } }`;
const STATE = `query($code: String!) { school(code: $code) { classes(year: "2025-2026") { termStatus(term: S2)
  s1: termState(term: S1) { status lockedAt lockedBy }
  s2: termState(term: S2) { status lockedAt lockedBy publishedAt publishedBy reopenedAt reopenedBy reopenReason } } } }`;

type Pupil = { id: number; code: string };

describe('class council and term state', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let school: { id: number; code: string };
  let classId: number;
  let a: Pupil;
  let b: Pupil;
  let c: Pupil;
  let director: ReturnType<typeof viewer>;
  let teacher: ReturnType<typeof viewer>;
  let parent: ReturnType<typeof viewer>;
  const term = (t: string) => ({ input: { classId: toGlobalId('SchoolClass', classId), term: t } });
  const confirm = (v: ReturnType<typeof viewer>, decisions: Record<string, unknown>[]) =>
    api.exec(v, CONFIRM, { input: { classId: toGlobalId('SchoolClass', classId), decisions } });
  const decisionCount = async () => (await api.db.query('SELECT count(*)::int AS n FROM year_decision'))[0].n as number;

  /** One continuous test of a subject in a term, marked as given (SQL: no term dates to respect here). */
  async function marks(t: string, subject: string, values: [Pupil, number][]) {
    const [row] = await api.db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, su.id, c.school_year_id, $2, 'CONTINUOUS', 1, '2025-11-03' FROM school_class c, subject su WHERE c.id = $1 AND su.code = $3
       RETURNING id`,
      [classId, t, subject],
    );
    await api.db.query(
      `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value)
       SELECT school_id, school_year_id, id, unnest($2::bigint[]), unnest($3::numeric[]) FROM assessment WHERE id = $1`,
      [row.id, values.map(([p]) => p.id), values.map(([, v]) => v)],
    );
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    school = await f.school();
    classId = await f.schoolClass(school.id, { name: '1AC-1' });
    a = await f.student({ classId, lastName: 'Alami' });
    b = await f.student({ classId, lastName: 'Bennis' });
    c = await f.student({ classId, lastName: 'Chraibi' });
    const [account] = await api.db.query(
      `INSERT INTO account (email, password_hash, role, display_name, school_id) VALUES ('dir@test.ma', 'x', 'DIRECTOR', 'Nadia Berrada', $1) RETURNING id`,
      [school.id],
    );
    director = viewer(Role.DIRECTOR, { schoolId: school.id, accountId: account.id });
    teacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId }]) });
    parent = viewer(Role.PARENT, { guardianId: await f.guardian([b.id]) });
    // Year averages (1AC, S1 and S2 weighted 1:1): a 12.5 → PROMOTED, b 7.5 → REPEAT, c 11 → PROMOTED.
    await marks('S1', 'MATH', [[a, 14], [b, 6], [c, 11]]);
    await marks('S1', 'FR', [[a, 12], [b, 8], [c, 11]]);
    await marks('S2', 'MATH', [[a, 12], [b, 8], [c, 11]]);
    await marks('S2', 'FR', [[a, 12], [b, 8], [c, 11]]);
  });
  afterAll(() => api.stop());

  it('shows the proposal, unconfirmed, until the council sits', async () => {
    const res = await api.exec(director, CLASS, { code: school.code });
    expect(res.errors).toBeUndefined();
    const [cls] = res.data!.school.classes;
    expect(cls.year.students.map((s: { decision: string; proposedDecision: string; decisionConfirmed: boolean }) => [s.decision, s.proposedDecision, s.decisionConfirmed]))
      .toEqual([['PROMOTED', 'PROMOTED', false], ['REPEAT', 'REPEAT', false], ['PROMOTED', 'PROMOTED', false]]);
    expect(cls.s1.students[0]).toEqual({ decision: null, proposedDecision: null, decisionConfirmed: false });
  });

  it('refuses a teacher, a director of another school, and a year whose S2 is not locked', async () => {
    const rows = [{ codeMassar: a.code, decision: 'PROMOTED' }];
    expect(codeOf(await confirm(teacher, rows))).toBe('FORBIDDEN');
    const elsewhere = viewer(Role.DIRECTOR, { schoolId: (await f.school()).id });
    expect(codeOf(await confirm(elsewhere, rows))).toBe('NOT_FOUND');
    expect((await confirm(director, rows)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'YEAR_NOT_CLOSED' });
    expect(await decisionCount()).toBe(0);
  });

  it('writes all rows or none, naming the bad row', async () => {
    expect((await api.exec(director, TERM('lockTerm'), term('S2'))).data!.lockTerm).toBe('LOCKED');
    // A pupil of another school's class (this school's class list stays one class long).
    const stranger = await f.student({ classId: await f.schoolClass((await f.school()).id) });
    const notInClass = await confirm(director, [{ codeMassar: a.code, decision: 'PROMOTED' }, { codeMassar: stranger.code, decision: 'REPEAT' }]);
    expect(notInClass.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT', reason: 'NOT_IN_CLASS', index: 1, codeMassar: stranger.code, path: 'decisions.1.codeMassar',
    });
    const unknown = await confirm(director, [{ codeMassar: 'Z999999999', decision: 'PROMOTED' }]);
    expect(unknown.errors![0].extensions).toMatchObject({ reason: 'NOT_IN_CLASS', index: 0 });
    const twice = await confirm(director, [{ codeMassar: a.code, decision: 'PROMOTED' }, { codeMassar: a.code.toLowerCase(), decision: 'REPEAT' }]);
    expect(twice.errors![0].extensions).toMatchObject({ reason: 'DUPLICATE', index: 1 });
    const long = await confirm(director, [{ codeMassar: a.code, decision: 'PROMOTED', note: 'x'.repeat(501) }]);
    expect(long.errors![0].extensions).toMatchObject({ field: 'note', reason: 'TOO_LONG', path: 'decisions.0.note' });
    expect(await decisionCount()).toBe(0);
  });

  it('confirms or overrides the proposals once S2 is locked, and keeps what was proposed', async () => {
    const res = await confirm(director, [
      { codeMassar: b.code, decision: 'PROMOTED', note: 'Progress in S2, sick in S1' },
      { codeMassar: a.code, decision: 'PROMOTED' },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.confirmDecisions).toEqual([
      { student: { codeMassar: b.code }, term: null, generalAverage: 7.5, decision: 'PROMOTED', proposedDecision: 'REPEAT', decisionConfirmed: true },
      { student: { codeMassar: a.code }, term: null, generalAverage: 12.5, decision: 'PROMOTED', proposedDecision: 'PROMOTED', decisionConfirmed: true },
    ]);
    const [cls] = (await api.exec(director, CLASS, { code: school.code })).data!.school.classes;
    expect(cls.year.students.map((s: { decisionConfirmed: boolean }) => s.decisionConfirmed)).toEqual([true, true, false]);
    expect(cls.year.students.map((s: { decisionNote: string | null }) => s.decisionNote)).toEqual([null, 'Progress in S2, sick in S1', null]);
    const [row] = await api.db.query('SELECT decision, proposed_decision, confirmed_by, note FROM year_decision WHERE student_id = $1', [b.id]);
    expect(row).toEqual({ decision: 'PROMOTED', proposed_decision: 'REPEAT', confirmed_by: director.accountId, note: 'Progress in S2, sick in S1' });
    // Confirming again replaces the decision (one row per pupil per year).
    await confirm(director, [{ codeMassar: b.code, decision: 'REPEAT' }]);
    expect(await api.db.query('SELECT decision, note FROM year_decision WHERE student_id = $1', [b.id])).toEqual([{ decision: 'REPEAT', note: null }]);
    await expect(api.db.query(`UPDATE year_decision SET decision = 'MAYBE'`)).rejects.toThrow(/check/);
  });

  it('confirms from more concurrent councils than the pool has connections', async () => {
    // Each confirmation holds a transaction: computing the proposals on a second pooled
    // connection would leave every one of them waiting for a connection, for ever.
    const runs = Array.from({ length: 8 }, () => confirm(director, [{ codeMassar: b.code, decision: 'REPEAT' }, { codeMassar: a.code, decision: 'PROMOTED' }]));
    const stalled = new Promise<'stalled'>((resolve) => setTimeout(() => resolve('stalled'), 15_000).unref());
    const results = await Promise.race([Promise.all(runs), stalled]);
    expect(results).not.toBe('stalled');
    for (const res of results as Awaited<(typeof runs)[number]>[]) expect(res.errors).toBeUndefined();
    expect(await decisionCount()).toBe(2);
  }, 30_000);

  it('shows families the decision once S2 is published, without the proposal', async () => {
    expect((await api.exec(parent, FAMILY, { code: b.code })).data!.student.results).toBeNull();
    expect((await api.exec(director, TERM('publishTerm'), term('S2'))).errors).toBeUndefined();
    const res = await api.exec(parent, FAMILY, { code: b.code });
    expect(res.data!.student.results).toEqual({ decision: 'REPEAT', proposedDecision: null, decisionConfirmed: true });
  });

  it('says who locked, published and reopened a term, to staff only', async () => {
    const [before] = (await api.exec(director, STATE, { code: school.code })).data!.school.classes;
    expect(before.s1).toEqual({ status: 'OPEN', lockedAt: null, lockedBy: null });
    expect(before.s2).toMatchObject({ status: 'PUBLISHED', lockedBy: 'Nadia Berrada', publishedBy: 'Nadia Berrada', reopenedAt: null, reopenReason: null });
    expect(Date.parse(before.s2.lockedAt)).toBeLessThanOrEqual(Date.parse(before.s2.publishedAt));

    const reopen = 'mutation($input: ReopenTermInput!) { reopenTerm(input: $input) }';
    expect((await api.exec(director, reopen, { input: { ...term('S2').input, reason: 'late exam paper' } })).errors).toBeUndefined();
    const [after] = (await api.exec(teacher, STATE, { code: school.code })).data!.school.classes;
    expect(after.termStatus).toBe('OPEN');
    expect(after.s2).toMatchObject({ status: 'OPEN', lockedBy: 'Nadia Berrada', publishedAt: null, publishedBy: null, reopenedBy: 'Nadia Berrada', reopenReason: 'late exam paper' });
    expect(after.s2.reopenedAt).not.toBeNull();

    const [family] = (await api.exec(parent, STATE, { code: school.code })).data!.school.classes;
    expect(family.s2).toEqual({ status: 'OPEN', lockedAt: null, lockedBy: null, publishedAt: null, publishedBy: null, reopenedAt: null, reopenedBy: null, reopenReason: null });
  });

  it('keeps confirmed decisions through a reopening, and refuses new ones until S2 is locked again', async () => {
    expect((await confirm(director, [{ codeMassar: c.code, decision: 'PROMOTED' }])).errors![0].extensions).toMatchObject({ reason: 'YEAR_NOT_CLOSED' });
    const [cls] = (await api.exec(director, CLASS, { code: school.code })).data!.school.classes;
    expect(cls.year.students.map((s: { decision: string; decisionConfirmed: boolean }) => [s.decision, s.decisionConfirmed]))
      .toEqual([['PROMOTED', true], ['REPEAT', true], ['PROMOTED', false]]);
  });
});
