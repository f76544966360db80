import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../../core/auth/viewer.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

// Justifications (issue 11, "Absences"): a parent sends one with a photo, the school decides,
// the parent sees the status; the attachment's type and size limits; the totals; each role's scope.

const YEAR = '2026-2027';
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const JUSTIFY = `mutation($input: JustifyAbsenceInput!) { justifyAbsence(input: $input) { id kind justification { id status reason note attachment { contentType byteSize } } } }`;
const DECIDE = `mutation($input: DecideJustificationInput!) { decideJustification(input: $input) { id status decisionReason decidedAt absences { id kind } } }`;
const ABSENCES = `query($id: ID!) { node(id: $id) { ... on Student { absences(term: S1) { id kind minutes late justification { status reason note decisionReason attachment { contentType dataUrl } } }
  attendance(term: S1) { absenceCount hoursAbsent justifiedHours unjustifiedHours lateCount minutesLate } } } }`;
const INBOX = `query($id: ID!, $status: JustificationStatus) { node(id: $id) { ... on School { justifications(status: $status) { totalCount
  edges { node { id status reason note student { codeMassar } absences { date minutes } attachment { contentType byteSize dataUrl } } } } } } }`;


describe('justifications', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let yearId: number;

  /** A school with a class, its pupils, a parent of the first two and a 2-hour slot with `days` roll calls (each pupil absent at all). */
  async function world(days = 3) {
    const school = await f.school();
    const classId = await f.schoolClass(school.id, { year: YEAR });
    const pupils = [await f.student({ classId }), await f.student({ classId }), await f.student({ classId })];
    const teacherId = await f.teacher(school.id, [{ classId }]);
    const [slot] = await api.db.query(
      `INSERT INTO timetable_slot (school_id, school_year_id, term, class_id, subject_id, teacher_id, weekday, starts_at, ends_at)
       SELECT $1, $2, 'S1', $3, su.id, $4, 1, '08:00', '10:00' FROM subject su WHERE su.code = 'MATH' RETURNING id`,
      [school.id, yearId, classId, teacherId],
    );
    const absences = new Map<number, string[]>();
    for (let d = 0; d < days; d++) {
      const [rc] = await api.db.query(
        `INSERT INTO roll_call (school_id, school_year_id, term, slot_id, class_id, subject_id, held_on, minutes)
         SELECT $1, $2, 'S1', $3, $4, su.id, current_date - 7 * ($5 + 1), 120 FROM subject su WHERE su.code = 'MATH' RETURNING id, held_on`,
        [school.id, yearId, slot.id, classId, d],
      );
      for (const p of pupils) {
        const [a] = await api.db.query(
          `INSERT INTO absence_record (school_id, school_year_id, term, roll_call_id, student_id, held_on, late, minutes)
           VALUES ($1, $2, 'S1', $3, $4, $5, $6, $7) RETURNING id`,
          [school.id, yearId, rc.id, p.id, rc.held_on, d === days - 1 && days > 1, d === days - 1 && days > 1 ? 10 : 120],
        );
        absences.set(p.id, [...(absences.get(p.id) ?? []), toGlobalId('AbsenceRecord', a.id)]);
      }
    }
    return {
      school, classId, pupils, absences: (p: { id: number }) => absences.get(p.id)!,
      parent: viewer(Role.PARENT, { guardianId: await f.guardian([pupils[0].id, pupils[1].id]) }),
      director: viewer(Role.DIRECTOR, { schoolId: school.id }),
      staff: viewer(Role.STAFF, { schoolId: school.id }),
      teacher: viewer(Role.TEACHER, { staffMemberId: teacherId, schoolId: school.id }),
    };
  }

  const justify = (v: Viewer, absenceIds: string[], extra: Record<string, unknown> = {}) =>
    api.exec(v, JUSTIFY, { input: { absenceIds, reason: 'ILLNESS', ...extra } });
  const decide = (v: Viewer, justificationId: string, accept: boolean, reason?: string) =>
    api.exec(v, DECIDE, { input: { justificationId, accept, reason } });
  const pupilGid = (p: { id: number }) => toGlobalId('Student', p.id);

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    yearId = await f.year(YEAR);
    await api.db.query(`UPDATE term SET starts_on = current_date + 31, ends_on = current_date + 200 WHERE school_year_id = $1 AND code = 'S2'`, [yearId]);
    await api.db.query(`UPDATE term SET starts_on = current_date - 100, ends_on = current_date + 30 WHERE school_year_id = $1 AND code = 'S1'`, [yearId]);
  });
  afterAll(() => api.stop());

  it('a parent sends a justification with a PNG; the staff see it in the inbox and accept it; the parent sees the status and the totals change', async () => {
    const w = await world();
    const [child] = w.pupils;
    const [first, second] = w.absences(child);
    const sent = await justify(w.parent, [first, second], { note: 'Grippe, certificat joint', attachment: { contentType: 'image/png', base64: PNG.toString('base64') } });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.justifyAbsence).toHaveLength(2);
    expect(sent.data!.justifyAbsence[0]).toMatchObject({
      kind: 'UNJUSTIFIED', justification: { status: 'PENDING', reason: 'ILLNESS', note: 'Grippe, certificat joint', attachment: { contentType: 'image/png', byteSize: PNG.length } },
    });
    const justificationId = sent.data!.justifyAbsence[0].justification.id;
    // The inbox of the school: pending, with the pupil, the absences and the file.
    const inbox = await api.exec(w.staff, INBOX, { id: toGlobalId('School', w.school.id), status: 'PENDING' });
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data!.node.justifications.totalCount).toBe(1);
    expect(inbox.data!.node.justifications.edges[0].node).toMatchObject({
      id: justificationId, student: { codeMassar: child.code }, absences: [{ minutes: 120 }, { minutes: 120 }],
      attachment: { contentType: 'image/png', byteSize: PNG.length, dataUrl: `data:image/png;base64,${PNG.toString('base64')}` },
    });
    // Sent twice: refused while it waits.
    expect((await justify(w.parent, [first])).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_JUSTIFIED' });
    const before = await api.exec(w.parent, ABSENCES, { id: pupilGid(child) });
    expect(before.data!.node.attendance).toEqual({ absenceCount: 2, hoursAbsent: 4, justifiedHours: 0, unjustifiedHours: 4, lateCount: 1, minutesLate: 10 });
    const accepted = await decide(w.staff, justificationId, true);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.decideJustification).toMatchObject({ status: 'ACCEPTED', absences: [{ kind: 'JUSTIFIED' }, { kind: 'JUSTIFIED' }] });
    const after = await api.exec(w.parent, ABSENCES, { id: pupilGid(child) });
    expect(after.data!.node.attendance).toEqual({ absenceCount: 2, hoursAbsent: 4, justifiedHours: 4, unjustifiedHours: 0, lateCount: 1, minutesLate: 10 });
    const seen = after.data!.node.absences.filter((a: { late: boolean }) => !a.late);
    expect(seen.map((a: { justification: { status: string } }) => a.justification.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(seen[0].justification.attachment.dataUrl).toMatch(/^data:image\/png;base64,/);
    // Decided once only; an accepted absence cannot be justified again.
    expect((await decide(w.director, justificationId, false, 'Non')).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'JUSTIFICATION_DECIDED' });
    expect((await justify(w.staff, [first])).errors![0].extensions).toMatchObject({ reason: 'ALREADY_JUSTIFIED' });
  });

  it('a refusal needs a reason, which the parent reads; the family may then send another', async () => {
    const w = await world(1);
    const [absence] = w.absences(w.pupils[1]);
    const id = (await justify(w.parent, [absence], { reason: 'TRANSPORT' })).data!.justifyAbsence[0].justification.id;
    expect((await decide(w.director, id, false)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DECISION_REASON_REQUIRED', field: 'reason' });
    expect((await decide(w.director, id, false, 'Le transport scolaire circulait ce jour-là')).data!.decideJustification).toMatchObject({
      status: 'REFUSED', decisionReason: 'Le transport scolaire circulait ce jour-là', absences: [{ kind: 'UNJUSTIFIED' }],
    });
    const seen = await api.exec(w.parent, ABSENCES, { id: pupilGid(w.pupils[1]) });
    expect(seen.data!.node.absences[0].justification).toMatchObject({ status: 'REFUSED', decisionReason: 'Le transport scolaire circulait ce jour-là' });
    expect(seen.data!.node.attendance).toMatchObject({ justifiedHours: 0, unjustifiedHours: 2 });
    expect((await justify(w.parent, [absence], { reason: 'ILLNESS' })).data!.justifyAbsence[0].justification.status).toBe('PENDING');
  });

  it('checks the attachment by its content and its size, before writing anything', async () => {
    const w = await world(1);
    const [absence] = w.absences(w.pupils[0]);
    const send = (contentType: string, base64: string) => justify(w.parent, [absence], { attachment: { contentType, base64 } });
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    expect((await send('image/png', html)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ATTACHMENT_TYPE' });
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32)]).toString('base64');
    expect((await send('image/png', jpeg)).errors![0].extensions).toMatchObject({ reason: 'ATTACHMENT_TYPE' });
    expect((await send('image/svg+xml', PNG.toString('base64'))).errors![0].extensions).toMatchObject({ reason: 'ATTACHMENT_TYPE' });
    const big = Buffer.concat([PNG, Buffer.alloc(1_500_001)]).toString('base64');
    expect((await send('image/png', big)).errors![0].extensions).toMatchObject({ reason: 'ATTACHMENT_TOO_LARGE' });
    expect((await send('image/png', 'A'.repeat(5_000_000))).errors![0].extensions).toMatchObject({ reason: 'ATTACHMENT_TOO_LARGE' });
    expect(codeOf(await send('image/png', '!!!!'))).toBe('BAD_USER_INPUT');
    expect(await api.db.query('SELECT 1 FROM absence_justification WHERE student_id = $1', [w.pupils[0].id])).toEqual([]);
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj').toString('base64');
    expect((await send('application/pdf', pdf)).data!.justifyAbsence[0].justification.attachment).toEqual({ contentType: 'application/pdf', byteSize: Buffer.from(pdf, 'base64').length });
  });

  it('is the family\'s own child\'s and the school\'s: another parent, a parent of two children for a third, another school, the teacher and the province are kept out', async () => {
    const w = await world(1);
    const other = await world(1);
    const [mine] = w.absences(w.pupils[0]);
    const [notTheirs] = w.absences(w.pupils[2]);
    expect(codeOf(await justify(w.parent, [notTheirs]))).toBe('NOT_FOUND');
    expect(codeOf(await justify(other.parent, [mine]))).toBe('NOT_FOUND');
    expect(codeOf(await justify(other.director, [mine]))).toBe('NOT_FOUND');
    expect(codeOf(await justify(w.teacher, [mine]))).toBe('FORBIDDEN');
    expect(codeOf(await justify(viewer(Role.PROVINCE, { provinceId: w.school.provinceId }), [mine]))).toBe('FORBIDDEN');
    expect((await justify(w.parent, [mine, w.absences(w.pupils[1])[0]])).errors![0].extensions).toMatchObject({ reason: 'SEVERAL_PUPILS' });
    const id = (await justify(w.parent, [mine], { attachment: { contentType: 'image/png', base64: PNG.toString('base64') } })).data!.justifyAbsence[0].justification.id;
    // The parent may not decide; another school's staff answer as for a missing one.
    expect(codeOf(await decide(w.parent, id, true))).toBe('FORBIDDEN');
    expect(codeOf(await decide(other.director, id, true))).toBe('NOT_FOUND');
    // node(id): the family and the school read the justification and the absence; the others nothing.
    const NODE = 'query($j: ID!, $a: ID!) { j: node(id: $j) { id } a: node(id: $a) { id ... on AbsenceRecord { kind justification { id attachment { byteSize } } } } }';
    const province = viewer(Role.PROVINCE, { provinceId: w.school.provinceId });
    expect((await api.exec(w.parent, NODE, { j: id, a: mine })).data).toEqual({ j: { id }, a: { id: mine, kind: 'UNJUSTIFIED', justification: { id, attachment: { byteSize: PNG.length } } } });
    expect((await api.exec(w.director, NODE, { j: id, a: mine })).data!.a.justification.attachment).toEqual({ byteSize: PNG.length });
    // The teacher reads the absence and whether it counts as justified, not the family's reasons.
    expect((await api.exec(w.teacher, NODE, { j: id, a: mine })).data).toEqual({ j: null, a: { id: mine, kind: 'UNJUSTIFIED', justification: null } });
    for (const v of [other.parent, other.director, province]) expect((await api.exec(v, NODE, { j: id, a: mine })).data).toEqual({ j: null, a: null });
    const inbox = await api.exec(other.director, INBOX, { id: toGlobalId('School', w.school.id) });
    expect(inbox.data!.node).toBeNull();
    const totals = await api.exec(province, ABSENCES, { id: pupilGid(w.pupils[0]) });
    expect(totals.data!.node).toBeNull();
  });

  it('bounds the justifications waiting for one pupil', async () => {
    const w = await world(12);
    const ids = w.absences(w.pupils[0]);
    for (let i = 0; i < 10; i++) expect((await justify(w.parent, [ids[i]])).errors).toBeUndefined();
    expect((await justify(w.parent, [ids[10]])).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TOO_MANY_PENDING' });
  });

  it('puts the attendance totals in the results, one statement for the whole class', async () => {
    const w = await world(2);
    const RESULTS = `query($id: ID!) { node(id: $id) { ... on SchoolClass { results(term: S1) { students { attendance { hoursAbsent lateCount } } } } } }`;
    api.statements.length = 0;
    const r = await api.exec(w.director, RESULTS, { id: toGlobalId('SchoolClass', w.classId) });
    expect(r.errors).toBeUndefined();
    expect(r.data!.node.results.students.map((s: { attendance: unknown }) => s.attendance)).toEqual(w.pupils.map(() => ({ hoursAbsent: 2, lateCount: 1 })));
    expect(api.statements.filter((s) => s.includes('absence_record'))).toHaveLength(1);
  });
});
