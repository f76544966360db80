import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../../core/auth/viewer.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type GqlResult, type TestApi } from '../../test/graphql.js';

// Individual transfers (issue 10) on a real database: who decides, the one-school invariant under
// concurrent approvals, what each side reads afterwards, and the territorial decider's view.

const YEAR = '2026-2027'; // the year under way (school years exist only as the tests make them)
const PAST = '2025-2026';
const NEXT = '2027-2028';
const BIRTH = '2013-05-04'; // factories' pupils

const TRANSFER_FIELDS = 'id status requestedBy reason refusalReason decidedAt awaitingYou cancellable approvals { side approver approvedAt } student { codeMassar firstName } fromSchool { code } toSchool { code }';
const REQUEST = `mutation($input: RequestTransferInput!) { requestTransfer(input: $input) { ${TRANSFER_FIELDS} } }`;
const DECIDE = `mutation($input: DecideTransferInput!) { decideTransfer(input: $input) { ${TRANSFER_FIELDS} enrolment { status school { code } schoolClass { name } } } }`;
const CANCEL = `mutation($input: CancelTransferInput!) { cancelTransfer(input: $input) { ${TRANSFER_FIELDS} } }`;
const TRANSFERS = `query($filter: TransferFilterInput) { transfers(filter: $filter) { totalCount edges { node { ${TRANSFER_FIELDS} } } } }`;
const STUDENT = 'query($code: String!) { student(codeMassar: $code) { codeMassar firstName } }';

type School = Awaited<ReturnType<ReturnType<typeof factories>['school']>>;
type Pupil = { id: number; code: string };

describe('transfers', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let n = 0;

  /** An account row (transfers name who asked and decided) and its viewer. */
  async function account(role: Role, scope: { schoolId?: number; provinceId?: number; regionId?: number }): Promise<Viewer> {
    const [row] = await api.db.query(
      `INSERT INTO account (email, password_hash, role, display_name, region_id, province_id, school_id) VALUES ($1, 'x', $2, $3, $4, $5, $6) RETURNING id`,
      [`account${++n}@test.massar.ma`, role, `${role} ${n}`, scope.regionId ?? null, scope.provinceId ?? null, scope.schoolId ?? null],
    );
    return viewer(role, { ...scope, accountId: row.id });
  }

  /** A school with a 1AC class this year, and its director. */
  async function school(provinceCode: string, capacity = 45): Promise<School & { classId: number; director: Viewer }> {
    const s = await f.school({ provinceCode });
    const classId = await f.schoolClass(s.id, { name: `1AC-${++n}`, year: YEAR, capacity });
    return { ...s, classId, director: await account(Role.DIRECTOR, { schoolId: s.id }) };
  }

  const request = (v: Viewer, input: Record<string, unknown>) => api.exec(v, REQUEST, { input });
  const decide = (v: Viewer, id: string, approve = true, extra: Record<string, unknown> = {}) =>
    api.exec(v, DECIDE, { input: { transferId: id, approve, ...extra } });
  const rowsOf = (pupil: Pupil) =>
    api.db.query('SELECT school_id, class_id, status, ended_on::text FROM enrolment WHERE student_id = $1 ORDER BY id', [pupil.id]);
  const transferRows = (pupil: Pupil) => api.db.query('SELECT * FROM transfer WHERE student_id = $1 ORDER BY id', [pupil.id]);

  /** A continuous test of MATH in a class's S1 with one pupil's mark; returns the assessment's global id. */
  async function grade(classId: number, pupil: Pupil, value: number): Promise<string> {
    const [a] = await api.db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, su.id, c.school_year_id, 'S1', 'CONTINUOUS', 1 + (SELECT count(*) FROM assessment WHERE class_id = c.id), '2026-10-05'
       FROM school_class c, subject su WHERE c.id = $1 AND su.code = 'MATH' RETURNING id`,
      [classId],
    );
    await api.db.query(
      'INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value) SELECT school_id, school_year_id, id, $2, $3 FROM assessment WHERE id = $1',
      [a.id, pupil.id, value],
    );
    return toGlobalId('Assessment', a.id);
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    await f.year(PAST);
    await f.year(YEAR);
  });
  afterAll(() => api.stop());

  it('within a province: the origin asks, the destination decides, and the pupil moves with the dates', async () => {
    const a = await school('06.141');
    const b = await school('06.141');
    const pupil = await f.student({ classId: a.classId });
    const asked = await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code, reason: 'Déménagement' });
    expect(asked.errors).toBeUndefined();
    const t = asked.data!.requestTransfer;
    expect(t).toMatchObject({
      status: 'REQUESTED', requestedBy: 'ORIGIN', reason: 'Déménagement', awaitingYou: false, cancellable: true,
      approvals: [{ side: 'DESTINATION', approver: 'SCHOOL', approvedAt: null }], fromSchool: { code: a.code }, toSchool: { code: b.code },
    });
    // The destination is asked to take the pupil: it sees whom, and that it must decide.
    const inbox = await api.exec(b.director, TRANSFERS, { filter: { awaitingYou: true } });
    expect(inbox.data!.transfers.edges.map((e: { node: unknown }) => e.node)).toMatchObject([{ id: t.id, awaitingYou: true, student: { codeMassar: pupil.code } }]);
    // The origin may not approve its own request.
    expect(codeOf(await decide(a.director, t.id))).toBe('FORBIDDEN');
    const done = await decide(b.director, t.id, true, { classId: toGlobalId('SchoolClass', b.classId) });
    expect(done.errors).toBeUndefined();
    expect(done.data!.decideTransfer).toMatchObject({ status: 'COMPLETED', enrolment: { status: 'ACTIVE', school: { code: b.code } } });
    const today = new Date().toISOString().slice(0, 10);
    expect(await rowsOf(pupil)).toEqual([
      { school_id: a.id, class_id: a.classId, status: 'TRANSFERRED', ended_on: today },
      { school_id: b.id, class_id: b.classId, status: 'ACTIVE', ended_on: null },
    ]);
  });

  it('drops the pupil\'s registration for next year at the school left, which would otherwise stay their current school', async () => {
    const a = await school('06.141');
    const b = await school('06.141');
    await f.year(NEXT);
    const nextClass = await f.schoolClass(a.id, { name: '2AC-N', level: '2AC', year: NEXT });
    const pupil = await f.student({ classId: a.classId });
    await f.enrol(pupil.id, nextClass);
    const id = (await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code })).data!.requestTransfer.id;
    expect((await decide(b.director, id)).data!.decideTransfer.status).toBe('COMPLETED');
    expect(await rowsOf(pupil)).toEqual([
      { school_id: a.id, class_id: a.classId, status: 'TRANSFERRED', ended_on: new Date().toISOString().slice(0, 10) },
      { school_id: b.id, class_id: b.classId, status: 'ACTIVE', ended_on: null },
    ]);
    // B is the pupil's school now: A re-registering them is told a transfer is needed.
    const WRITE = 'mutation($input: EnrolStudentInput!) { reRegisterStudent(input: $input) { status } }';
    const again = await api.exec(a.director, WRITE, { input: { codeMassar: pupil.code, classId: toGlobalId('SchoolClass', nextClass) } });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSFER_REQUIRED' });
  });

  it('refuses a transfer to the same school, to a school without the pupil\'s level, and a second pending request', async () => {
    const a = await school('06.141');
    const b = await school('06.141');
    const noLevel = await f.school({ provinceCode: '06.141' });
    await f.schoolClass(noLevel.id, { name: '2AC-1', level: '2AC', year: YEAR });
    const pupil = await f.student({ classId: a.classId });
    const same = await request(a.director, { codeMassar: pupil.code, toSchoolCode: a.code });
    expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SAME_SCHOOL', field: 'toSchoolCode' });
    const level = await request(a.director, { codeMassar: pupil.code, toSchoolCode: noLevel.code });
    expect(level.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_CLASS_FOR_LEVEL' });
    expect((await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code })).errors).toBeUndefined();
    const twice = await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSFER_PENDING' });
    // The destination asking too is the same pending move.
    expect((await request(b.director, { codeMassar: pupil.code, toSchoolCode: b.code, birthDate: BIRTH })).errors![0].extensions)
      .toMatchObject({ code: 'CONFLICT', reason: 'TRANSFER_PENDING' });
    expect(await transferRows(pupil)).toHaveLength(1);
  });

  it('answers the destination\'s request with a wrong birth date exactly like an unknown code', async () => {
    const a = await school('06.141');
    const b = await school('06.141');
    const pupil = await f.student({ classId: a.classId });
    const wrong = await request(b.director, { codeMassar: pupil.code, toSchoolCode: b.code, birthDate: '2013-05-05' });
    const none = await request(b.director, { codeMassar: pupil.code, toSchoolCode: b.code });
    const unknown = await request(b.director, { codeMassar: 'Z999999999', toSchoolCode: b.code, birthDate: BIRTH });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    expect(wrong).toEqual(unknown);
    expect(none).toEqual(unknown);
    // A third school naming the pupil it does not have: the same answer.
    const c = await school('06.141');
    expect(await request(c.director, { codeMassar: pupil.code, toSchoolCode: b.code })).toEqual(unknown);
    expect(await transferRows(pupil)).toEqual([]);
    // With the right pair, the destination asks, and the origin decides.
    const asked = await request(b.director, { codeMassar: pupil.code, toSchoolCode: b.code, birthDate: BIRTH });
    expect(asked.data!.requestTransfer).toMatchObject({ requestedBy: 'DESTINATION', approvals: [{ side: 'ORIGIN', approver: 'SCHOOL' }] });
    expect(codeOf(await decide(b.director, asked.data!.requestTransfer.id))).toBe('FORBIDDEN');
    expect((await decide(a.director, asked.data!.requestTransfer.id)).data!.decideTransfer.status).toBe('COMPLETED');
  });

  it('changes nothing on a refusal or a cancellation; only the right party may do either', async () => {
    const a = await school('06.141');
    const b = await school('06.141');
    const stranger = await school('06.141');
    const pupil = await f.student({ classId: a.classId });
    const before = await rowsOf(pupil);
    const toB = (await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code })).data!.requestTransfer.id;
    expect(codeOf(await decide(stranger.director, toB))).toBe('NOT_FOUND');
    expect(await decide(stranger.director, toB)).toEqual(await decide(stranger.director, toGlobalId('Transfer', 99_999_999)));
    const noReason = await decide(b.director, toB, false);
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'REFUSAL_REASON_REQUIRED' });
    const refused = await decide(b.director, toB, false, { reason: 'Plus de place' });
    expect(refused.data!.decideTransfer).toMatchObject({ status: 'REFUSED', refusalReason: 'Plus de place', enrolment: null });
    expect(codeOf(await decide(b.director, toB))).toBe('CONFLICT');
    expect(await rowsOf(pupil)).toEqual(before);

    const again = (await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code })).data!.requestTransfer.id;
    expect(codeOf(await api.exec(b.director, CANCEL, { input: { transferId: again } }))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(stranger.director, CANCEL, { input: { transferId: again } }))).toBe('NOT_FOUND');
    const cancelled = await api.exec(a.director, CANCEL, { input: { transferId: again } });
    expect(cancelled.data!.cancelTransfer).toMatchObject({ status: 'CANCELLED', cancellable: false });
    expect(codeOf(await decide(b.director, again))).toBe('CONFLICT');
    expect(await rowsOf(pupil)).toEqual(before);
    // After a refusal the destination no longer sees the pupil it was asked to take.
    const seen = await api.exec(b.director, TRANSFERS, {});
    expect(seen.data!.transfers.edges.map((e: { node: { student: unknown } }) => e.node.student)).toEqual([null, null]);
  });

  it('lets exactly one of two concurrent approvals win; the database alone refuses a second ACTIVE enrolment', async () => {
    const a = await school('06.141');
    const b = await school('06.141');
    const c = await school('06.141');
    const pupil = await f.student({ classId: a.classId });
    const toB = (await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code })).data!.requestTransfer.id;
    const toC = (await request(a.director, { codeMassar: pupil.code, toSchoolCode: c.code })).data!.requestTransfer.id;
    // Hold the pupil's enrolment so that both decisions are under way, each in its own transaction, before either gets it.
    const blocker = api.db.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query(`SELECT 1 FROM enrolment WHERE student_id = $1 AND status = 'ACTIVE' FOR UPDATE`, [pupil.id]);
    const both = Promise.all([decide(b.director, toB), decide(c.director, toC)]);
    await waitForLockWaiters(2);
    await blocker.commitTransaction();
    await blocker.release();
    const results: GqlResult[] = await both;
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost.map(codeOf)).toEqual(['CONFLICT']);
    const active = (await rowsOf(pupil)).filter((r: { status: string }) => r.status === 'ACTIVE');
    expect(active).toHaveLength(1);
    expect([b.id, c.id]).toContain(active[0].school_id);
    expect((await transferRows(pupil)).map((t: { status: string }) => t.status).sort()).toEqual(['CANCELLED', 'COMPLETED']);
    // The index, with no API in front: a second ACTIVE row of the year is refused.
    await expect(f.enrol(pupil.id, a.classId)).rejects.toThrow(/enrolment_one_active_idx|duplicate key/);
  });

  async function waitForLockWaiters(count: number): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const [{ waiting }] = await api.db.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (waiting >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the decisions never waited for the lock');
  }

  it('after completion, the destination reads the history; the origin its own records and nothing after', async () => {
    const a = await school('06.141');
    const b = await school('06.141');
    const pastClass = await f.schoolClass(a.id, { name: '6AP-1', level: '6AP', year: PAST });
    const pupil = await f.student({ classId: pastClass });
    await f.enrol(pupil.id, a.classId);
    await grade(pastClass, pupil, 14);
    const atA = await grade(a.classId, pupil, 12.5);
    const READ = `query($code: String!) { student(codeMassar: $code) { codeMassar results(year: "${PAST}", term: S1) { subjects { average } } } }`;
    expect(codeOf(await api.exec(b.director, READ, { code: pupil.code }))).toBe('NOT_FOUND');
    const id = (await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code })).data!.requestTransfer.id;
    expect((await decide(b.director, id)).data!.decideTransfer.status).toBe('COMPLETED');
    const atB = await grade(b.classId, pupil, 17);
    // The destination dates the arrival from the day before (the pupil came before the paperwork):
    // dates do not say which enrolment of the year is live, the status does.
    await api.db.query(`UPDATE enrolment SET enrolled_on = current_date - 1 WHERE student_id = $1 AND school_id = $2`, [pupil.id, b.id]);

    const destination = await api.exec(b.director, READ, { code: pupil.code });
    expect(destination.errors).toBeUndefined();
    expect(destination.data!.student.results.subjects.map((s: { average: number | null }) => s.average)).toContain(14);
    // The destination reads where the pupil came from, not only that they came.
    const history = await api.exec(b.director, 'query($code: String!) { student(codeMassar: $code) { enrolments { status school { code } } } }', { code: pupil.code });
    expect(history.data!.student.enrolments).toEqual([
      // Latest year first; within it, by enrolment date (the destination dated the arrival the day before).
      { status: 'TRANSFERRED', school: { code: a.code } }, { status: 'ACTIVE', school: { code: b.code } }, { status: 'ACTIVE', school: { code: a.code } },
    ]);

    const ASSESSMENT = 'query($id: ID!) { node(id: $id) { ... on Assessment { grades { value student { codeMassar } } } } }';
    const own = await api.exec(a.director, ASSESSMENT, { id: atA });
    expect(own.data!.node).toEqual({ grades: [{ value: 12.5, student: { codeMassar: pupil.code } }] });
    expect((await api.exec(a.director, ASSESSMENT, { id: atB })).data!.node).toBeNull();
    const later = await api.exec(a.director, `query($code: String!) { student(codeMassar: $code) {
      results(year: "${YEAR}", term: S1) { subjects { average } } enrolments { status endedOn school { code } } transfers { status } } }`, { code: pupil.code });
    expect(later.errors).toBeUndefined();
    expect(JSON.stringify(later.data)).not.toContain('17');
    expect(later.data!.student.enrolments).toEqual([
      { status: 'TRANSFERRED', endedOn: new Date().toISOString().slice(0, 10), school: { code: a.code } },
      { status: 'ACTIVE', endedOn: null, school: { code: a.code } },
    ]);
    expect(later.data!.student.transfers).toEqual([{ status: 'COMPLETED' }]);
  });

  it('between provinces: the origin\'s directorate decides, seeing that pupil only while the transfer is pending', async () => {
    const a = await school('06.141');
    const c = await school('06.371');
    const pupil = await f.student({ classId: a.classId });
    const other = await f.student({ classId: a.classId });
    const province = await account(Role.PROVINCE, { provinceId: a.provinceId });
    const destinationProvince = await account(Role.PROVINCE, { provinceId: c.provinceId });
    const asked = await request(c.director, { codeMassar: pupil.code, toSchoolCode: c.code, birthDate: BIRTH });
    expect(asked.data!.requestTransfer.approvals).toEqual([{ side: 'ORIGIN', approver: 'PROVINCE', approvedAt: null }]);
    const id = asked.data!.requestTransfer.id;
    expect(codeOf(await decide(a.director, id))).toBe('FORBIDDEN');

    // Its inbox: the transfers it must decide (the others of its province are the schools' to decide).
    const pending = await api.exec(province, TRANSFERS, { filter: { awaitingYou: true } });
    expect(pending.data!.transfers.edges.map((e: { node: unknown }) => e.node)).toMatchObject([
      { id, awaitingYou: true, student: { codeMassar: pupil.code, firstName: expect.any(String) } },
    ]);
    for (const code of [pupil.code, other.code]) expect(codeOf(await api.exec(province, STUDENT, { code }))).toBe('NOT_FOUND');
    expect((await api.exec(province, 'query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Student', pupil.id) })).data!.node).toBeNull();
    // The pupil's other records stay under their own rules.
    const nested = await api.exec(province, `{ transfers(filter: { awaitingYou: true }) { edges { node { student { guardians { firstName } enrolments { status } results { generalAverage } } } } } }`);
    expect(nested.data!.transfers.edges[0].node.student).toEqual({ guardians: [], enrolments: [], results: null });
    // The destination's directorate watches the transfer, without the pupil, and may not decide it.
    const watched = await api.exec(destinationProvince, TRANSFERS, {});
    expect(watched.data!.transfers.edges.map((e: { node: unknown }) => e.node)).toMatchObject([{ id, awaitingYou: false, student: null }]);
    expect(codeOf(await decide(destinationProvince, id))).toBe('FORBIDDEN');

    expect((await decide(province, id)).data!.decideTransfer).toMatchObject({ status: 'COMPLETED', student: null });
    const after = await api.exec(province, TRANSFERS, { filter: { schoolCode: c.code } });
    expect(after.data!.transfers.edges.map((e: { node: unknown }) => e.node)).toMatchObject([{ id, status: 'COMPLETED', student: null }]);
    expect((await api.exec(province, TRANSFERS, { filter: { awaitingYou: true } })).data!.transfers.totalCount).toBe(0);
  });

  it('across academies: both academies approve, in either order, before the pupil moves', async () => {
    const a = await school('06.141');
    const d = await school('04.421');
    const pupil = await f.student({ classId: a.classId });
    const origin = await account(Role.REGION, { regionId: a.regionId });
    const destination = await account(Role.REGION, { regionId: d.regionId });
    const province = await account(Role.PROVINCE, { provinceId: a.provinceId });
    const ministry = await account(Role.MINISTRY, {});
    const asked = await request(a.director, { codeMassar: pupil.code, toSchoolCode: d.code });
    expect(asked.data!.requestTransfer.approvals).toMatchObject([{ side: 'ORIGIN', approver: 'REGION' }, { side: 'DESTINATION', approver: 'REGION' }]);
    const id = asked.data!.requestTransfer.id;
    expect(codeOf(await decide(province, id))).toBe('FORBIDDEN');
    expect(codeOf(await decide(d.director, id))).toBe('FORBIDDEN');
    expect(codeOf(await decide(ministry, id))).toBe('NOT_FOUND');
    const first = await decide(destination, id);
    expect(first.data!.decideTransfer).toMatchObject({ status: 'APPROVED', awaitingYou: false, enrolment: null });
    expect(first.data!.decideTransfer.student.codeMassar).toBe(pupil.code);
    expect((await decide(destination, id)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_APPROVED' });
    expect((await rowsOf(pupil)).map((r: { status: string }) => r.status)).toEqual(['ACTIVE']);
    const last = await decide(origin, id);
    // An academy reads no pupil's enrolment: the transfer says it completed, the rows say where the pupil is.
    expect(last.data!.decideTransfer).toMatchObject({ status: 'COMPLETED', enrolment: null, student: null });
    expect((await rowsOf(pupil)).map((r: { school_id: number; status: string }) => [r.school_id, r.status])).toEqual([[a.id, 'TRANSFERRED'], [d.id, 'ACTIVE']]);
  });

  describe('the inbox filter', () => {
    const LIST = `query($filter: TransferFilterInput, $first: Int, $after: String) {
      transfers(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id student { codeMassar } } } } }`;
    const ids = async (v: Viewer, filter: Record<string, unknown>) => {
      const result = await api.exec(v, LIST, { filter });
      expect(result.errors).toBeUndefined();
      return result.data!.transfers.edges.map((e: { node: { id: string } }) => e.node.id);
    };

    it('filters on several statuses, on the side that asked, and pages in one statement', async () => {
      const a = await school('06.141');
      const b = await school('06.141');
      const [p1, p2, p3] = [await f.student({ classId: a.classId }), await f.student({ classId: a.classId }), await f.student({ classId: a.classId })];
      const byA = (await request(a.director, { codeMassar: p1.code, toSchoolCode: b.code })).data!.requestTransfer.id;
      const byB = (await request(b.director, { codeMassar: p2.code, toSchoolCode: b.code, birthDate: BIRTH })).data!.requestTransfer.id;
      const cancelled = (await request(a.director, { codeMassar: p3.code, toSchoolCode: b.code })).data!.requestTransfer.id;
      expect((await api.exec(a.director, CANCEL, { input: { transferId: cancelled } })).errors).toBeUndefined();

      expect(await ids(b.director, { requestedByYou: true })).toEqual([byB]);
      expect(await ids(b.director, { requestedByYou: false })).toEqual([cancelled, byA]);
      expect(await ids(a.director, { requestedByYou: true })).toEqual([cancelled, byA]);
      expect(await ids(b.director, { statuses: ['COMPLETED', 'REFUSED', 'CANCELLED'] })).toEqual([cancelled]);
      expect(await ids(b.director, { statuses: ['REQUESTED', 'CANCELLED'], status: 'REQUESTED' })).toEqual([byB, byA]);
      expect(await ids(a.director, { requestedByYou: true, statuses: ['REQUESTED'] })).toEqual([byA]);
      // The province watches them all; it asked for none (its schools did: "your side" is its territory's).
      const province = await account(Role.PROVINCE, { provinceId: a.provinceId });
      expect(await ids(province, { requestedByYou: true, schoolCode: b.code })).toEqual([cancelled, byB, byA]);

      api.statements.length = 0;
      const first = await api.exec(b.director, 'query($f: TransferFilterInput) { transfers(filter: $f, first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { f: { statuses: ['REQUESTED', 'APPROVED', 'CANCELLED'] } });
      expect(api.statements).toHaveLength(1);
      expect(first.data!.transfers).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const rest = await api.exec(b.director, LIST, { filter: { statuses: ['REQUESTED', 'APPROVED', 'CANCELLED'] }, first: 2, after: first.data!.transfers.pageInfo.endCursor });
      expect(rest.data!.transfers).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false }, edges: [{ node: { id: byA } }] });
      const past = await api.exec(b.director, LIST, { filter: { statuses: ['CANCELLED'] }, first: 2, after: rest.data!.transfers.pageInfo.endCursor });
      expect(past.data!.transfers).toMatchObject({ totalCount: 1, edges: [] });
      expect(codeOf(await api.exec(b.director, LIST, { filter: { statuses: ['REQUESTED', 'APPROVED', 'CANCELLED', 'REFUSED', 'COMPLETED', 'REQUESTED'] } }))).toBe('BAD_USER_INPUT');
    });

    it('searches a code Massar or last-name prefix only among the pupils the transfer shows', async () => {
      const a = await school('06.141');
      const b = await school('06.141');
      const c = await school('06.371');
      const pending = await f.student({ classId: a.classId, lastName: 'Bennani' });
      const gone = await f.student({ classId: a.classId, lastName: 'Benjelloun' });
      const away = await f.student({ classId: a.classId, lastName: 'Berrada' });
      const toB = (await request(a.director, { codeMassar: pending.code, toSchoolCode: b.code })).data!.requestTransfer.id;
      const refused = (await request(a.director, { codeMassar: gone.code, toSchoolCode: b.code })).data!.requestTransfer.id;
      expect((await decide(b.director, refused, false, { reason: 'Complet' })).errors).toBeUndefined();
      const toC = (await request(a.director, { codeMassar: away.code, toSchoolCode: c.code })).data!.requestTransfer.id;

      // The origin has all three pupils: by name (any case, accents aside), by code prefix.
      expect(await ids(a.director, { search: 'ben' })).toEqual([refused, toB]);
      expect(await ids(a.director, { search: ' BÉN ' })).toEqual([refused, toB]);
      expect(await ids(a.director, { search: away.code.slice(0, 10).toLowerCase() })).toEqual([toC]);
      expect(await ids(a.director, { search: 'العلوي' })).toEqual([toC, refused, toB]);
      // The destination sees the pupil it is asked to take, not the one it refused: neither by name nor by code.
      expect(await ids(b.director, { search: 'Ben' })).toEqual([toB]);
      expect(await ids(b.director, { search: gone.code })).toEqual([]);
      expect(await ids(b.director, {})).toEqual([refused, toB]);
      // A wildcard is a character like any other.
      expect(await ids(a.director, { search: '%' })).toEqual([]);
      // Directorates: the one deciding the move between provinces finds its pupil; the other, which
      // watches it with no pupil shown, finds nothing, even by the whole code.
      const origin = await account(Role.PROVINCE, { provinceId: a.provinceId });
      const destination = await account(Role.PROVINCE, { provinceId: c.provinceId });
      expect(await ids(origin, { search: away.code })).toEqual([toC]);
      expect(await ids(origin, { search: 'Berr' })).toEqual([toC]);
      expect(await ids(origin, { search: pending.code })).toEqual([]);
      expect(await ids(destination, { schoolCode: c.code })).toEqual([toC]);
      expect(await ids(destination, { search: away.code })).toEqual([]);
      expect(await ids(destination, { search: 'Berr' })).toEqual([]);
    });
  });

  describe('the destination\'s lookups by code and birth date', () => {
    const probes = (schoolId: number) => api.db.query('SELECT account_id FROM transfer_probe WHERE school_id = $1', [schoolId]);

    it('refuses a sixth lookup in the hour after five failures, the right date too, and says nothing of it', async () => {
      const a = await school('06.141');
      const b = await school('06.141');
      const pupil = await f.student({ classId: a.classId });
      for (const day of ['01', '02', '03', '04', '05']) {
        expect(codeOf(await request(b.director, { codeMassar: pupil.code, toSchoolCode: b.code, birthDate: `2013-01-${day}` }))).toBe('NOT_FOUND');
      }
      expect(await probes(b.id)).toHaveLength(5);
      const right = await request(b.director, { codeMassar: pupil.code, toSchoolCode: b.code, birthDate: BIRTH });
      const wrong = await request(b.director, { codeMassar: pupil.code, toSchoolCode: b.code, birthDate: '2013-01-06' });
      const unknown = await request(b.director, { codeMassar: 'Z999999999', toSchoolCode: b.code, birthDate: BIRTH });
      expect(right.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TRANSFER_LOOKUPS_EXHAUSTED', retryAfterSeconds: expect.any(Number) });
      expect((right.errors![0].extensions as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(3000);
      for (const r of [wrong, unknown]) expect(r.errors![0].message).toBe(right.errors![0].message);
      expect(await transferRows(pupil)).toEqual([]);
      // Refusals are not failures: still five.
      expect(await probes(b.id)).toHaveLength(5);
      // The origin asking is no lookup by birth date: not limited.
      expect((await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code })).errors).toBeUndefined();

      // An hour later the budget is back; a matching lookup is not a failure.
      const other = await f.student({ classId: a.classId });
      await api.db.query(`UPDATE transfer_probe SET probed_at = probed_at - interval '61 minutes' WHERE school_id = $1`, [b.id]);
      expect((await request(b.director, { codeMassar: other.code, toSchoolCode: b.code, birthDate: BIRTH })).errors).toBeUndefined();
      expect(await probes(b.id)).toEqual([]);
    });

    it('counts per account and per school: another school\'s budget is its own, a school\'s accounts share ten', async () => {
      const a = await school('06.141');
      const b = await school('06.141');
      const c = await school('06.141');
      const pupil = await f.student({ classId: a.classId });
      const wrongs = (v: Viewer, to: string, n: number) =>
        Promise.all(Array.from({ length: n }, (_, i) => request(v, { codeMassar: pupil.code, toSchoolCode: to, birthDate: `2012-02-${String(i + 10)}` })));
      // Concurrent guesses: no more than five get through (a burst may be refused early, never late).
      const burst = (await wrongs(b.director, b.code, 8)).map(codeOf);
      expect(burst.filter((code) => code === 'NOT_FOUND').length).toBeLessThanOrEqual(5);
      expect(burst.filter((code) => code !== 'NOT_FOUND')).toEqual(Array(burst.filter((code) => code !== 'NOT_FOUND').length).fill('RATE_LIMITED'));
      // Then one by one up to the account's five.
      for (let i = 0; i < 6; i++) await request(b.director, { codeMassar: pupil.code, toSchoolCode: b.code, birthDate: `2012-03-1${i}` });
      expect(await probes(b.id)).toHaveLength(5);
      // Another school: its own budget.
      expect((await request(c.director, { codeMassar: pupil.code, toSchoolCode: c.code, birthDate: BIRTH })).errors).toBeUndefined();
      // A second account of the same school: five more, then the school's ten are used up.
      const secretary = await account(Role.STAFF, { schoolId: b.id });
      expect((await wrongs(secretary, b.code, 5)).map(codeOf)).toEqual(Array(5).fill('NOT_FOUND'));
      const third = await account(Role.STAFF, { schoolId: b.id });
      expect(codeOf(await request(third, { codeMassar: pupil.code, toSchoolCode: b.code, birthDate: BIRTH }))).toBe('RATE_LIMITED');
      expect((await probes(b.id)).length).toBe(10);
    });
  });

  it('leaves everything as it was when no class of the destination has room', async () => {
    const a = await school('06.141');
    const b = await school('06.141', 1);
    await f.student({ classId: b.classId });
    const pupil = await f.student({ classId: a.classId });
    const id = (await request(a.director, { codeMassar: pupil.code, toSchoolCode: b.code })).data!.requestTransfer.id;
    const full = await decide(b.director, id);
    expect(full.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_ROOM_AT_DESTINATION' });
    expect((await rowsOf(pupil)).map((r: { status: string }) => r.status)).toEqual(['ACTIVE']);
    expect((await transferRows(pupil))[0]).toMatchObject({ status: 'REQUESTED', destination_approved_at: null });
  });
});
