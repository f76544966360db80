import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

const COPY = `mutation($input: CopyTimetableInput!) { copyTimetable(input: $input) {
  dryRun copied skipped rows { outcome className subjectCode weekday startsAt endsAt room teacherAssigned slotId } } }`;
const PLACE = 'mutation($input: PlaceSlotInput!) { placeSlot(input: $input) { id } }';

describe('copying a term\'s timetable (copyTimetable)', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;

  /** The slots of a school in a year and term, as (class, subject, day, time, room, teacher). */
  const slots = (schoolId: number, year: string, term: string) =>
    api.db.query(
      `SELECT c.name, su.code, s.weekday, to_char(s.starts_at, 'HH24:MI') AS starts_at, s.room, s.teacher_id FROM timetable_slot s
       JOIN school_class c ON c.id = s.class_id JOIN subject su ON su.id = s.subject_id JOIN school_year y ON y.id = s.school_year_id
       WHERE s.school_id = $1 AND y.name = $2 AND s.term = $3 ORDER BY c.name, s.weekday, s.starts_at`,
      [schoolId, year, term],
    );

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
  });
  afterAll(() => api.stop());

  it('copies last year\'s term into this year: classes by name, this year\'s teachers, clashes and missing classes skipped with why; a dry run writes nothing', async () => {
    const S = await f.school();
    const director = viewer(Role.DIRECTOR, { schoolId: S.id });
    const insert = (classId: number, subject: string, weekday: number, startsAt: string, endsAt: string, room: string | null, teacherId: number | null = null) =>
      api.db.query(
        `INSERT INTO timetable_slot (school_id, school_year_id, term, class_id, subject_id, teacher_id, room, weekday, starts_at, ends_at)
         SELECT c.school_id, c.school_year_id, 'S2', c.id, su.id, $3, $4, $5, $6, $7 FROM school_class c, subject su WHERE c.id = $1 AND su.code = $2`,
        [classId, subject, teacherId, room, weekday, startsAt, endsAt],
      );
    // Last year: 1AC-1 (MATH, FR, a Tuesday lesson) and 1AC-9, a class this year does not have.
    const [old1, old9] = [await f.schoolClass(S.id, { name: '1AC-1', year: '2024-2025' }), await f.schoolClass(S.id, { name: '1AC-9', year: '2024-2025' })];
    const leaver = await f.teacher(S.id, [{ classId: old1 }]);
    await insert(old1, 'MATH', 1, '08:00', '09:00', 'Salle 1', leaver);
    await insert(old1, 'FR', 1, '09:00', '10:00', 'Salle 1');
    await insert(old1, 'MATH', 2, '08:30', '09:30', 'Salle 2', leaver);
    await insert(old9, 'MATH', 1, '08:00', '09:00', 'Salle 9');
    // This year: 1AC-1, its MATH teacher, and a Tuesday lesson already placed in S1.
    const now1 = await f.schoolClass(S.id, { name: '1AC-1' });
    const newcomer = await f.teacher(S.id, [{ classId: now1, subject: 'MATH' }]);
    expect((await api.exec(director, PLACE, { input: { classId: toGlobalId('SchoolClass', now1), term: 'S1', weekday: 2, startsAt: '08:00', endsAt: '09:00', subjectCode: 'FR' } })).errors).toBeUndefined();
    const input = { schoolCode: S.code, fromYear: '2024-2025', fromTerm: 'S2', toYear: '2025-2026', toTerm: 'S1', dryRun: true };

    const before = await slots(S.id, '2025-2026', 'S1');
    const dry = await api.exec(director, COPY, { input });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.copyTimetable).toMatchObject({ dryRun: true, copied: 2, skipped: 2 });
    expect(dry.data!.copyTimetable.rows.map((r: { className: string; subjectCode: string; weekday: number; outcome: string; teacherAssigned: boolean; slotId: string | null }) =>
      [r.className, r.subjectCode, r.weekday, r.outcome, r.teacherAssigned, r.slotId])).toEqual([
      ['1AC-1', 'MATH', 1, 'COPIED', true, null],
      ['1AC-1', 'FR', 1, 'COPIED', false, null],
      ['1AC-1', 'MATH', 2, 'CLASS_CLASH', true, null],
      ['1AC-9', 'MATH', 1, 'NO_CLASS', false, null],
    ]);
    expect(await slots(S.id, '2025-2026', 'S1')).toEqual(before);

    const done = await api.exec(director, COPY, { input: { ...input, dryRun: false } });
    expect(done.data!.copyTimetable).toMatchObject({ dryRun: false, copied: 2, skipped: 2 });
    expect(done.data!.copyTimetable.rows.filter((r: { slotId: string | null }) => r.slotId)).toHaveLength(2);
    expect(await slots(S.id, '2025-2026', 'S1')).toEqual([
      { name: '1AC-1', code: 'MATH', weekday: 1, starts_at: '08:00', room: 'Salle 1', teacher_id: newcomer },
      { name: '1AC-1', code: 'FR', weekday: 1, starts_at: '09:00', room: 'Salle 1', teacher_id: null },
      { name: '1AC-1', code: 'FR', weekday: 2, starts_at: '08:00', room: null, teacher_id: null },
    ]);
    // Copied again, everything clashes with itself now: nothing more is written.
    const again = await api.exec(director, COPY, { input: { ...input, dryRun: false } });
    expect(again.data!.copyTimetable).toMatchObject({ copied: 0, skipped: 4 });
    // S1 into S2 of the same year, by the secretariat.
    const s2 = await api.exec(viewer(Role.STAFF, { schoolId: S.id }), COPY, { input: { schoolCode: S.code, fromTerm: 'S1', toTerm: 'S2', dryRun: false } });
    expect(s2.data!.copyTimetable).toMatchObject({ copied: 3, skipped: 0 });
    expect((await slots(S.id, '2025-2026', 'S2')).length).toBe(3);
  });

  it('refuses another school\'s timetable like a missing school, the teacher, the territory and the same term', async () => {
    const S = await f.school();
    const other = await f.school();
    const input = { schoolCode: S.code, fromTerm: 'S1', toTerm: 'S2', dryRun: false };
    const refused = await api.exec(viewer(Role.DIRECTOR, { schoolId: other.id }), COPY, { input });
    const missing = await api.exec(viewer(Role.DIRECTOR, { schoolId: other.id }), COPY, { input: { ...input, schoolCode: 'T99999X' } });
    expect(codeOf(refused)).toBe('NOT_FOUND');
    expect(refused.errors![0].message).toBe(missing.errors![0].message);
    expect((await api.exec(viewer(Role.TEACHER, { schoolId: S.id, staffMemberId: await f.teacher(S.id) }), COPY, { input })).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(codeOf(await api.exec(viewer(Role.PROVINCE, { provinceId: S.provinceId }), COPY, { input }))).toBe('FORBIDDEN');
    const same = await api.exec(viewer(Role.DIRECTOR, { schoolId: S.id }), COPY, { input: { ...input, toTerm: 'S1' } });
    expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toTerm' });
  });
});
