import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';

const RESULTS = `query($code: String!, $year: String!) { school(code: $code) { classes(year: $year) {
  subjects { subject { code } coefficient }
  results(term: S1) { students { generalAverage subjects { subject { code } coefficient } } } } } }`;
const CURRICULUM = '{ levels { code subjects(exam: CC) { subject { code } coefficient } } }';

// A coefficient corrected from a later year applies from that year on: earlier results keep theirs.
describe('coefficients versioned by school year', () => {
  let api: TestApi;
  let school: { id: number; code: string };
  const director = () => viewer(Role.DIRECTOR, { schoolId: school.id });

  /** A 1AC pupil of that year with S1 marks MATH 16 and FR 10. */
  async function pupilMarked(f: ReturnType<typeof factories>, year: string): Promise<void> {
    const classId = await f.schoolClass(school.id, { name: '1AC-1', year });
    const pupil = await f.student({ classId });
    for (const [subject, value] of [['MATH', 16], ['FR', 10]] as const) {
      await api.db.query(
        `WITH a AS (
           INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
           SELECT c.school_id, c.id, su.id, c.school_year_id, 'S1', 'CONTINUOUS', 1, y.starts_on + 30
           FROM school_class c JOIN school_year y ON y.id = c.school_year_id, subject su WHERE c.id = $1 AND su.code = $2 RETURNING *)
         INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value) SELECT school_id, school_year_id, id, $3, $4 FROM a`,
        [classId, subject, pupil.id, value],
      );
    }
  }

  async function classOf(year: string) {
    const res = await api.exec(director(), RESULTS, { code: school.code, year });
    expect(res.errors).toBeUndefined();
    const [cls] = res.data!.school.classes;
    const [student] = cls.results.students;
    const math = (list: { subject: { code: string }; coefficient: number }[]) => list.find((s) => s.subject.code === 'MATH')!.coefficient;
    return { generalAverage: student.generalAverage, math: math(student.subjects), classMath: math(cls.subjects), subjects: cls.subjects.length };
  }

  beforeAll(async () => {
    api = await createTestApi();
    const f = factories(api.db);
    school = await f.school();
    await pupilMarked(f, '2025-2026');
    await pupilMarked(f, '2026-2027');
  });
  afterAll(() => api.stop());

  it('applies a corrected coefficient from its year on, and leaves earlier years\' results unchanged', async () => {
    // 1AC: MATH 5, FR 5 → (5×16 + 5×10)/10 = 13 in both years.
    expect(await classOf('2025-2026')).toEqual({ generalAverage: 13, math: 5, classMath: 5, subjects: 9 });
    expect(await classOf('2026-2027')).toEqual({ generalAverage: 13, math: 5, classMath: 5, subjects: 9 });
    await api.db.query(
      `INSERT INTO subject_coefficient (level_id, stream_id, subject_id, exam, coefficient, source, from_year)
       SELECT l.id, NULL, su.id, 'CC', 7, 'correction (test)', '2026-2027' FROM level l, subject su WHERE l.code = '1AC' AND su.code = 'MATH'`,
    );
    expect(await classOf('2025-2026')).toEqual({ generalAverage: 13, math: 5, classMath: 5, subjects: 9 });
    // (7×16 + 5×10)/12 = 13.5, and no subject twice.
    expect(await classOf('2026-2027')).toEqual({ generalAverage: 13.5, math: 7, classMath: 7, subjects: 9 });
  });

  it('keeps one row per version, and the curriculum lists each subject once', async () => {
    const again = `INSERT INTO subject_coefficient (level_id, stream_id, subject_id, exam, coefficient, source, from_year)
                   SELECT l.id, NULL, su.id, 'CC', 6, 'again', $1 FROM level l, subject su WHERE l.code = '1AC' AND su.code = 'MATH'`;
    await expect(api.db.query(again, ['2026-2027'])).rejects.toThrow(/duplicate key/);
    await expect(api.db.query(again, [null])).rejects.toThrow(/duplicate key/);
    await expect(api.db.query(again, ['2027'])).rejects.toThrow(/check/);
    const res = await api.exec(director(), CURRICULUM);
    const level = res.data!.levels.find((l: { code: string }) => l.code === '1AC');
    const math = level.subjects.filter((s: { subject: { code: string } }) => s.subject.code === 'MATH');
    // The version of the current school year (which one that is depends on today's date).
    const [current] = await api.db.query('SELECT name FROM school_year ORDER BY (starts_on <= current_date) DESC, starts_on DESC LIMIT 1');
    expect(math).toEqual([{ subject: { code: 'MATH' }, coefficient: current.name >= '2026-2027' ? 7 : 5 }]);
  });
});
