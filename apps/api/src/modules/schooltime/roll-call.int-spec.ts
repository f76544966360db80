import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../../core/auth/viewer.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

// Roll calls (issue 11, "Absences") on a real database: all or nothing, replacement with its
// audit, lateness, the slot's days, who may take it, two recordings racing, and the class's week.

const YEAR = '2026-2027';
const RECORD = `mutation($input: RollCallInput!) { recordRollCall(input: $input) { id date late minutes kind term student { codeMassar } subject { code } slot { id } } }`;
const SHEET = `query($slotId: ID!, $date: String!) { rollCall(slotId: $slotId, date: $date) { slotId date taken recordedAt recordedBy minutes pupils { state minutesLate student { codeMassar } } } }`;

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

describe('roll calls', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let yearId: number;
  /** A past day of the term under way (a week ago), the slots' weekday. */
  const DAY = isoDay(-7);

  /** A class of `size` pupils (enrolled a term ago), its MATH teacher and a 2-hour MATH slot on DAY's weekday. */
  async function classWithSlot(o: { size?: number; capacity?: number; schoolId?: number } = {}) {
    const school = o.schoolId ? { id: o.schoolId } : await f.school();
    const classId = await f.schoolClass(school.id, { year: YEAR, capacity: o.capacity ?? 45 });
    const pupils = [];
    for (let i = 0; i < (o.size ?? 4); i++) pupils.push(await f.student({ classId }));
    await api.db.query('UPDATE enrolment SET enrolled_on = $2::date - 90 WHERE class_id = $1', [classId, DAY]);
    const teacherId = await f.teacher(school.id, [{ classId }]);
    const [account] = await api.db.query(
      `INSERT INTO account (email, password_hash, role, display_name, school_id, staff_member_id) VALUES ($1, 'x', 'TEACHER', 'Samir Idrissi', $2, $3) RETURNING id`,
      [`teacher${teacherId}@test.massar.ma`, school.id, teacherId],
    );
    const [slot] = await api.db.query(
      `INSERT INTO timetable_slot (school_id, school_year_id, term, class_id, subject_id, teacher_id, weekday, starts_at, ends_at)
       SELECT $1, $2, 'S1', $3, su.id, $4, $5, '08:00', '10:00' FROM subject su WHERE su.code = 'MATH' RETURNING id`,
      [school.id, yearId, classId, teacherId, isoWeekday(DAY)],
    );
    return {
      schoolId: school.id, classId, pupils, slotGid: toGlobalId('TimetableSlot', slot.id), slotId: Number(slot.id),
      teacher: viewer(Role.TEACHER, { staffMemberId: teacherId, schoolId: school.id, accountId: account.id }),
      director: viewer(Role.DIRECTOR, { schoolId: school.id }),
    };
  }

  const record = (v: Viewer, slotId: string, absent: { codeMassar: string; late?: boolean; minutesLate?: number }[], date = DAY) =>
    api.exec(v, RECORD, { input: { slotId, date, absent: absent.map((a) => ({ late: false, ...a })) } });
  const absencesOf = (slotId: number) => api.db.query(
    `SELECT a.id, s.code_massar AS code, a.late, a.minutes, a.justification_id FROM absence_record a JOIN roll_call rc ON rc.id = a.roll_call_id
     JOIN student s ON s.id = a.student_id WHERE rc.slot_id = $1 ORDER BY s.code_massar`, [slotId]);
  const auditOf = (slotId: number) => api.db.query(
    `SELECT s.code_massar AS code, au.old_state, au.new_state FROM absence_audit au JOIN roll_call rc ON rc.id = au.roll_call_id
     JOIN student s ON s.id = au.student_id WHERE rc.slot_id = $1 ORDER BY au.id`, [slotId]);

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    yearId = await f.year(YEAR);
    // The term under way, whatever day the tests run: S1 from 100 days ago to 30 days ahead.
    await api.db.query(`UPDATE term SET starts_on = current_date + 31, ends_on = current_date + 200 WHERE school_year_id = $1 AND code = 'S2'`, [yearId]);
    await api.db.query(`UPDATE term SET starts_on = current_date - 100, ends_on = current_date + 30 WHERE school_year_id = $1 AND code = 'S1'`, [yearId]);
  });
  afterAll(() => api.stop());

  it('the slot\'s teacher records absences and a late arrival; the sheet shows the class with its marks', async () => {
    const c = await classWithSlot();
    const [a, b, late] = c.pupils;
    const done = await record(c.teacher, c.slotGid, [{ codeMassar: a.code }, { codeMassar: b.code.toLowerCase() }, { codeMassar: late.code, late: true, minutesLate: 15 }]);
    expect(done.errors).toBeUndefined();
    expect(done.data!.recordRollCall).toHaveLength(3);
    expect(done.data!.recordRollCall.find((r: { late: boolean }) => r.late)).toMatchObject({
      date: DAY, minutes: 15, kind: 'UNJUSTIFIED', term: 'S1', student: { codeMassar: late.code }, subject: { code: 'MATH' },
    });
    expect(done.data!.recordRollCall.filter((r: { minutes: number }) => r.minutes === 120)).toHaveLength(2);
    expect((await auditOf(c.slotId)).map((r: { new_state: string }) => r.new_state).sort()).toEqual(['ABSENT', 'ABSENT', 'LATE']);
    const sheet = await api.exec(c.teacher, SHEET, { slotId: c.slotGid, date: DAY });
    expect(sheet.errors).toBeUndefined();
    const pupils = sheet.data!.rollCall.pupils as { state: string; minutesLate: number | null; student: { codeMassar: string } }[];
    expect(sheet.data!.rollCall).toMatchObject({ taken: true, minutes: 120, recordedBy: 'Samir Idrissi' });
    expect(pupils).toHaveLength(4);
    expect(Object.fromEntries(pupils.map((p) => [p.student.codeMassar, [p.state, p.minutesLate]]))).toEqual({
      [a.code]: ['ABSENT', null], [b.code]: ['ABSENT', null], [late.code]: ['LATE', 15], [c.pupils[3].code]: ['PRESENT', null],
    });
    // A date not yet taken: the class list, everyone present.
    const other = await api.exec(c.director, SHEET, { slotId: c.slotGid, date: isoDay(-14) });
    expect(other.data!.rollCall).toMatchObject({ taken: false, recordedAt: null });
    expect(other.data!.rollCall.pupils.every((p: { state: string }) => p.state === 'PRESENT')).toBe(true);
  });

  it('is all or nothing: one code of another class refuses the whole list and leaves the earlier roll call as it was', async () => {
    const c = await classWithSlot();
    const stranger = await classWithSlot();
    expect((await record(c.teacher, c.slotGid, [{ codeMassar: c.pupils[0].code }])).errors).toBeUndefined();
    const before = await absencesOf(c.slotId);
    const refused = await record(c.teacher, c.slotGid, [{ codeMassar: c.pupils[1].code }, { codeMassar: stranger.pupils[0].code }, { codeMassar: 'Z999999999' }]);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_IN_CLASS', path: 'absent.1' });
    expect((refused.errors![0].extensions as { rows: unknown[] }).rows).toEqual([
      { index: 1, codeMassar: stranger.pupils[0].code, reason: 'NOT_IN_CLASS' }, { index: 2, codeMassar: 'Z999999999', reason: 'NOT_IN_CLASS' },
    ]);
    expect(await absencesOf(c.slotId)).toEqual(before);
    expect(await auditOf(c.slotId)).toHaveLength(1);
    // A first roll call refused writes no roll call at all.
    await record(stranger.teacher, stranger.slotGid, [{ codeMassar: c.pupils[0].code }]);
    expect(await api.db.query('SELECT 1 FROM roll_call WHERE slot_id = $1', [stranger.slotId])).toEqual([]);
  });

  it('recording again replaces the earlier list: an absence that stays keeps its row and justification, every change audited', async () => {
    const c = await classWithSlot();
    const [a, b, d] = c.pupils;
    await record(c.teacher, c.slotGid, [{ codeMassar: a.code }, { codeMassar: b.code, late: true, minutesLate: 5 }]);
    const [first] = (await absencesOf(c.slotId)).filter((r: { code: string }) => r.code === a.code);
    const [j] = await api.db.query(
      `INSERT INTO absence_justification (school_id, student_id, reason, submitted_by) VALUES ($1, $2, 'ILLNESS', 0) RETURNING id`, [c.schoolId, a.id]);
    await api.db.query('UPDATE absence_record SET justification_id = $1 WHERE id = $2', [j.id, first.id]);
    const again = await record(c.director, c.slotGid, [{ codeMassar: a.code, late: true, minutesLate: 20 }, { codeMassar: d.code }]);
    expect(again.errors).toBeUndefined();
    const after = await absencesOf(c.slotId);
    expect(after.map((r: { code: string; late: boolean; minutes: number }) => [r.code, r.late, r.minutes])).toEqual(
      [[a.code, true, 20], [d.code, false, 120]].sort((x, y) => String(x[0]).localeCompare(String(y[0]))));
    const kept = after.find((r: { code: string }) => r.code === a.code);
    expect(kept).toMatchObject({ id: first.id, justification_id: j.id });
    expect((await auditOf(c.slotId)).slice(2)).toEqual(expect.arrayContaining([
      { code: b.code, old_state: 'LATE', new_state: 'PRESENT' },
      { code: a.code, old_state: 'ABSENT', new_state: 'LATE' },
      { code: d.code, old_state: 'PRESENT', new_state: 'ABSENT' },
    ]));
    expect(await auditOf(c.slotId)).toHaveLength(5);
    // The same list once more changes nothing and audits nothing.
    await record(c.director, c.slotGid, [{ codeMassar: a.code, late: true, minutesLate: 20 }, { codeMassar: d.code }]);
    expect(await auditOf(c.slotId)).toHaveLength(5);
    // An empty list: everyone was present (a's absence has a pending justification: the staff's to drop).
    expect((await record(c.teacher, c.slotGid, [])).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ABSENCE_JUSTIFIED', codesMassar: [a.code] });
    expect((await record(c.director, c.slotGid, [])).errors).toBeUndefined();
    expect(await absencesOf(c.slotId)).toEqual([]);
    expect(await api.db.query('SELECT count(*)::int AS n FROM roll_call WHERE slot_id = $1', [c.slotId])).toEqual([{ n: 1 }]);
  });

  it('a teacher recording again may not drop a justified absence; the school\'s staff may, audited, and an emptied pending justification no longer counts', async () => {
    const JUSTIFY = 'mutation($input: JustifyAbsenceInput!) { justifyAbsence(input: $input) { id justification { id status } } }';
    const DECIDE = 'mutation($input: DecideJustificationInput!) { decideJustification(input: $input) { id status } }';
    const c = await classWithSlot();
    const [x, y, z] = c.pupils;
    const parent = viewer(Role.PARENT, { guardianId: await f.guardian([x.id, y.id]) });
    expect((await record(c.teacher, c.slotGid, [{ codeMassar: x.code }, { codeMassar: y.code }])).errors).toBeUndefined();
    const idOf = async (code: string) => (await absencesOf(c.slotId)).find((r: { code: string }) => r.code === code);
    const justify = (code: string) => idOf(code).then((r) => api.exec(parent, JUSTIFY, { input: { absenceIds: [toGlobalId('AbsenceRecord', r.id)], reason: 'ILLNESS' } }));
    // x's justification is accepted, y's waits for the school.
    const jx = (await justify(x.code)).data!.justifyAbsence[0].justification.id;
    expect((await api.exec(c.director, DECIDE, { input: { justificationId: jx, accept: true } })).data!.decideJustification.status).toBe('ACCEPTED');
    expect((await justify(y.code)).errors).toBeUndefined();
    const before = await absencesOf(c.slotId);

    // The teacher re-records the slot without them: the whole list is refused, nothing changes.
    const refused = await record(c.teacher, c.slotGid, []);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ABSENCE_JUSTIFIED', codesMassar: [x.code, y.code].sort() });
    expect((await record(c.teacher, c.slotGid, [{ codeMassar: x.code }, { codeMassar: z.code }])).errors![0].extensions).toMatchObject({ codesMassar: [y.code] });
    expect(await absencesOf(c.slotId)).toEqual(before);
    // Adding a pupil or marking a justified one late stays the teacher's.
    expect((await record(c.teacher, c.slotGid, [{ codeMassar: x.code }, { codeMassar: y.code }, { codeMassar: z.code }])).errors).toBeUndefined();

    // The school's staff correct the roll call: the absences go, each detachment audited.
    const [jy] = await api.db.query(`SELECT justification_id::text AS id FROM absence_record WHERE student_id = $1`, [y.id]);
    expect((await record(c.director, c.slotGid, [{ codeMassar: z.code }])).errors).toBeUndefined();
    expect((await absencesOf(c.slotId)).map((r: { code: string }) => r.code)).toEqual([z.code]);
    const audit = await api.db.query(
      `SELECT s.code_massar AS code, au.new_state, au.justification_id::text AS justification_id FROM absence_audit au JOIN roll_call rc ON rc.id = au.roll_call_id
       JOIN student s ON s.id = au.student_id WHERE rc.slot_id = $1 AND au.new_state = 'PRESENT' ORDER BY s.code_massar`, [c.slotId]);
    const [{ id: jxId }] = await api.db.query(`SELECT j.id::text AS id FROM absence_justification j WHERE j.student_id = $1`, [x.id]);
    expect(audit).toEqual([{ code: x.code, new_state: 'PRESENT', justification_id: jxId }, { code: y.code, new_state: 'PRESENT', justification_id: jy.id }]
      .sort((p, q) => p.code.localeCompare(q.code)));

    // y's emptied pending justification waits for nothing: with nine others that do, y's family may still send a tenth.
    for (let i = 1; i <= 9; i++) {
      const [rc] = await api.db.query(
        `INSERT INTO roll_call (school_id, school_year_id, term, class_id, subject_id, held_on, minutes)
         SELECT $1, $2, 'S1', $3, su.id, $4::date - 7 * $5, 60 FROM subject su WHERE su.code = 'MATH' RETURNING id, held_on`,
        [c.schoolId, yearId, c.classId, DAY, i],
      );
      const [j] = await api.db.query(`INSERT INTO absence_justification (school_id, student_id, reason, submitted_by) VALUES ($1, $2, 'ILLNESS', 0) RETURNING id`, [c.schoolId, y.id]);
      await api.db.query(
        `INSERT INTO absence_record (school_id, school_year_id, term, roll_call_id, student_id, held_on, minutes, justification_id) VALUES ($1, $2, 'S1', $3, $4, $5, 60, $6)`,
        [c.schoolId, yearId, rc.id, y.id, rc.held_on, j.id],
      );
    }
    expect(await api.db.query(`SELECT count(*)::int AS n FROM absence_justification WHERE student_id = $1 AND status = 'PENDING'`, [y.id])).toEqual([{ n: 10 }]);
    expect((await record(c.teacher, c.slotGid, [{ codeMassar: y.code }, { codeMassar: z.code }])).errors).toBeUndefined();
    const resent = await justify(y.code);
    expect(resent.errors).toBeUndefined();
    expect(resent.data!.justifyAbsence[0].justification.status).toBe('PENDING');
  });

  it('refuses a date that is not the slot\'s: another weekday, the future, outside the term, not a date', async () => {
    const c = await classWithSlot();
    const list = [{ codeMassar: c.pupils[0].code }];
    for (const date of [isoDay(-8), isoDay(7), isoDay(-105)]) {
      const refused = await record(c.teacher, c.slotGid, list, date);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_SLOT_DAY', field: 'date' });
    }
    expect(codeOf(await record(c.teacher, c.slotGid, list, '2026-02-30'))).toBe('BAD_USER_INPUT');
    expect(await api.db.query('SELECT 1 FROM roll_call WHERE slot_id = $1', [c.slotId])).toEqual([]);
  });

  it('refuses a pupil twice, a longer list than the class, and minutes late on a pupil not late or for the whole slot', async () => {
    const c = await classWithSlot({ size: 3, capacity: 3 });
    const [a, b, d] = c.pupils;
    const twice = await record(c.teacher, c.slotGid, [{ codeMassar: a.code }, { codeMassar: a.code.toLowerCase() }]);
    expect(twice.errors![0].extensions).toMatchObject({ reason: 'DUPLICATE_PUPIL', path: 'absent.1' });
    const extra = await f.student();
    const long = await record(c.teacher, c.slotGid, [a, b, d, extra].map((p) => ({ codeMassar: p.code })));
    expect(long.errors![0].extensions).toMatchObject({ reason: 'TOO_MANY_PUPILS' });
    const huge = await record(c.teacher, c.slotGid, Array.from({ length: 61 }, (_, i) => ({ codeMassar: `A${String(i).padStart(9, '0')}` })));
    expect(codeOf(huge)).toBe('BAD_USER_INPUT');
    expect((await record(c.teacher, c.slotGid, [{ codeMassar: a.code, minutesLate: 5 }])).errors![0].extensions).toMatchObject({ reason: 'INVALID_MINUTES_LATE' });
    expect((await record(c.teacher, c.slotGid, [{ codeMassar: a.code, late: true, minutesLate: 120 }])).errors![0].extensions).toMatchObject({ reason: 'INVALID_MINUTES_LATE' });
    expect(await api.db.query('SELECT 1 FROM roll_call WHERE slot_id = $1', [c.slotId])).toEqual([]);
  });

  it('is the slot\'s teacher\'s or the school\'s staff\'s: another class\'s teacher, a colleague of the class, another school, a parent and the province are refused', async () => {
    const c = await classWithSlot();
    const other = await classWithSlot({ schoolId: c.schoolId });
    const colleagueId = await f.teacher(c.schoolId, [{ classId: c.classId, subject: 'FR' }]);
    const colleague = viewer(Role.TEACHER, { staffMemberId: colleagueId, schoolId: c.schoolId });
    const elsewhere = await classWithSlot();
    const parent = viewer(Role.PARENT, { guardianId: await f.guardian([c.pupils[0].id]) });
    const list = [{ codeMassar: c.pupils[0].code }];
    expect(codeOf(await record(other.teacher, c.slotGid, list))).toBe('NOT_FOUND');
    expect(codeOf(await record(elsewhere.director, c.slotGid, list))).toBe('NOT_FOUND');
    expect(codeOf(await record(colleague, c.slotGid, list))).toBe('FORBIDDEN');
    expect(codeOf(await record(parent, c.slotGid, list))).toBe('FORBIDDEN');
    expect(codeOf(await record(viewer(Role.PROVINCE, { provinceId: 1 }), c.slotGid, list))).toBe('FORBIDDEN');
    expect(await api.db.query('SELECT 1 FROM roll_call WHERE slot_id = $1', [c.slotId])).toEqual([]);
    // Nor do they read its sheet (a parent sees the class's timetable, not its roll call).
    for (const v of [other.teacher, elsewhere.director, parent]) expect((await api.exec(v, SHEET, { slotId: c.slotGid, date: DAY })).data!.rollCall).toBeNull();
    expect((await record(c.director, c.slotGid, list)).errors).toBeUndefined();
  });

  it('two recordings of the same slot and date at once: one list wins whole, never a mix', async () => {
    const c = await classWithSlot({ size: 6 });
    const first = c.pupils.slice(0, 3).map((p) => ({ codeMassar: p.code }));
    const second = c.pupils.slice(3).map((p) => ({ codeMassar: p.code, late: true, minutesLate: 3 }));
    const results = await Promise.all([record(c.teacher, c.slotGid, first), record(c.director, c.slotGid, second)]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const codes = (await absencesOf(c.slotId)).map((r: { code: string }) => r.code).sort();
    expect([first, second].map((l) => l.map((p) => p.codeMassar).sort())).toContainEqual(codes);
    expect(await api.db.query('SELECT count(*)::int AS n FROM roll_call WHERE slot_id = $1', [c.slotId])).toEqual([{ n: 1 }]);
  });

  it('lists a class\'s absences of a week in a bounded number of statements, each family only its own child\'s', async () => {
    const c = await classWithSlot({ size: 12 });
    await record(c.teacher, c.slotGid, c.pupils.slice(0, 10).map((p) => ({ codeMassar: p.code })));
    const WEEK = `query($id: ID!, $from: String!, $to: String!) { node(id: $id) { ... on SchoolClass {
      absences(from: $from, to: $to) { id date minutes kind student { codeMassar } subject { code } slot { id } justification { status } } } } }`;
    const vars = { id: toGlobalId('SchoolClass', c.classId), from: isoDay(-10), to: isoDay(-4) };
    api.statements.length = 0;
    const week = await api.exec(c.director, WEEK, vars);
    expect(week.errors).toBeUndefined();
    expect(week.data!.node.absences).toHaveLength(10);
    expect(api.statements.length).toBeLessThanOrEqual(6);
    const parent = viewer(Role.PARENT, { guardianId: await f.guardian([c.pupils[0].id]) });
    const own = await api.exec(parent, WEEK, vars);
    expect(own.data!.node.absences.map((a: { student: { codeMassar: string } }) => a.student.codeMassar)).toEqual([c.pupils[0].code]);
    expect(codeOf(await api.exec(c.director, WEEK, { ...vars, from: isoDay(-60) }))).toBe('BAD_USER_INPUT');
  });
});
