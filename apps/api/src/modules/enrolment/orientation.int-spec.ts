import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { schoolYearDates } from '../schooling/school-calendar.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

const SUBMIT = `mutation($input: OrientationWishesInput!) { submitOrientationWishes(input: $input) {
  student { codeMassar } year open wishes { rank stream { code } } submittedBy } }`;
const DEADLINE = `mutation($input: SetOrientationDeadlineInput!) { setOrientationDeadline(input: $input) { year deadline school { code } } }`;
const READ = `query($code: String!) { student(codeMassar: $code) { orientation { year deadline open wishes { rank stream { code } } submittedAt submittedBy
  decision { decision stream { code } } } } }`;
const CONFIRM = `mutation($input: ConfirmDecisionsInput!) { confirmDecisions(input: $input) { student { codeMassar } decision decisionStream { code } } }`;
const TERM = (name: string) => `mutation($input: TermInput!) { ${name}(input: $input) }`;

/** The school year under way (or about to start), so that a deadline at its end is still ahead whatever the day the tests run. */
function openYear(): { name: string; startsOn: string; endsOn: string } {
  const today = new Date();
  const start = today.getUTCMonth() >= 6 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return schoolYearDates(`${start}-${start + 1}`);
}

type Pupil = { id: number; code: string };
type V = ReturnType<typeof viewer>;

describe('orientation wishes and the decided stream', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  const year = openYear();
  let school: { id: number; code: string };
  let classes: Record<'ac1' | 'ac3' | 'tc' | 'bac1', number>;
  let p3: Pupil; let q3: Pupil; let pt: Pupil; let pb: Pupil; let p1: Pupil;
  let director: V; let staff: V; let teacher: V; let parent: V; let otherParent: V; let pendingParent: V; let pupil: V; let otherDirector: V;

  const submit = (v: V, codeMassar: string, streamCodes: string[]) => api.exec(v, SUBMIT, { input: { codeMassar, streamCodes } });
  const read = async (v: V, code: string) => (await api.exec(v, READ, { code })).data?.student?.orientation;
  const wishCount = async () => (await api.db.query('SELECT count(*)::int AS n FROM orientation_wish'))[0].n as number;
  const confirm = (v: V, classId: number, decisions: Record<string, unknown>[]) =>
    api.exec(v, CONFIRM, { input: { classId: toGlobalId('SchoolClass', classId), decisions } });
  const term = (classId: number, t: string) => ({ input: { classId: toGlobalId('SchoolClass', classId), term: t } });

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    school = await f.school();
    const other = await f.school();
    classes = {
      ac1: await f.schoolClass(school.id, { name: '1AC-1', level: '1AC', year: year.name }),
      ac3: await f.schoolClass(school.id, { name: '3AC-1', level: '3AC', year: year.name }),
      tc: await f.schoolClass(school.id, { name: 'TCS-1', level: 'TC', stream: 'TC_SCI', year: year.name }),
      bac1: await f.schoolClass(school.id, { name: '1BAC-SEXP-1', level: '1BAC', stream: 'SEXP', year: year.name }),
    };
    p3 = await f.student({ classId: classes.ac3, lastName: 'Alami' });
    q3 = await f.student({ classId: classes.ac3, lastName: 'Bennani' });
    pt = await f.student({ classId: classes.tc });
    pb = await f.student({ classId: classes.bac1 });
    p1 = await f.student({ classId: classes.ac1 });
    const [account] = await api.db.query(
      `INSERT INTO account (email, password_hash, role, display_name, school_id) VALUES ('dir@test.ma', 'x', 'DIRECTOR', 'Nadia Berrada', $1) RETURNING id`,
      [school.id],
    );
    const guardianId = await f.guardian([p3.id, pb.id]);
    const [parentAccount] = await api.db.query(
      `INSERT INTO account (email, password_hash, role, display_name, guardian_id) VALUES ('amina@test.ma', 'x', 'PARENT', 'Amina Alami', $1) RETURNING id`,
      [guardianId],
    );
    director = viewer(Role.DIRECTOR, { schoolId: school.id, accountId: account.id });
    staff = viewer(Role.STAFF, { schoolId: school.id });
    teacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId: classes.ac3 }]) });
    parent = viewer(Role.PARENT, { guardianId, accountId: parentAccount.id });
    otherParent = viewer(Role.PARENT, { guardianId: await f.guardian([q3.id]) });
    pupil = viewer(Role.PUPIL, { studentId: pt.id });
    otherDirector = viewer(Role.DIRECTOR, { schoolId: other.id });
    // A link the school made that the parent has not confirmed yet: the pupil is not theirs.
    const [pending] = await api.db.query(
      `INSERT INTO guardian (first_name, last_name, first_name_ar, last_name_ar) VALUES ('Omar', 'Alami', 'عمر', 'العلمي') RETURNING id`,
    );
    await api.db.query('INSERT INTO student_guardian (student_id, guardian_id, relationship, school_id, confirmed_at) VALUES ($1, $2, $3, $4, NULL)', [
      p3.id, pending.id, 'FATHER', school.id,
    ]);
    pendingParent = viewer(Role.PARENT, { guardianId: Number(pending.id) });
  });
  afterAll(() => api.stop());

  it('refuses wishes until the school sets its deadline, which only its director may set, within the year', async () => {
    expect((await submit(parent, p3.code, ['TC_SCI'])).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE_NOT_SET' });
    const input = { schoolCode: school.code, year: year.name, deadline: year.endsOn };
    expect(codeOf(await api.exec(staff, DEADLINE, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(otherDirector, DEADLINE, { input }))).toBe('NOT_FOUND');
    const outside = await api.exec(director, DEADLINE, { input: { ...input, deadline: `${year.name.slice(5)}-07-15` } });
    expect(outside.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deadline', reason: 'DEADLINE_OUTSIDE_YEAR' });
    expect(await api.db.query('SELECT * FROM orientation_deadline')).toEqual([]);

    const set = await api.exec(director, DEADLINE, { input });
    expect(set.data!.setOrientationDeadline).toEqual({ year: year.name, deadline: year.endsOn, school: { code: school.code } });
    const shown = await api.exec(staff, `query($code: String!) { school(code: $code) { orientationDeadline } }`, { code: school.code });
    expect(shown.data!.school.orientationDeadline).toBe(year.endsOn);
  });

  it('takes wishes for pupils of 3AC, TC and 1BAC only, among the streams of their next level', async () => {
    expect((await submit(parent, p3.code, ['TC_SCI', 'TC_LSH'])).data!.submitOrientationWishes).toEqual({
      student: { codeMassar: p3.code }, year: year.name, open: true, submittedBy: 'Amina Alami',
      wishes: [{ rank: 1, stream: { code: 'TC_SCI' } }, { rank: 2, stream: { code: 'TC_LSH' } }],
    });
    // The pupil themself (FAMILY), from TC to the 1BAC streams; codes are read case-insensitively.
    const own = await submit(pupil, pt.code.toLowerCase(), ['sm', 'SEXP', 'ST', 'SEG']);
    expect(own.data!.submitOrientationWishes.wishes.map((w: { stream: { code: string } }) => w.stream.code)).toEqual(['SM', 'SEXP', 'ST', 'SEG']);
    expect((await submit(parent, pb.code, ['PC', 'SVT'])).errors).toBeUndefined();

    const [child] = await api.db.query(`INSERT INTO student_guardian (student_id, guardian_id, relationship) VALUES ($1, $2, 'MOTHER') RETURNING student_id`, [
      p1.id, parent.grants[0].scope.id,
    ]);
    expect(child).toBeDefined();
    expect((await submit(parent, p1.code, ['TC_SCI'])).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_ORIENTATION_LEVEL' });
    expect(await wishCount()).toBe(8);
  });

  it('refuses bad lists of streams, naming the stream, and writes nothing', async () => {
    const before = await api.db.query('SELECT * FROM orientation_wish ORDER BY student_id, rank');
    const cases: [string[], Record<string, unknown>][] = [
      [[], { code: 'BAD_USER_INPUT', field: 'streamCodes' }],
      [['TC_SCI', 'TC_LSH', 'SM', 'SEXP', 'ST'], { code: 'BAD_USER_INPUT', field: 'streamCodes' }],
      [['TC_LSH', 'tc_lsh'], { code: 'BAD_USER_INPUT', reason: 'DUPLICATE_STREAM', path: 'streamCodes.1', index: 1 }],
      [['TC_LSH', 'SEXP'], { code: 'BAD_USER_INPUT', reason: 'INVALID_STREAM', path: 'streamCodes.1', index: 1 }],
      [['NOPE'], { code: 'BAD_USER_INPUT', reason: 'INVALID_STREAM', path: 'streamCodes.0' }],
    ];
    for (const [codes, expected] of cases) expect((await submit(parent, p3.code, codes)).errors![0].extensions, codes.join()).toMatchObject(expected);
    expect(await api.db.query('SELECT * FROM orientation_wish ORDER BY student_id, rank')).toEqual(before);
  });

  it('replaces earlier wishes as a whole, also under concurrent submissions', async () => {
    const res = await submit(parent, p3.code, ['TC_LSH']);
    expect(res.data!.submitOrientationWishes.wishes).toEqual([{ rank: 1, stream: { code: 'TC_LSH' } }]);
    const runs = await Promise.all(Array.from({ length: 8 }, (_, i) => submit(parent, p3.code, i % 2 ? ['TC_SCI', 'TC_LSH'] : ['TC_LSH', 'TC_SCI'])));
    for (const r of runs) expect(r.errors).toBeUndefined();
    const rows = await api.db.query('SELECT rank FROM orientation_wish WHERE student_id = $1 ORDER BY rank', [p3.id]);
    expect(rows).toEqual([{ rank: 1 }, { rank: 2 }]);
  });

  it('answers a pupil outside the family like an unknown code, and lets no one else submit', async () => {
    const unknown = await submit(otherParent, 'Z999999999', ['TC_SCI']);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(await submit(otherParent, p3.code, ['TC_SCI'])).toEqual(unknown);
    expect(await submit(pendingParent, p3.code, ['TC_SCI'])).toEqual(unknown);
    expect(await submit(pupil, pb.code, ['TC_SCI'])).toEqual(unknown);
    for (const v of [director, staff, teacher]) expect(codeOf(await submit(v, p3.code, ['TC_SCI']))).toBe('FORBIDDEN');
    expect(await api.db.query('SELECT stream_id FROM orientation_wish WHERE student_id = $1 ORDER BY rank', [p3.id])).toHaveLength(2);
  });

  it('shows the wishes to the family and the school\'s staff, not to teachers nor to another school', async () => {
    const family = await read(parent, p3.code);
    expect(family).toMatchObject({ year: year.name, deadline: year.endsOn, open: true, submittedBy: 'Amina Alami', decision: null });
    expect(family.wishes).toHaveLength(2);
    expect(await read(staff, p3.code)).toEqual(family);
    expect(await read(director, p3.code)).toEqual(family);
    expect(await read(teacher, p3.code)).toBeNull();
    expect(codeOf(await api.exec(otherDirector, READ, { code: p3.code }))).toBe('NOT_FOUND');
    // A 1AC pupil has an orientation without wishes, closed.
    expect(await read(staff, p1.code)).toMatchObject({ open: false, wishes: [], submittedAt: null });
  });

  it('lists the class\'s wishes for the council in a fixed number of statements: all for staff, their own for a family', async () => {
    const LIST = `query($code: String!) { school(code: $code) { classes(year: "${year.name}") { name
      orientationWishes { student { codeMassar } wishes { rank stream { code } } decision { decision } } } } }`;
    api.statements.length = 0;
    const res = await api.exec(staff, LIST, { code: school.code });
    expect(res.errors).toBeUndefined();
    const byClass = Object.fromEntries(res.data!.school.classes.map((c: { name: string; orientationWishes: unknown[] }) => [c.name, c.orientationWishes]));
    expect(byClass['3AC-1']).toEqual([
      { student: { codeMassar: p3.code }, wishes: expect.any(Array), decision: null },
      { student: { codeMassar: q3.code }, wishes: [], decision: null },
    ]);
    expect(byClass['1BAC-SEXP-1']).toEqual([{ student: { codeMassar: pb.code }, wishes: [{ rank: 1, stream: { code: 'PC' } }, { rank: 2, stream: { code: 'SVT' } }], decision: null }]);
    // School, classes, rosters, orientations, pupils, decisions: one statement each whatever the number of classes (streams are reference data).
    expect(api.statements.length).toBeLessThanOrEqual(6);
    const mine = await api.exec(parent, LIST, { code: school.code });
    const seen = mine.data!.school.classes.flatMap((c: { orientationWishes: { student: { codeMassar: string } }[] }) => c.orientationWishes.map((o) => o.student.codeMassar));
    expect(seen.sort()).toEqual([p1.code, p3.code, pb.code].sort());
    const theirs = await api.exec(teacher, LIST, { code: school.code });
    expect(theirs.data!.school.classes.flatMap((c: { orientationWishes: unknown[] }) => c.orientationWishes)).toEqual([]);
  });

  it('refuses wishes once the deadline has passed', async () => {
    await api.db.query(`UPDATE orientation_deadline SET deadline = '2020-01-01'`);
    expect((await submit(parent, p3.code, ['TC_SCI'])).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE_PASSED' });
    expect(await read(parent, p3.code)).toMatchObject({ open: false, deadline: '2020-01-01' });
    await api.db.query('UPDATE orientation_deadline SET deadline = $1', [year.endsOn]);
  });

  it('records the stream the council decides, by the rules the rollover follows', async () => {
    for (const c of [classes.ac3, classes.tc]) expect((await api.exec(director, TERM('lockTerm'), term(c, 'S2'))).errors).toBeUndefined();
    const refused: [number, Record<string, unknown>, string][] = [
      [classes.ac3, { codeMassar: q3.code, decision: 'REORIENTED' }, 'STREAM_REQUIRED'],
      [classes.ac3, { codeMassar: q3.code, decision: 'REPEAT', streamCode: 'TC_SCI' }, 'STREAM_NOT_ALLOWED'],
      [classes.ac3, { codeMassar: q3.code, decision: 'PROMOTED', streamCode: 'SEXP' }, 'INVALID_STREAM'],
      [classes.tc, { codeMassar: pt.code, decision: 'REORIENTED', streamCode: 'TC_SCI' }, 'INVALID_STREAM'], // its own stream: that is REPEAT
      [classes.tc, { codeMassar: pt.code, decision: 'PROMOTED', streamCode: 'PC' }, 'INVALID_STREAM'],
    ];
    for (const [classId, row, reason] of refused) {
      // In 3AC behind a good row, which is not written either.
      const rows = classId === classes.ac3 ? [{ codeMassar: p3.code, decision: 'PROMOTED' }, row] : [row];
      const index = rows.length - 1;
      const res = await confirm(director, classId, rows);
      expect(res.errors![0].extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'streamCode', path: `decisions.${index}.streamCode`, index });
    }
    expect(await api.db.query('SELECT * FROM year_decision')).toEqual([]);

    const council = await confirm(director, classes.ac3, [
      { codeMassar: p3.code, decision: 'PROMOTED', streamCode: 'tc_sci' },
      { codeMassar: q3.code, decision: 'REPEAT' },
    ]);
    expect(council.data!.confirmDecisions).toEqual([
      { student: { codeMassar: p3.code }, decision: 'PROMOTED', decisionStream: { code: 'TC_SCI' } },
      { student: { codeMassar: q3.code }, decision: 'REPEAT', decisionStream: null },
    ]);
    // Another stream of the same level: a TC scientific pupil reoriented to TC letters.
    expect((await confirm(director, classes.tc, [{ codeMassar: pt.code, decision: 'REORIENTED', streamCode: 'TC_LSH' }])).errors).toBeUndefined();
    const rows = await api.db.query(
      `SELECT d.decision, s.code, s.level_id = c.level_id AS same_level FROM year_decision d JOIN stream s ON s.id = d.stream_id JOIN school_class c ON c.id = d.class_id ORDER BY s.code`,
    );
    expect(rows).toEqual([{ decision: 'REORIENTED', code: 'TC_LSH', same_level: true }, { decision: 'PROMOTED', code: 'TC_SCI', same_level: false }]);
    await expect(api.db.query(`UPDATE year_decision SET stream_id = NULL WHERE decision = 'REORIENTED'`)).rejects.toThrow(/year_decision_stream/);
  });

  it('shows the decision with its stream to staff at once, and to the family once S2 is published', async () => {
    expect((await read(staff, p3.code)).decision).toEqual({ decision: 'PROMOTED', stream: { code: 'TC_SCI' } });
    expect((await read(parent, p3.code)).decision).toBeNull();
    expect((await read(pupil, pt.code)).decision).toBeNull();
    expect((await api.exec(director, TERM('publishTerm'), term(classes.ac3, 'S2'))).errors).toBeUndefined();
    expect((await read(parent, p3.code)).decision).toEqual({ decision: 'PROMOTED', stream: { code: 'TC_SCI' } });
    expect((await read(pupil, pt.code)).decision).toBeNull(); // TC's S2 is still only locked
  });
});
