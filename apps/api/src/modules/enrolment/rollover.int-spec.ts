import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

const ROLLOVER = `mutation($input: RolloverInput!) { rollOverSchoolYear(input: $input) {
  dryRun fromYear toYear yearCreated classesCreated classesAlreadyThere placed alreadyEnrolled changed
  placedByLevel { level { code } stream { code } count }
  placedByClass { className level { code } stream { code } count size capacity schoolClass { name } students { codeMassar } }
  leaving { decision count }
  notPlaced { student { codeMassar } reason detail }
} }`;

interface Report extends Record<string, unknown> {
  placedByClass: { className: string; count: number; size: number; capacity: number; schoolClass: unknown }[];
  notPlaced: { student: { codeMassar: string } | null; reason: string; detail: string }[];
}

/** The report without what a dry run answers differently by design. */
const comparable = (r: Report) => ({ ...r, dryRun: undefined, placedByClass: r.placedByClass.map((c) => ({ ...c, schoolClass: undefined })) });

describe('rollOverSchoolYear', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
  });
  afterAll(() => api.stop());

  const run = (who: ReturnType<typeof viewer>, schoolCode: string, toYear: string, dryRun = false) =>
    api.exec<{ rollOverSchoolYear: Report }>(who, ROLLOVER, { input: { schoolCode, toYear, dryRun } });

  async function decide(studentId: number, classId: number, decision: string, streamCode: string | null = null) {
    await api.db.query(
      `INSERT INTO year_decision (school_id, school_year_id, class_id, student_id, decision, stream_id)
       SELECT c.school_id, c.school_year_id, c.id, $2, $3, (SELECT id FROM stream WHERE code = $4) FROM school_class c WHERE c.id = $1`,
      [classId, studentId, decision, streamCode],
    );
  }

  /** A pupil enrolled in the class, with a decision (null: none), named so that pupils sort in creation order. */
  let named = 0;
  async function pupil(classId: number, decision: string | null, streamCode: string | null = null) {
    const s = await f.student({ classId, lastName: `Nom${String(++named).padStart(4, '0')}` });
    if (decision) await decide(s.id, classId, decision, streamCode);
    return s;
  }

  /** Every enrolment and class of the database, to compare before and after. */
  const snapshot = async () => ({
    enrolments: await api.db.query('SELECT * FROM enrolment ORDER BY id'),
    classes: await api.db.query('SELECT * FROM school_class ORDER BY id'),
    years: await api.db.query('SELECT * FROM school_year ORDER BY id'),
    terms: await api.db.query('SELECT * FROM term ORDER BY id'),
  });

  const enrolledIn = async (studentId: number, year: string) =>
    (await api.db.query(
      `SELECT c.name FROM enrolment e JOIN school_class c ON c.id = e.class_id JOIN school_year y ON y.id = e.school_year_id
       WHERE e.student_id = $1 AND y.name = $2 AND e.status = 'ACTIVE'`,
      [studentId, year],
    ))[0]?.name ?? null;

  it('copies the classes and re-registers a collège\'s pupils from their decisions; a second run changes nothing', async () => {
    const school = await f.school();
    const director = viewer(Role.DIRECTOR, { schoolId: school.id });
    const c1 = await f.schoolClass(school.id, { name: '1AC-1', level: '1AC' });
    const c1b = await f.schoolClass(school.id, { name: '1AC-2', level: '1AC', capacity: 40 });
    const c2 = await f.schoolClass(school.id, { name: '2AC-1', level: '2AC' });
    const c3 = await f.schoolClass(school.id, { name: '3AC-1', level: '3AC' });
    const promoted = [await pupil(c1, 'PROMOTED'), await pupil(c1, 'PROMOTED'), await pupil(c1b, 'PROMOTED')];
    const repeater = await pupil(c1, 'REPEAT');
    const undecided = await pupil(c1b, null);
    const to3 = await pupil(c2, 'PROMOTED');
    await pupil(c2, 'DROPPED_OUT');
    await pupil(c2, 'EXCLUDED');
    const toLycee = await pupil(c3, 'PROMOTED');
    const repeat3 = await pupil(c3, 'REPEAT');
    // Someone else's pupil, and one of ours who left mid-year: not this school's to roll over.
    await pupil(await f.schoolClass((await f.school()).id, { name: '1AC-1' }), 'PROMOTED');
    const left = await pupil(c1, 'PROMOTED');
    await api.db.query(`UPDATE enrolment SET status = 'LEFT', ended_on = current_date WHERE student_id = $1`, [left.id]);

    const first = await run(director, school.code, '2026-2027');
    expect(first.errors).toBeUndefined();
    const report = first.data!.rollOverSchoolYear;
    expect(report).toMatchObject({
      dryRun: false, fromYear: '2025-2026', toYear: '2026-2027', classesCreated: ['1AC-1', '1AC-2', '2AC-1', '3AC-1'], classesAlreadyThere: [],
      placed: 6, alreadyEnrolled: 0, changed: true,
      leaving: [{ decision: 'DROPPED_OUT', count: 1 }, { decision: 'EXCLUDED', count: 1 }],
    });
    expect(report.placedByLevel).toEqual([
      { level: { code: '1AC' }, stream: null, count: 1 },
      { level: { code: '2AC' }, stream: null, count: 3 },
      { level: { code: '3AC' }, stream: null, count: 2 },
    ]);
    expect(report.notPlaced).toEqual([
      { student: { codeMassar: undecided.code }, reason: 'NO_DECISION', detail: 'No year-end decision was confirmed for this pupil' },
      expect.objectContaining({ student: { codeMassar: toLycee.code }, reason: 'LEAVES_CYCLE', detail: expect.stringContaining('Promoted to TC') }),
    ]);
    for (const p of promoted) expect(await enrolledIn(p.id, '2026-2027')).toBe('2AC-1');
    expect(await enrolledIn(repeater.id, '2026-2027')).toBe('1AC-1');
    expect(await enrolledIn(to3.id, '2026-2027')).toBe('3AC-1');
    expect(await enrolledIn(repeat3.id, '2026-2027')).toBe('3AC-1');
    expect(await enrolledIn(toLycee.id, '2026-2027')).toBeNull();
    expect(await enrolledIn(left.id, '2026-2027')).toBeNull();
    const copied = await api.db.query(
      `SELECT c.name, l.code AS level, c.capacity FROM school_class c JOIN level l ON l.id = c.level_id JOIN school_year y ON y.id = c.school_year_id
       WHERE c.school_id = $1 AND y.name = '2026-2027' ORDER BY c.name`, [school.id],
    );
    expect(copied).toEqual([
      { name: '1AC-1', level: '1AC', capacity: 45 }, { name: '1AC-2', level: '1AC', capacity: 40 },
      { name: '2AC-1', level: '2AC', capacity: 45 }, { name: '3AC-1', level: '3AC', capacity: 45 },
    ]);

    const before = await snapshot();
    const second = await run(director, school.code, '2026-2027');
    expect(second.data!.rollOverSchoolYear).toMatchObject({
      classesCreated: [], classesAlreadyThere: ['1AC-1', '1AC-2', '2AC-1', '3AC-1'], placed: 0, alreadyEnrolled: 6, changed: false, yearCreated: false,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('places a lycée\'s pupils by stream: promoted into the decided stream, reoriented, repeating in their own', async () => {
    const school = await f.school();
    await api.db.query(`UPDATE school SET cycles = ARRAY['SECONDARY'] WHERE id = $1`, [school.id]);
    const director = viewer(Role.DIRECTOR, { schoolId: school.id });
    const tc = await f.schoolClass(school.id, { name: 'TC-SCI-1', level: 'TC', stream: 'TC_SCI' });
    const sexp = await f.schoolClass(school.id, { name: '1BAC-SEXP-1', level: '1BAC', stream: 'SEXP' });
    await f.schoolClass(school.id, { name: '1BAC-LSH-1', level: '1BAC', stream: 'LSH' });
    const bac = await f.schoolClass(school.id, { name: '2BAC-PC-1', level: '2BAC', stream: 'PC' });
    const toSexp = await pupil(tc, 'PROMOTED', 'SEXP');
    const noStream = await pupil(tc, 'PROMOTED');
    const toTcLsh = await pupil(tc, 'REORIENTED', 'TC_LSH');
    const repeatTc = await pupil(tc, 'REPEAT');
    const toLsh = await pupil(sexp, 'REORIENTED', 'LSH');
    const toPc = await pupil(sexp, 'PROMOTED', 'PC');
    await pupil(bac, 'GRADUATED');

    const res = await run(director, school.code, '2026-2027');
    expect(res.errors).toBeUndefined();
    const report = res.data!.rollOverSchoolYear;
    expect(report.placed).toBe(4);
    expect(report.leaving).toEqual([{ decision: 'GRADUATED', count: 1 }]);
    expect(await enrolledIn(toSexp.id, '2026-2027')).toBe('1BAC-SEXP-1');
    expect(await enrolledIn(repeatTc.id, '2026-2027')).toBe('TC-SCI-1');
    expect(await enrolledIn(toLsh.id, '2026-2027')).toBe('1BAC-LSH-1');
    expect(await enrolledIn(toPc.id, '2026-2027')).toBe('2BAC-PC-1');
    expect(report.notPlaced).toEqual([
      { student: { codeMassar: noStream.code }, reason: 'STREAM_NOT_DECIDED', detail: '1BAC is taught by stream here and no stream was decided' },
      { student: { codeMassar: toTcLsh.code }, reason: 'NO_CLASS', detail: 'No class of TC TC_LSH in 2026-2027' },
    ]);
  });

  it('fills the classes of a level evenly within capacity, and reports who found no seat', async () => {
    const school = await f.school();
    const director = viewer(Role.DIRECTOR, { schoolId: school.id });
    const c1 = await f.schoolClass(school.id, { name: '1AC-1', level: '1AC' });
    // Next year's 2AC classes exist already, smaller, one with a pupil in it.
    const next1 = await f.schoolClass(school.id, { name: '2AC-1', level: '2AC', year: '2026-2027', capacity: 3 });
    await f.schoolClass(school.id, { name: '2AC-2', level: '2AC', year: '2026-2027', capacity: 3 });
    await f.student({ classId: next1 });
    const pupils = [];
    for (let i = 0; i < 6; i++) pupils.push(await pupil(c1, 'PROMOTED'));

    const before = await snapshot();
    const dry = await run(director, school.code, '2026-2027', true);
    expect(dry.errors).toBeUndefined();
    expect(await snapshot()).toEqual(before);
    const real = await run(director, school.code, '2026-2027');
    const report = real.data!.rollOverSchoolYear;
    expect(comparable(report)).toEqual(comparable(dry.data!.rollOverSchoolYear));
    expect(report).toMatchObject({ classesCreated: ['1AC-1'], classesAlreadyThere: [], placed: 5 });
    expect(report.placedByClass.map((c) => [c.className, c.count, c.size, c.capacity])).toEqual([['2AC-1', 2, 3, 3], ['2AC-2', 3, 3, 3]]);
    expect(report.notPlaced).toEqual([{ student: { codeMassar: pupils[5].code }, reason: 'CLASS_FULL', detail: 'Every class of 2AC in 2026-2027 is full' }]);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM enrolment e JOIN school_class c ON c.id = e.class_id WHERE c.school_id = $1 AND c.name = '2AC-1'`, [school.id]))[0].n).toBe(3);
  });

  it('previews a year not created yet: the same report as the real run, and nothing written', async () => {
    const school = await f.school();
    const director = viewer(Role.DIRECTOR, { schoolId: school.id });
    const c1 = await f.schoolClass(school.id, { name: '1AC-1', level: '1AC', year: '2026-2027' });
    const c2 = await f.schoolClass(school.id, { name: '2AC-1', level: '2AC', year: '2026-2027', capacity: 2 });
    for (const d of ['PROMOTED', 'PROMOTED', 'REPEAT', 'REPEAT', null]) await pupil(c1, d);
    for (const d of ['PROMOTED', 'PROMOTED', 'DROPPED_OUT']) await pupil(c2, d);

    const before = await snapshot();
    const dry = await run(director, school.code, '2027-2028', true);
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.rollOverSchoolYear).toMatchObject({ dryRun: true, fromYear: '2026-2027', yearCreated: true, classesCreated: ['1AC-1', '2AC-1'], placed: 4 });
    expect(dry.data!.rollOverSchoolYear.notPlaced.map((u) => u.reason)).toEqual(['NO_DECISION', 'NO_CLASS', 'NO_CLASS']);
    expect(dry.data!.rollOverSchoolYear.placedByClass.map((c) => c.schoolClass)).toEqual([null, null]);
    expect(await snapshot()).toEqual(before);

    const real = await run(director, school.code, '2027-2028');
    expect(real.errors).toBeUndefined();
    expect(comparable(real.data!.rollOverSchoolYear)).toEqual(comparable(dry.data!.rollOverSchoolYear));
    expect(real.data!.rollOverSchoolYear.placedByClass.map((c) => c.schoolClass)).toEqual([{ name: '1AC-1' }, { name: '2AC-1' }]);
    // The year was created with its terms and its own enrolment partition.
    expect((await api.db.query(`SELECT count(*)::int AS n FROM term t JOIN school_year y ON y.id = t.school_year_id WHERE y.name = '2027-2028'`))[0].n).toBe(2);
    const [{ partition }] = await api.db.query(
      `SELECT DISTINCT e.tableoid::regclass::text AS partition FROM enrolment e JOIN school_year y ON y.id = e.school_year_id WHERE y.name = '2027-2028'`,
    );
    expect(partition).toMatch(/^enrolment_y\d+$/);
  });

  it('writes nothing when one enrolment fails half-way: the classes made before are undone too', async () => {
    const school = await f.school();
    const director = viewer(Role.DIRECTOR, { schoolId: school.id });
    const c1 = await f.schoolClass(school.id, { name: '1AC-1', level: '1AC' });
    await f.schoolClass(school.id, { name: '2AC-1', level: '2AC' });
    const pupils = [];
    for (let i = 0; i < 5; i++) pupils.push(await pupil(c1, 'PROMOTED'));
    // The pupil written last (enrolments are written in pupil id order) cannot be enrolled next year.
    const last = Math.max(...pupils.map((p) => p.id));
    const nextYear = await f.year('2026-2027');
    await api.db.query(`ALTER TABLE enrolment ADD CONSTRAINT test_refuse_last CHECK (student_id <> ${last} OR school_year_id <> ${nextYear})`);
    try {
      const before = await snapshot();
      const res = await run(director, school.code, '2026-2027');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toEqual(before);
    } finally {
      await api.db.query('ALTER TABLE enrolment DROP CONSTRAINT test_refuse_last');
    }
    const res = await run(director, school.code, '2026-2027');
    expect(res.data!.rollOverSchoolYear).toMatchObject({ classesCreated: ['1AC-1', '2AC-1'], placed: 5 });
  });

  it('answers another school\'s director as an unknown school, refuses teachers and parents, and writes nothing', async () => {
    const school = await f.school();
    const c1 = await f.schoolClass(school.id, { name: '1AC-1', level: '1AC' });
    await f.schoolClass(school.id, { name: '2AC-1', level: '2AC' });
    const p = await pupil(c1, 'PROMOTED');
    const teacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId: c1 }]) });
    const parent = viewer(Role.PARENT, { guardianId: await f.guardian([p.id]) });
    const other = viewer(Role.DIRECTOR, { schoolId: (await f.school()).id });
    const province = viewer(Role.PROVINCE, { provinceId: school.provinceId });
    const before = await snapshot();
    const stranger = await run(other, school.code, '2026-2027');
    const unknown = await run(other, 'ZZ9999', '2026-2027');
    expect(codeOf(stranger)).toBe('NOT_FOUND');
    expect(stranger).toEqual(unknown);
    for (const who of [teacher, parent, province]) expect(codeOf(await run(who, school.code, '2026-2027'))).toBe('FORBIDDEN');
    expect(codeOf(await run(viewer(Role.STAFF, { schoolId: school.id }), school.code, '2040-2041', true))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
    const secretary = await run(viewer(Role.STAFF, { schoolId: school.id }), school.code, '2026-2027', true);
    expect(secretary.data!.rollOverSchoolYear.placed).toBe(1);
  });
});
