import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';

const STEPS = '{ label value weight }';
const FIELDS = `term generalAverage rank classAverage subjects { subject { code } coefficient average derivation ${STEPS} }
  derivation ${STEPS} certificate { name average outcome honours derivation ${STEPS} } decision decisionConfirmed proposedDecision`;
const RESULTS = (term: string) => `query($code: String!) { student(codeMassar: $code) { results(year: "2025-2026"${term ? `, term: ${term}` : ''}) { ${FIELDS} } } }`;
const CLASS = `query($code: String!) { student(codeMassar: $code) { enrolments { schoolClass {
  results(term: S1) { classAverage students { student { codeMassar } generalAverage rank } } } } } }`;
const PORTAL = `query { me { children { codeMassar
  results(year: "2025-2026", term: S1) { generalAverage rank classAverage subjects { subject { code } average } } } } }`;
const TERM = (name: string) => `mutation($input: TermInput!) { ${name}(input: $input) }`;
const REOPEN = 'mutation($input: ReopenTermInput!) { reopenTerm(input: $input) }';
const CONFIRM = 'mutation($input: ConfirmDecisionsInput!) { confirmDecisions(input: $input) { decision } }';

type Pupil = { id: number; code: string };
type Viewer = ReturnType<typeof viewer>;

// Families read the results stored when the term was published; staff read the live computation.
describe('published results', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let school: { id: number; code: string };
  let director: Viewer;

  const run = async (v: Viewer, query: string, variables?: Record<string, unknown>) => {
    const res = await api.exec(v, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const results = async (v: Viewer, p: Pupil, term = 'S1') => (await run(v, RESULTS(term), { code: p.code })).student.results;
  const input = (classId: number, term: string) => ({ input: { classId: toGlobalId('SchoolClass', classId), term } });
  const publish = async (classId: number, term = 'S1') => {
    await run(director, TERM('lockTerm'), input(classId, term));
    await run(director, TERM('publishTerm'), input(classId, term));
  };
  const reopen = (classId: number, term = 'S1') =>
    run(director, REOPEN, { input: { ...input(classId, term).input, reason: 'correction' } });
  const stored = async (classId: number) =>
    (await api.db.query('SELECT term, count(*)::int AS n FROM published_result WHERE class_id = $1 GROUP BY term ORDER BY term', [classId]))
      .map((r: { term: string; n: number }) => `${r.term}:${r.n}`);

  /** One continuous test of a subject in a term, marked as given. */
  async function marks(classId: number, term: string, subject: string, values: [Pupil, number][]) {
    const [row] = await api.db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, su.id, c.school_year_id, $2, 'CONTINUOUS', 1, '2025-11-03' FROM school_class c, subject su WHERE c.id = $1 AND su.code = $3
       RETURNING id`,
      [classId, term, subject],
    );
    await api.db.query(
      `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value)
       SELECT school_id, school_year_id, id, unnest($2::bigint[]), unnest($3::numeric[]) FROM assessment WHERE id = $1`,
      [row.id, values.map(([p]) => p.id), values.map(([, v]) => v)],
    );
  }

  /** A class of two pupils with S1 marks in MATH and FR; the parent is a's. */
  async function gradedClass(level = '1AC') {
    const classId = await f.schoolClass(school.id, { level });
    const a = await f.student({ classId, lastName: 'Alami' });
    const b = await f.student({ classId, lastName: 'Bennis' });
    await marks(classId, 'S1', 'MATH', [[a, 14], [b, 8]]);
    await marks(classId, 'S1', 'FR', [[a, 12], [b, 9]]);
    return { classId, a, b, parent: viewer(Role.PARENT, { guardianId: await f.guardian([a.id]) }) };
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    school = await f.school();
    director = viewer(Role.DIRECTOR, { schoolId: school.id });
  });
  afterAll(() => api.stop());

  it('stores the class\'s results at publication and shows families exactly those', async () => {
    const { classId, a, parent } = await gradedClass();
    expect(await results(parent, a)).toBeNull();
    await publish(classId);
    expect(await stored(classId)).toEqual(['S1:2']);
    const live = await results(director, a);
    // (5×14 + 5×12)/10 = 13; b (5×8 + 5×9)/10 = 8.5; class average 10.75.
    expect(live).toMatchObject({ term: 'S1', generalAverage: 13, rank: 1, classAverage: 10.75 });
    // Staff-only fields read null for families, as before.
    expect(await results(parent, a)).toEqual({ ...live, proposedDecision: null });
    expect(await results(viewer(Role.PUPIL, { studentId: a.id }), a)).toEqual({ ...live, proposedDecision: null });
    const [enrolment] = (await run(parent, CLASS, { code: a.code })).student.enrolments;
    expect(enrolment.schoolClass.results).toEqual({ classAverage: 10.75, students: [{ student: { codeMassar: a.code }, generalAverage: 13, rank: 1 }] });
  });

  it('shows nothing while reopened, and the corrected value once published again', async () => {
    const { classId, a, parent } = await gradedClass();
    await publish(classId);
    expect((await results(parent, a)).generalAverage).toBe(13);
    await reopen(classId);
    expect(await stored(classId)).toEqual([]);
    expect(await results(parent, a)).toBeNull();
    expect((await run(parent, CLASS, { code: a.code })).student.enrolments[0].schoolClass.results).toEqual({ classAverage: null, students: [] });
    await api.db.query(
      `UPDATE grade g SET value = 16 FROM assessment x, subject su
       WHERE x.id = g.assessment_id AND su.id = x.subject_id AND x.class_id = $1 AND su.code = 'MATH' AND g.student_id = $2`,
      [classId, a.id],
    );
    await publish(classId);
    // (5×16 + 5×12)/10 = 14
    expect(await results(parent, a)).toMatchObject({ generalAverage: 14, classAverage: 11.25 });
    expect(await results(parent, a)).toEqual({ ...(await results(director, a)), proposedDecision: null });
  });

  it('keeps what families were shown through a coefficient correction, until the term is published again', async () => {
    const { classId, a, parent } = await gradedClass('2AC');
    await publish(classId);
    const shown = await results(parent, a);
    expect(shown.generalAverage).toBe(13);
    await api.db.query(
      `INSERT INTO subject_coefficient (level_id, stream_id, subject_id, exam, coefficient, source, from_year)
       SELECT l.id, NULL, su.id, 'CC', 1, 'correction (test)', '2025-2026' FROM level l, subject su WHERE l.code = '2AC' AND su.code = 'MATH'`,
    );
    // Staff see the correction at once: (1×14 + 5×12)/6 = 12.33; families keep what was published.
    expect((await results(director, a)).generalAverage).toBe(12.33);
    expect(await results(parent, a)).toEqual(shown);
    await reopen(classId);
    await publish(classId);
    expect(await results(parent, a)).toMatchObject({ generalAverage: 12.33, subjects: expect.arrayContaining([expect.objectContaining({ coefficient: 1 })]) });
  });

  it('stores the year with S2, where the class council\'s decision still overrides the proposal', async () => {
    const { classId, a, b, parent } = await gradedClass('3AC');
    await marks(classId, 'S2', 'MATH', [[a, 15], [b, 7]]);
    await marks(classId, 'S2', 'FR', [[a, 13], [b, 8]]);
    await publish(classId);
    expect(await results(parent, a, '')).toBeNull();
    await run(director, TERM('lockTerm'), input(classId, 'S2'));
    const [proposed] = (await run(director, CONFIRM, { input: { classId: toGlobalId('SchoolClass', classId), decisions: [{ codeMassar: a.code, decision: 'REPEAT' }] } }))
      .confirmDecisions;
    expect(proposed.decision).toBe('REPEAT');
    await run(director, TERM('publishTerm'), input(classId, 'S2'));
    expect(await stored(classId)).toEqual(['S1:2', 'S2:2', 'YEAR:2']);
    const live = await results(director, a, '');
    expect(live).toMatchObject({ term: null, decision: 'REPEAT', decisionConfirmed: true, certificate: { name: 'CEC' } });
    expect(await results(parent, a, '')).toEqual({ ...live, proposedDecision: null });
    // Republishing S1 while S2 stays published stores the year again (it depends on both terms).
    await reopen(classId);
    expect(await stored(classId)).toEqual(['S2:2', 'YEAR:2']);
    await publish(classId);
    expect(await stored(classId)).toEqual(['S1:2', 'S2:2', 'YEAR:2']);
    // Reopening S2 withdraws S2 and the year; S1 stays published.
    await reopen(classId, 'S2');
    expect(await stored(classId)).toEqual(['S1:2']);
    expect(await results(parent, a, '')).toBeNull();
    expect(await results(parent, a, 'S2')).toBeNull();
    expect((await results(parent, a)).generalAverage).toBe(13);
  });

  it('computes live for families a term published without a snapshot (before this table, or by SQL)', async () => {
    const { classId, a, parent } = await gradedClass();
    await api.db.query(`UPDATE term_status SET status = 'PUBLISHED' WHERE class_id = $1 AND term = 'S1'`, [classId]);
    expect(await stored(classId)).toEqual([]);
    expect(await results(parent, a)).toEqual({ ...(await results(director, a)), proposedDecision: null });
  });

  it('reads every child\'s results in the same few statements, one child or two', async () => {
    const one = await gradedClass();
    const other = await gradedClass('2AC');
    await publish(one.classId);
    await publish(other.classId);
    const twoChildren = viewer(Role.PARENT, { guardianId: await f.guardian([one.a.id, other.b.id]) });
    const count = async (v: Viewer) => {
      api.statements.length = 0;
      const children = (await run(v, PORTAL)).me.children;
      expect(children.every((c: { results: unknown }) => c.results !== null)).toBe(true);
      return { children: children.length, statements: api.statements.length };
    };
    const single = await count(one.parent);
    const double = await count(twoChildren);
    expect(single.children).toBe(1);
    expect(double.children).toBe(2);
    // The children (links, pupils), the school year, the stored results, the subjects.
    expect(double.statements).toBe(single.statements);
    expect(single.statements).toBeLessThanOrEqual(5);
  });
});
