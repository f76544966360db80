import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type GqlResult, type TestApi } from '../../test/graphql.js';

const SLOT = 'id weekday startsAt endsAt room term subject { code } teacher { id lastName } schoolClass { id name }';
const PLACE = `mutation($input: PlaceSlotInput!) { placeSlot(input: $input) { ${SLOT} } }`;
const REMOVE = 'mutation($id: ID!) { removeSlot(id: $id) }';
const CLASHES = `query($classId: ID!, $term: Term!, $weekday: Int!, $startsAt: String!, $endsAt: String!, $subjectCode: String, $teacherId: ID, $room: String) {
  slotClashes(classId: $classId, term: $term, weekday: $weekday, startsAt: $startsAt, endsAt: $endsAt, subjectCode: $subjectCode, teacherId: $teacherId, room: $room) {
    kind inAnotherSchool slotId className teacherName room weekday startsAt endsAt } }`;
const NODE = 'query($id: ID!) { node(id: $id) { id ... on TimetableSlot { startsAt } } }';

type V = ReturnType<typeof viewer>;
interface Clash { kind: string; inAnotherSchool: boolean; className: string | null; teacherName: string | null; room: string | null; startsAt: string | null }

describe('timetables: placing slots without clashes (placeSlot, removeSlot, slotClashes)', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let A: Awaited<ReturnType<ReturnType<typeof factories>['school']>>;
  let B: typeof A;
  let director: V;
  const cls = (id: number) => toGlobalId('SchoolClass', id);
  const staff = (id: number) => toGlobalId('StaffMember', id);
  const place = (v: V, input: Record<string, unknown>) =>
    api.exec(v, PLACE, { input: { term: 'S1', weekday: 1, subjectCode: 'MATH', ...input, classId: cls(input.classId as number), ...(input.teacherId ? { teacherId: staff(input.teacherId as number) } : {}) } });
  const clashesOf = (r: GqlResult) => (r.errors?.[0]?.extensions as { clashes?: Clash[] } | undefined)?.clashes;
  const slotCount = async (classIds: number[]) => (await api.db.query('SELECT count(*)::int AS n FROM timetable_slot WHERE class_id = ANY($1)', [classIds]))[0].n;

  /** A teacher with a name, to be told apart in the clashes. */
  async function teacher(schoolId: number, firstName: string, lastName: string, assignments: { classId: number; subject?: string }[] = []): Promise<number> {
    const id = await f.teacher(schoolId, assignments);
    await api.db.query('UPDATE staff_member SET first_name = $2, last_name = $3 WHERE id = $1', [id, firstName, lastName]);
    return id;
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    A = await f.school({ provinceCode: '06.141' });
    B = await f.school({ provinceCode: '04.421' });
    director = viewer(Role.DIRECTOR, { schoolId: A.id });
  });
  afterAll(() => api.stop());

  it('places a slot with the class × subject\'s teacher, and names each clash: the class, the teacher, the room', async () => {
    const [a1, a2] = [await f.schoolClass(A.id, { name: '1AC-1' }), await f.schoolClass(A.id, { name: '1AC-2' })];
    const bennani = await teacher(A.id, 'Karim', 'Bennani', [{ classId: a1, subject: 'MATH' }, { classId: a2, subject: 'FR' }]);
    const tazi = await teacher(A.id, 'Nadia', 'Tazi');
    const first = await place(director, { classId: a1, startsAt: '08:00', endsAt: '09:00', room: ' Salle 1 ' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.placeSlot).toMatchObject({ weekday: 1, startsAt: '08:00', endsAt: '09:00', room: 'Salle 1', term: 'S1', subject: { code: 'MATH' },
      teacher: { id: staff(bennani), lastName: 'Bennani' }, schoolClass: { id: cls(a1), name: '1AC-1' } });

    const classClash = await place(director, { classId: a1, subjectCode: 'FR', teacherId: tazi, startsAt: '08:30', endsAt: '09:30', room: 'Salle 9' });
    expect(classClash.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_CLASH' });
    expect(clashesOf(classClash)).toEqual([expect.objectContaining({ kind: 'CLASS', className: '1AC-1', startsAt: '08:00', endsAt: '09:00', weekday: 1, inAnotherSchool: false })]);
    expect(classClash.errors![0].message).toContain('1AC-1');

    const teacherClash = await place(director, { classId: a2, subjectCode: 'FR', startsAt: '08:00', endsAt: '09:00', room: 'Salle 2' });
    expect(clashesOf(teacherClash)).toEqual([expect.objectContaining({ kind: 'TEACHER', teacherName: 'Karim Bennani', className: '1AC-1', startsAt: '08:00' })]);
    expect(teacherClash.errors![0].message).toContain('Karim Bennani');

    const roomClash = await place(director, { classId: a2, subjectCode: 'FR', teacherId: tazi, startsAt: '08:45', endsAt: '09:45', room: 'Salle 1' });
    expect(clashesOf(roomClash)).toEqual([expect.objectContaining({ kind: 'ROOM', room: 'Salle 1', className: '1AC-1' })]);

    const all = await place(director, { classId: a1, startsAt: '08:15', endsAt: '08:45', room: 'Salle 1' });
    expect(clashesOf(all)!.map((c) => c.kind)).toEqual(['CLASS', 'TEACHER', 'ROOM']);
    // The editor's preview answers the same, writing nothing.
    const preview = await api.exec(director, CLASHES, { classId: cls(a1), term: 'S1', weekday: 1, startsAt: '08:15', endsAt: '08:45', subjectCode: 'MATH', room: 'Salle 1' });
    expect(preview.data!.slotClashes.map((c: Clash) => c.kind)).toEqual(['CLASS', 'TEACHER', 'ROOM']);
    expect(await slotCount([a1, a2])).toBe(1);
    // 09:00–10:00 touches 08:00–09:00 without overlapping; another term or weekday is free.
    expect((await place(director, { classId: a1, startsAt: '09:00', endsAt: '10:00', room: 'Salle 1' })).errors).toBeUndefined();
    expect((await place(director, { classId: a1, term: 'S2', startsAt: '08:00', endsAt: '09:00', room: 'Salle 1' })).errors).toBeUndefined();
    expect((await place(director, { classId: a1, weekday: 2, startsAt: '08:00', endsAt: '09:00', room: 'Salle 1' })).errors).toBeUndefined();
    const free = await api.exec(director, CLASHES, { classId: cls(a2), term: 'S1', weekday: 1, startsAt: '10:00', endsAt: '11:00', subjectCode: 'FR', room: 'Salle 1' });
    expect(free.data!.slotClashes).toEqual([]);
  });

  it('says of the teacher\'s lesson in another school only that it is in another school', async () => {
    const a1 = await f.schoolClass(A.id, { name: '1AC-3' });
    const b1 = await f.schoolClass(B.id, { name: '1AC-SECRET' });
    const shared = await teacher(A.id, 'Youssef', 'Alami', [{ classId: a1, subject: 'MATH' }]);
    // Also teaches in school B (its directorate assigned them there).
    await api.db.query(`INSERT INTO teaching_assignment (school_id, class_id, subject_id, teacher_id) SELECT $1, $2, id, $3 FROM subject WHERE code = 'MATH'`, [B.id, b1, shared]);
    const directorB = viewer(Role.DIRECTOR, { schoolId: B.id });
    const there = await place(directorB, { classId: b1, weekday: 3, startsAt: '10:00', endsAt: '11:00', room: 'Labo Hidden' });
    expect(there.errors).toBeUndefined();
    expect(there.data!.placeSlot.teacher).toMatchObject({ lastName: 'Alami' });

    const here = await place(director, { classId: a1, weekday: 3, startsAt: '10:30', endsAt: '11:30', room: 'Salle 3' });
    expect(here.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_CLASH' });
    expect(clashesOf(here)).toEqual([{ kind: 'TEACHER', inAnotherSchool: true, slotId: null, className: null, teacherName: 'Youssef Alami', room: null, weekday: 3, startsAt: null, endsAt: null }]);
    const preview = await api.exec(director, CLASHES, { classId: cls(a1), term: 'S1', weekday: 3, startsAt: '10:30', endsAt: '11:30', subjectCode: 'MATH' });
    for (const answer of [JSON.stringify(here), JSON.stringify(preview)]) {
      for (const secret of ['1AC-SECRET', 'Labo Hidden', B.code, '10:00', '11:00', toGlobalId('TimetableSlot', there.data!.placeSlot.id)]) expect(answer).not.toContain(secret);
    }
    expect(preview.data!.slotClashes).toEqual(clashesOf(here));

    // The teacher's own week spans both schools; the director of A reads only A's part of it.
    await place(director, { classId: a1, weekday: 3, startsAt: '08:00', endsAt: '09:00' });
    const week = 'query($id: ID!) { me { timetable(term: S1) { startsAt schoolClass { name } } } node(id: $id) { ... on StaffMember { timetable(term: S1) { startsAt } } } }';
    const own = await api.exec(viewer(Role.TEACHER, { schoolId: A.id, staffMemberId: shared }), week, { id: staff(shared) });
    expect(own.errors).toBeUndefined();
    expect(own.data!.me.timetable).toEqual([{ startsAt: '08:00', schoolClass: { name: '1AC-3' } }, { startsAt: '10:00', schoolClass: { name: '1AC-SECRET' } }]);
    const seenByA = await api.exec(director, week, { id: staff(shared) });
    expect(seenByA.data!.me.timetable).toEqual([]);
    expect(seenByA.data!.node.timetable).toEqual([{ startsAt: '08:00' }]);
  });

  it('lets exactly one of two concurrent placements win; the database refuses the one that passed the check too late', async () => {
    const [c1, c2] = [await f.schoolClass(A.id, { name: '2AC-1', level: '2AC' }), await f.schoolClass(A.id, { name: '2AC-2', level: '2AC' })];
    const [t1, t2] = [await teacher(A.id, 'Amal', 'Idrissi'), await teacher(A.id, 'Omar', 'Fassi')];
    const race = await Promise.all([
      place(director, { classId: c1, teacherId: t1, weekday: 2, startsAt: '08:00', endsAt: '09:00', room: 'Salle 7' }),
      place(director, { classId: c2, teacherId: t2, weekday: 2, startsAt: '08:30', endsAt: '09:30', room: 'Salle 7' }),
    ]);
    expect(race.map((r) => (r.errors ? r.errors[0].extensions!.reason : 'PLACED')).sort()).toEqual(['PLACED', 'SLOT_CLASH']);
    const loser = race.find((r) => r.errors)!;
    expect(clashesOf(loser)).toEqual([expect.objectContaining({ kind: 'ROOM', room: 'Salle 7' })]);
    expect(await slotCount([c1, c2])).toBe(1);

    // A placement that checks while another's insert is not committed yet passes the check, then
    // waits on the exclusion constraint and is refused by it: the same CONFLICT, naming the winner.
    const runner = api.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query(
      `INSERT INTO timetable_slot (school_id, school_year_id, term, class_id, subject_id, teacher_id, room, weekday, starts_at, ends_at)
       SELECT c.school_id, c.school_year_id, 'S1', c.id, su.id, $2, 'Salle 8', 4, '08:00', '09:00' FROM school_class c, subject su WHERE c.id = $1 AND su.code = 'MATH'`,
      [c1, t1],
    );
    const pending = place(director, { classId: c2, teacherId: t2, weekday: 4, startsAt: '08:00', endsAt: '10:00', room: 'Salle 8' });
    await waitForLockWait();
    await runner.commitTransaction();
    await runner.release();
    const refused = await pending;
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_CLASH' });
    expect(clashesOf(refused)).toEqual([expect.objectContaining({ kind: 'ROOM', room: 'Salle 8', className: '2AC-1', startsAt: '08:00' })]);
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM timetable_slot WHERE class_id = $1 AND weekday = 4', [c2]);
    expect(n).toBe(0);
  });

  /** Until some statement waits on a lock (the placement blocked on the uncommitted slot). */
  async function waitForLockWait(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (n > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the placement never waited on the constraint');
  }

  it('moves a slot (it does not clash with itself) and removes it', async () => {
    const c = await f.schoolClass(A.id, { name: '3AC-1', level: '3AC' });
    const other = await f.schoolClass(A.id, { name: '3AC-2', level: '3AC' });
    const t = await teacher(A.id, 'Hind', 'Chraibi', [{ classId: c, subject: 'MATH' }]);
    const placed = (await place(director, { classId: c, weekday: 5, startsAt: '08:00', endsAt: '09:00', room: 'Salle 4' })).data!.placeSlot;
    const moved = await place(director, { slotId: placed.id, classId: c, weekday: 5, startsAt: '08:30', endsAt: '09:30', room: null });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.placeSlot).toMatchObject({ id: placed.id, startsAt: '08:30', endsAt: '09:30', room: null, teacher: { id: staff(t) } });
    const again = await place(director, { slotId: placed.id, classId: c, weekday: 6, startsAt: '10:00', endsAt: '12:00' });
    expect(again.data!.placeSlot).toMatchObject({ id: placed.id, weekday: 6, startsAt: '10:00', endsAt: '12:00' });
    // The old time is free again.
    expect((await place(director, { classId: c, weekday: 5, startsAt: '08:00', endsAt: '09:00' })).errors).toBeUndefined();
    const elsewhere = await place(director, { slotId: placed.id, classId: other, weekday: 6, startsAt: '10:00', endsAt: '12:00' });
    expect(elsewhere.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'classId' });
    expect((await api.exec(director, REMOVE, { id: placed.id })).data!.removeSlot).toBe(true);
    expect((await api.exec(director, NODE, { id: placed.id })).data!.node).toBeNull();
    expect(codeOf(await api.exec(director, REMOVE, { id: placed.id }))).toBe('NOT_FOUND');
    expect(codeOf(await place(director, { slotId: placed.id, classId: c, weekday: 6, startsAt: '10:00', endsAt: '12:00' }))).toBe('NOT_FOUND');
  });

  it('refuses days and times no school day holds, subjects the class does not learn and teachers who do not teach there', async () => {
    const c = await f.schoolClass(A.id, { name: '1AC-7' });
    const bad = async (input: Record<string, unknown>) => (await place(director, { classId: c, startsAt: '08:00', endsAt: '09:00', ...input })).errors![0].extensions;
    expect(await bad({ weekday: 7 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weekday', reason: 'INVALID_SLOT_TIME' });
    expect(await bad({ weekday: 0 })).toMatchObject({ field: 'weekday', reason: 'INVALID_SLOT_TIME' });
    expect(await bad({ startsAt: '09:00', endsAt: '08:00' })).toMatchObject({ field: 'endsAt', reason: 'INVALID_SLOT_TIME' });
    expect(await bad({ startsAt: '06:00', endsAt: '07:00' })).toMatchObject({ field: 'startsAt', reason: 'INVALID_SLOT_TIME' });
    expect(await bad({ startsAt: '8:00' })).toMatchObject({ field: 'startsAt', reason: 'INVALID_SLOT_TIME' });
    expect(await bad({ startsAt: '08:00', endsAt: '08:05' })).toMatchObject({ field: 'endsAt', reason: 'INVALID_SLOT_TIME' });
    expect(await bad({ startsAt: '08:00', endsAt: '13:00' })).toMatchObject({ field: 'endsAt', reason: 'INVALID_SLOT_TIME' });
    expect(await bad({ subjectCode: 'NOPE' })).toMatchObject({ field: 'subjectCode', reason: 'UNKNOWN_SUBJECT' });
    const [{ code: foreign }] = await api.db.query(
      `SELECT su.code FROM subject su WHERE su.id NOT IN (SELECT sc.subject_id FROM subject_coefficient_version sc JOIN level l ON l.id = sc.level_id WHERE l.code = '1AC') ORDER BY su.code LIMIT 1`,
    );
    expect(await bad({ subjectCode: foreign })).toMatchObject({ field: 'subjectCode', reason: 'SUBJECT_NOT_IN_CURRICULUM' });
    expect(await bad({ teacherId: await teacher(B.id, 'Other', 'School') })).toMatchObject({ code: 'NOT_FOUND' });
    const [{ id: head }] = await api.db.query(`INSERT INTO staff_member (school_id, first_name, last_name, first_name_ar, last_name_ar, position) VALUES ($1, 'D', 'Head', 'د', 'ر', 'DIRECTOR') RETURNING id`, [A.id]);
    expect(await bad({ teacherId: head })).toMatchObject({ field: 'teacherId', reason: 'NOT_A_TEACHER' });
    expect(await slotCount([c])).toBe(0);
  });

  it('keeps every role to its scope: the school\'s registry edits, a teacher its own and its classes\', a family its child\'s, the territory nothing', async () => {
    const S = await f.school({ provinceCode: '06.141' });
    const [taught, untaught] = [await f.schoolClass(S.id, { name: '1AC-T' }), await f.schoolClass(S.id, { name: '1AC-U' })];
    const t = await teacher(S.id, 'Sara', 'Mansouri', [{ classId: taught, subject: 'MATH' }]);
    const u = await teacher(S.id, 'Ali', 'Berrada', [{ classId: untaught, subject: 'MATH' }]);
    const child = await f.student({ classId: taught });
    const guardianId = await f.guardian([child.id]);
    await api.db.query('UPDATE student_guardian SET confirmed_at = now() WHERE guardian_id = $1', [guardianId]);
    const head = viewer(Role.DIRECTOR, { schoolId: S.id });
    const mine = (await place(head, { classId: taught, startsAt: '08:00', endsAt: '09:00', room: 'R-T' })).data!.placeSlot;
    const theirs = (await place(viewer(Role.STAFF, { schoolId: S.id }), { classId: untaught, startsAt: '08:00', endsAt: '09:00', room: 'R-U' })).data!.placeSlot;
    expect(theirs.teacher.id).toBe(staff(u));
    const read = `query($code: String!, $massar: String!, $mine: ID!, $theirs: ID!) {
      school(code: $code) { timetable(term: S1) { id } rooms(term: S1) }
      student(codeMassar: $massar) { timetable(term: S1) { id teacher { lastName } schoolClass { name } } }
      mine: node(id: $mine) { id } theirs: node(id: $theirs) { id } }`;
    const as = async (v: V) => {
      const res = await api.exec(v, read, { code: S.code, massar: child.code, mine: mine.id, theirs: theirs.id });
      return { school: res.data?.school ? { ids: res.data.school.timetable.map((s: { id: string }) => s.id), rooms: res.data.school.rooms } : null,
        student: res.data?.student?.timetable.map((s: { id: string }) => s.id) ?? null, mine: res.data?.mine?.id ?? null, theirs: res.data?.theirs?.id ?? null };
    };
    expect(await as(head)).toEqual({ school: { ids: [mine.id, theirs.id], rooms: ['R-T', 'R-U'] }, student: [mine.id], mine: mine.id, theirs: theirs.id });
    expect(await as(viewer(Role.TEACHER, { schoolId: S.id, staffMemberId: t }))).toEqual({ school: { ids: [mine.id], rooms: ['R-T'] }, student: [mine.id], mine: mine.id, theirs: null });
    const family = { school: { ids: [mine.id], rooms: ['R-T'] }, student: [mine.id], mine: mine.id, theirs: null };
    expect(await as(viewer(Role.PARENT, { guardianId }))).toEqual(family);
    expect(await as(viewer(Role.PUPIL, { studentId: child.id }))).toEqual(family);
    expect(await as(viewer(Role.PROVINCE, { provinceId: S.provinceId }))).toEqual({ school: { ids: [], rooms: [] }, student: null, mine: null, theirs: null });
    expect(await as(viewer(Role.MINISTRY))).toEqual({ school: { ids: [], rooms: [] }, student: null, mine: null, theirs: null });
    expect(await as(director)).toEqual({ school: null, student: null, mine: null, theirs: null });
    // Another school's director: its classes and slots answer as missing ones.
    expect(codeOf(await place(director, { classId: taught, startsAt: '10:00', endsAt: '11:00' }))).toBe('NOT_FOUND');
    expect(codeOf(await api.exec(director, REMOVE, { id: mine.id }))).toBe('NOT_FOUND');
    expect(codeOf(await api.exec(director, CLASHES, { classId: cls(taught), term: 'S1', weekday: 1, startsAt: '08:00', endsAt: '09:00' }))).toBe('NOT_FOUND');
    // Teachers, families and the territory edit nothing.
    for (const v of [viewer(Role.TEACHER, { schoolId: S.id, staffMemberId: t }), viewer(Role.PARENT, { guardianId }), viewer(Role.PROVINCE, { provinceId: S.provinceId })]) {
      expect((await place(v, { classId: taught, startsAt: '10:00', endsAt: '11:00' })).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION' });
      expect(codeOf(await api.exec(v, REMOVE, { id: mine.id }))).toBe('FORBIDDEN');
    }
    expect(await slotCount([taught, untaught])).toBe(2);
  });

  it('reads every class\'s week of a school in the same number of statements for 2 classes as for 8', async () => {
    const query = 'query($code: String!) { school(code: $code) { classes(year: "2025-2026") { name timetable(term: S1) { weekday startsAt subject { code } teacher { lastName } schoolClass { name } } } } }';
    const countFor = async (classes: number) => {
      const S = await f.school({ provinceCode: '06.141' });
      const head = viewer(Role.DIRECTOR, { schoolId: S.id });
      for (let i = 0; i < classes; i++) {
        const c = await f.schoolClass(S.id, { name: `1AC-${i + 1}` });
        await teacher(S.id, 'T', `Teacher${i}`, [{ classId: c, subject: 'MATH' }, { classId: c, subject: 'FR' }]);
        await place(head, { classId: c, startsAt: '08:00', endsAt: '09:00' });
        await place(head, { classId: c, subjectCode: 'FR', startsAt: '09:00', endsAt: '10:00' });
      }
      api.statements.length = 0;
      const res = await api.exec(head, query, { code: S.code });
      expect(res.errors).toBeUndefined();
      expect(res.data!.school.classes.flatMap((c: { timetable: unknown[] }) => c.timetable)).toHaveLength(classes * 2);
      return api.statements.length;
    };
    await countFor(1); // reference data (subjects, years) is then remembered, as on a running server
    const [small, large] = [await countFor(2), await countFor(8)];
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });
});
