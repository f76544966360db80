import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

const MOVE = 'mutation($input: MoveStudentsInput!) { moveStudents(input: $input) { status student { codeMassar } schoolClass { name enrolledCount } } }';
const CLASSES = 'query($code: String!) { school(code: $code) { classes(year: "2025-2026") { name capacity enrolledCount } } }';

describe('moving pupils between classes (moveStudents)', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let school: Awaited<ReturnType<ReturnType<typeof factories>['school']>>;
  let secretary: ReturnType<typeof viewer>;

  /** Where each pupil is enrolled, ACTIVE or not: what a refused move must leave as it was. */
  const placements = async (ids: number[]) =>
    (await api.db.query(`SELECT student_id::int AS id, class_id, status FROM enrolment WHERE student_id = ANY($1) ORDER BY student_id, id`, [ids])) as unknown[];
  const move = (who: ReturnType<typeof viewer>, classId: number, codesMassar: string[]) =>
    api.exec(who, MOVE, { input: { classId: toGlobalId('SchoolClass', classId), codesMassar } });

  async function grade(classId: number, studentId: number): Promise<void> {
    const [a] = await api.db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, su.id, c.school_year_id, 'S1', 'CONTINUOUS', 1 + (SELECT count(*) FROM assessment WHERE class_id = c.id), '2025-10-05'
       FROM school_class c, subject su WHERE c.id = $1 AND su.code = 'MATH' RETURNING id`,
      [classId],
    );
    await api.db.query('INSERT INTO term_status (class_id, school_year_id, term, school_id) SELECT id, school_year_id, \'S1\', school_id FROM school_class WHERE id = $1 ON CONFLICT DO NOTHING', [classId]);
    await api.db.query(
      'INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value) SELECT school_id, school_year_id, id, $2, 12 FROM assessment WHERE id = $1',
      [a.id, studentId],
    );
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    school = await f.school();
    secretary = viewer(Role.STAFF, { schoolId: school.id });
  });
  afterAll(() => api.stop());

  it('moves pupils from several classes into one, and the classes count their pupils in one statement', async () => {
    const a = await f.schoolClass(school.id, { name: '1AC-A' });
    const b = await f.schoolClass(school.id, { name: '1AC-B' });
    const c = await f.schoolClass(school.id, { name: '1AC-C' });
    const [p1, p2] = [await f.student({ classId: a }), await f.student({ classId: a })];
    await f.student({ classId: a });
    const p3 = await f.student({ classId: b });
    const res = await move(viewer(Role.DIRECTOR, { schoolId: school.id }), c, [p1.code, p3.code.toLowerCase(), ` ${p2.code} `]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveStudents).toEqual([p1, p3, p2].map((p) => ({ status: 'ACTIVE', student: { codeMassar: p.code }, schoolClass: { name: '1AC-C', enrolledCount: 3 } })));
    // Still one enrolment each, the same row in its new class: a class change is not a second enrolment.
    expect(await placements([p1.id, p2.id, p3.id])).toEqual([p1, p2, p3].map((p) => ({ id: p.id, class_id: c, status: 'ACTIVE' })));
    api.statements.length = 0;
    const list = await api.exec(secretary, CLASSES, { code: school.code });
    const counts = Object.fromEntries(list.data!.school.classes.map((k: { name: string; enrolledCount: number }) => [k.name, k.enrolledCount]));
    expect(counts).toMatchObject({ '1AC-A': 1, '1AC-B': 0, '1AC-C': 3 });
    expect(api.statements.filter((s) => /count\(\*\)/.test(s) && /enrolment/.test(s))).toHaveLength(1);
  });

  it('checks the capacity for the whole batch and moves nobody when it does not fit', async () => {
    const from = await f.schoolClass(school.id, { name: '2AC-A', level: '2AC' });
    const to = await f.schoolClass(school.id, { name: '2AC-B', level: '2AC', capacity: 2 });
    const movers = [await f.student({ classId: from }), await f.student({ classId: from })];
    await f.student({ classId: to });
    const before = await placements(movers.map((p) => p.id));
    const full = await move(secretary, to, movers.map((p) => p.code));
    expect(full.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLASS_FULL', enrolled: 1, capacity: 2, moving: 2, seatsLeft: 1 });
    expect(full.errors![0].message).toContain('2AC-B');
    expect(await placements(movers.map((p) => p.id))).toEqual(before);
    // One fits.
    expect((await move(secretary, to, [movers[0].code])).errors).toBeUndefined();
  });

  it('takes the last seat once when two moves race for it', async () => {
    const from = await f.schoolClass(school.id, { name: '3AC-A', level: '3AC' });
    const to = await f.schoolClass(school.id, { name: '3AC-B', level: '3AC', capacity: 1 });
    const [x, y] = [await f.student({ classId: from }), await f.student({ classId: from })];
    const results = await Promise.all([move(secretary, to, [x.code]), move(secretary, to, [y.code])]);
    expect(results.map((r) => (r.errors ? r.errors[0].extensions!.reason : 'MOVED')).sort()).toEqual(['CLASS_FULL', 'MOVED']);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM enrolment WHERE class_id = $1 AND status = 'ACTIVE'`, [to]);
    expect(n).toBe(1);
  });

  it('refuses the whole list for one bad row, listing every bad row, and an unknown code reads as another school\'s pupil', async () => {
    const from = await f.schoolClass(school.id, { name: '1AC-D' });
    const to = await f.schoolClass(school.id, { name: '1AC-E' });
    const mine = await f.student({ classId: from });
    const here = await f.student({ classId: to });
    const other = await f.school();
    const theirs = await f.student({ classId: await f.schoolClass(other.id, { name: '1AC-1' }) });
    const left = await f.student({ classId: from });
    await api.db.query(`UPDATE enrolment SET status = 'TRANSFERRED', ended_on = current_date WHERE student_id = $1`, [left.id]);
    const ids = [mine.id, here.id, theirs.id, left.id];
    const before = await placements(ids);
    const res = await move(secretary, to, [mine.code, theirs.code, 'Z999999999', left.code, here.code, mine.code, 'nonsense']);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    // Malformed and repeated rows are refused first, before any row is looked up.
    expect(res.errors![0].extensions).toMatchObject({ field: 'codesMassar', path: 'codesMassar.5', reason: 'DUPLICATE_CODE', index: 5 });
    expect((res.errors![0].extensions as { rows: unknown[] }).rows).toEqual([
      { index: 5, codeMassar: mine.code, reason: 'DUPLICATE_CODE' },
      { index: 6, codeMassar: 'NONSENSE', reason: 'INVALID_CODE_MASSAR' },
    ]);
    const looked = await move(secretary, to, [mine.code, theirs.code, 'Z999999999', left.code, here.code]);
    expect(looked.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'codesMassar.1', reason: 'NOT_SCHOOL_PUPIL' });
    const rows = (looked.errors![0].extensions as { rows: { index: number; reason: string }[] }).rows;
    expect(rows.map((r) => [r.index, r.reason])).toEqual([[1, 'NOT_SCHOOL_PUPIL'], [2, 'NOT_SCHOOL_PUPIL'], [3, 'NOT_SCHOOL_PUPIL'], [4, 'ALREADY_IN_CLASS']]);
    // Another school's pupil and a code nobody holds answer alike (the code aside).
    const one = async (code: string) => (await move(secretary, to, [code])).errors![0];
    const [a, b] = [await one(theirs.code), await one('Z999999999')];
    expect(a.message.replace(theirs.code, '…')).toBe(b.message.replace('Z999999999', '…'));
    expect({ ...a.extensions, codeMassar: '…', rows: [] }).toEqual({ ...b.extensions, codeMassar: '…', rows: [] });
    expect(await placements(ids)).toEqual(before);
    const tooMany = await move(secretary, to, Array.from({ length: 101 }, (_, i) => `A${String(i).padStart(9, '0')}`));
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'codesMassar' });
  });

  it('keeps a pupil within their level: a 1AC pupil does not move into a 3AC class (OTHER_LEVEL)', async () => {
    const from = await f.schoolClass(school.id, { name: '1AC-L' });
    const to = await f.schoolClass(school.id, { name: '3AC-L', level: '3AC' });
    const pupil = await f.student({ classId: from });
    const before = await placements([pupil.id]);
    const res = await move(secretary, to, [pupil.code]);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OTHER_LEVEL', path: 'codesMassar.0' });
    expect(await placements([pupil.id])).toEqual(before);
  });

  it('answers another school\'s registry with NOT_FOUND, as for a class that does not exist, and refuses teachers and families', async () => {
    const from = await f.schoolClass(school.id, { name: '1AC-F' });
    const to = await f.schoolClass(school.id, { name: '1AC-G' });
    const p = await f.student({ classId: from });
    const other = await f.school();
    const stranger = await move(viewer(Role.DIRECTOR, { schoolId: other.id }), to, [p.code]);
    const missing = await move(viewer(Role.DIRECTOR, { schoolId: other.id }), 99_999_999, [p.code]);
    expect(codeOf(stranger)).toBe('NOT_FOUND');
    expect(stranger.errors![0]).toEqual(missing.errors![0]);
    const teacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId: from }, { classId: to }]) });
    const parent = viewer(Role.PARENT, { guardianId: await f.guardian([p.id]) });
    for (const who of [teacher, parent, viewer(Role.PROVINCE, { provinceId: school.provinceId })]) expect(codeOf(await move(who, to, [p.code]))).toBe('FORBIDDEN');
    expect(await placements([p.id])).toEqual([{ id: p.id, class_id: from, status: 'ACTIVE' }]);
  });

  it('keeps a pupil graded in their class this year where they are (HAS_GRADES_IN_CLASS), and moves nobody', async () => {
    const from = await f.schoolClass(school.id, { name: '1AC-H' });
    const to = await f.schoolClass(school.id, { name: '1AC-I' });
    const [graded, fresh] = [await f.student({ classId: from }), await f.student({ classId: from })];
    await grade(from, graded.id);
    const res = await move(secretary, to, [fresh.code, graded.code]);
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'HAS_GRADES_IN_CLASS', codesMassar: [graded.code] });
    expect(await placements([graded.id, fresh.id])).toEqual([graded, fresh].map((p) => ({ id: p.id, class_id: from, status: 'ACTIVE' })));
    // A grade in another class (the one the pupil goes to, say) does not hold them back.
    const back = await f.schoolClass(school.id, { name: '1AC-J' });
    await grade(back, fresh.id);
    expect((await move(secretary, to, [fresh.code])).errors).toBeUndefined();
  });
});
