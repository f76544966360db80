import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../../core/auth/viewer.js';
import { forgetViewerMemory } from '../../core/database/viewer-memory.js';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

// A pupil's history after a transfer during the year (issue 10): their results in the class they
// left stay readable as a transcript, by the school they are in now, by the school they left for
// its own class only, and by their family once that class published the term.

const YEAR = '2026-2027';
const RESULT = 'term transcript generalAverage rank classAverage subjects { subject { code } average }';
const RECORD = `query($code: String!) { student(codeMassar: $code) {
  s1: results(year: "${YEAR}", term: S1) { ${RESULT} }
  s2: results(year: "${YEAR}", term: S2) { ${RESULT} }
  enrolments { status school { code } s1: results(term: S1) { ${RESULT} } s2: results(term: S2) { ${RESULT} } } } }`;
const CLASS = `query($id: ID!) { node(id: $id) { ... on SchoolClass { results(term: S1) { classAverage students { student { codeMassar } generalAverage rank } } } } }`;
const TERM = (name: string) => `mutation($input: TermInput!) { ${name}(input: $input) }`;

type Pupil = { id: number; code: string };
type Result = { term: string; transcript: boolean; generalAverage: number | null; rank: number | null; classAverage: number | null; subjects: { subject: { code: string }; average: number | null }[] };
type Enrolment = { status: string; school: { code: string } | null; s1: Result | null; s2: Result | null };
/** A year's enrolments in a fixed order (the list orders by year only): ACTIVE, then TRANSFERRED. */
const byStatus = (list: Enrolment[]) => [...list].sort((x, y) => x.status.localeCompare(y.status));
const average = (r: Result, code: string) => r.subjects.find((s) => s.subject.code === code)?.average ?? null;

describe('transcripts after a transfer during the year', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let n = 0;

  const run = async (v: Viewer, query: string, variables: Record<string, unknown>) => {
    const res = await api.exec(v, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  /** A director with an account row (transfers name who asked and decided). */
  async function director(schoolId: number): Promise<Viewer> {
    const [row] = await api.db.query(
      `INSERT INTO account (email, password_hash, role, display_name, school_id) VALUES ($1, 'x', 'DIRECTOR', $1, $2) RETURNING id`,
      [`director${++n}@test.massar.ma`, schoolId],
    );
    return viewer(Role.DIRECTOR, { schoolId, accountId: row.id });
  }

  async function school() {
    const s = await f.school({ provinceCode: '06.141' });
    const classId = await f.schoolClass(s.id, { name: `1AC-${++n}`, year: YEAR });
    return { ...s, classId, director: await director(s.id) };
  }

  /** A continuous test of a subject in a class's term, with these marks. */
  async function marks(classId: number, term: string, subject: string, values: [Pupil, number][]) {
    const [a] = await api.db.query(
      `INSERT INTO assessment (school_id, class_id, subject_id, school_year_id, term, kind, number, held_on)
       SELECT c.school_id, c.id, su.id, c.school_year_id, $2, 'CONTINUOUS', 1 + (SELECT count(*) FROM assessment WHERE class_id = c.id AND term = $2 AND subject_id = su.id), '2026-10-05'
       FROM school_class c, subject su WHERE c.id = $1 AND su.code = $3 RETURNING id`,
      [classId, term, subject],
    );
    await api.db.query(
      `INSERT INTO grade (school_id, school_year_id, assessment_id, student_id, value)
       SELECT school_id, school_year_id, id, unnest($2::bigint[]), unnest($3::numeric[]) FROM assessment WHERE id = $1`,
      [a.id, values.map(([p]) => p.id), values.map(([, v]) => v)],
    );
  }

  const termInput = (classId: number, term: string) => ({ input: { classId: toGlobalId('SchoolClass', classId), term } });
  async function publish(v: Viewer, classId: number, term: string) {
    await run(v, TERM('lockTerm'), termInput(classId, term));
    await run(v, TERM('publishTerm'), termInput(classId, term));
  }

  async function transfer(from: { director: Viewer }, to: { code: string; classId: number; director: Viewer }, pupil: Pupil) {
    const asked = await run(from.director, 'mutation($input: RequestTransferInput!) { requestTransfer(input: $input) { id } }', {
      input: { codeMassar: pupil.code, toSchoolCode: to.code },
    });
    const done = await run(to.director, 'mutation($input: DecideTransferInput!) { decideTransfer(input: $input) { status } }', {
      input: { transferId: asked.requestTransfer.id, approve: true, classId: toGlobalId('SchoolClass', to.classId) },
    });
    expect(done.decideTransfer.status).toBe('COMPLETED');
  }

  /**
   * Pupil p and classmate q at A: S1 MATH 14 / 8, FR 10 / 12, S1 published by A; S2 MATH 9 / 11 at A.
   * Then p moves to B, where S2 MATH is 17.
   */
  async function moved() {
    const a = await school();
    const b = await school();
    const p = await f.student({ classId: a.classId, lastName: 'Alami' });
    const q = await f.student({ classId: a.classId, lastName: 'Bennis' });
    await marks(a.classId, 'S1', 'MATH', [[p, 14], [q, 8]]);
    await marks(a.classId, 'S1', 'FR', [[p, 10], [q, 12]]);
    await publish(a.director, a.classId, 'S1');
    await marks(a.classId, 'S2', 'MATH', [[p, 9], [q, 11]]);
    await transfer(a, b, p);
    await marks(b.classId, 'S2', 'MATH', [[p, 17]]);
    const parent = viewer(Role.PARENT, { guardianId: await f.guardian([p.id]) });
    return { a, b, p, q, parent };
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    await f.year('2025-2026');
    await f.year(YEAR);
  });
  afterAll(() => api.stop());

  it('lets the destination read the S1 transcript of the class left, and the destination class for a term with grades there', async () => {
    const { b, p } = await moved();
    const { student } = await run(b.director, RECORD, { code: p.code });
    // S1 was spent wholly at A: its transcript, (5×14 + 5×10)/10 = 12, without the class's rank and average.
    expect(student.s1).toMatchObject({ term: 'S1', transcript: true, generalAverage: 12, rank: null, classAverage: null });
    expect(average(student.s1, 'MATH')).toBe(14);
    // S2 has grades at both: the ACTIVE class's results, from B's grades only.
    expect(student.s2).toMatchObject({ term: 'S2', transcript: false, generalAverage: 17, rank: 1, classAverage: 17 });
    const [active, left] = byStatus(student.enrolments);
    // (The school left reads null to B: the school rule's, not this module's.)
    expect([active.status, active.school?.code, left.status]).toEqual(['ACTIVE', b.code, 'TRANSFERRED']);
    expect(left.s1).toEqual(student.s1);
    expect(left.s2).toMatchObject({ transcript: true, generalAverage: 9, rank: null });
    expect(active.s1).toMatchObject({ transcript: false, generalAverage: null });
    expect(active.s2).toEqual(student.s2);
  });

  it('lets the origin read its own class\'s transcript and nothing entered at the destination; its class is ranked over its roster', async () => {
    const { a, p, q } = await moved();
    const { student } = await run(a.director, RECORD, { code: p.code });
    expect(student.s1).toMatchObject({ transcript: true, generalAverage: 12 });
    // The origin chooses among what it may read: A's S2 transcript, never B's class.
    expect(student.s2).toMatchObject({ transcript: true, generalAverage: 9 });
    expect(student.enrolments).toHaveLength(1);
    expect(student.enrolments[0]).toMatchObject({ status: 'TRANSFERRED', s1: student.s1, s2: student.s2 });
    expect(JSON.stringify(student)).not.toContain('17');
    const { node } = await run(a.director, CLASS, { id: toGlobalId('SchoolClass', a.classId) });
    // q alone on A's roster: (5×8 + 5×12)/10 = 10, ranked first.
    expect(node.results).toEqual({ classAverage: 10, students: [{ student: { codeMassar: q.code }, generalAverage: 10, rank: 1 }] });
    // A pupil with one enrolment of the year answers as before: the class's row.
    const classmate = (await run(a.director, RECORD, { code: q.code })).student;
    expect(classmate.s1).toMatchObject({ transcript: false, generalAverage: 10, rank: 1, classAverage: 10 });
    expect(classmate.enrolments[0].s1).toEqual(classmate.s1);
  });

  it('shows a third school nothing, and a teacher of the destination only the destination class', async () => {
    const { a, b, p } = await moved();
    const c = await school();
    expect(codeOf(await api.exec(c.director, RECORD, { code: p.code }))).toBe('NOT_FOUND');
    const [left] = await api.db.query(`SELECT id FROM enrolment WHERE student_id = $1 AND school_id = $2`, [p.id, a.id]);
    const byNode = await run(c.director, 'query($id: ID!) { node(id: $id) { ... on Enrolment { results(term: S1) { generalAverage } } } }', {
      id: toGlobalId('Enrolment', left.id),
    });
    expect(byNode.node).toBeNull();
    const teacher = viewer(Role.TEACHER, { schoolId: b.id, staffMemberId: await f.teacher(b.id, [{ classId: b.classId }]) });
    const { student } = await run(teacher, RECORD, { code: p.code });
    expect(student.s1).toMatchObject({ transcript: false, generalAverage: null });
    expect(JSON.stringify(student)).not.toContain('14');
  });

  it('shows the family only what a class published: the transcript of a term A published, the destination\'s once B publishes', async () => {
    const { a, b, p, parent } = await moved();
    const { student } = await run(parent, RECORD, { code: p.code });
    // A published S1 while p was on its roster: what was stored then, as a transcript.
    expect(student.s1).toMatchObject({ transcript: true, generalAverage: 12, rank: null, classAverage: null });
    expect(student.s2).toBeNull();
    expect(byStatus(student.enrolments).map((e) => [e.status, e.s1 !== null, e.s2])).toEqual([['ACTIVE', false, null], ['TRANSFERRED', true, null]]);
    // A publishes S2 after p left (nothing stored for p): computed live; B publishes S2: its class first.
    await publish(a.director, a.classId, 'S2');
    forgetViewerMemory(api.db);
    const afterA = (await run(parent, RECORD, { code: p.code })).student;
    expect(afterA.s2).toMatchObject({ transcript: true, generalAverage: 9 });
    await publish(b.director, b.classId, 'S2');
    forgetViewerMemory(api.db);
    const afterB = (await run(parent, RECORD, { code: p.code })).student;
    expect(afterB.s2).toMatchObject({ transcript: false, generalAverage: 17, rank: 1 });
    expect(byStatus(afterB.enrolments)[1].s2).toMatchObject({ transcript: true, generalAverage: 9 });
    // The pupil's own account reads the same.
    forgetViewerMemory(api.db);
    const own = (await run(viewer(Role.PUPIL, { studentId: p.id }), RECORD, { code: p.code })).student;
    expect({ ...own, enrolments: byStatus(own.enrolments) }).toEqual({ ...afterB, enrolments: byStatus(afterB.enrolments) });
  });

  it('reads the history of one transferred pupil or of two, from two origin classes, in the same statements', async () => {
    const one = await moved();
    const two = await moved();
    await transfer(two.a, one.b, two.q);
    const LIST = `{ students(first: 100) { edges { node { codeMassar
      results(year: "${YEAR}", term: S1) { transcript generalAverage } enrolments { results(term: S1) { generalAverage subjects { average } } } } } } }`;
    const count = async (v: Viewer) => {
      api.statements.length = 0;
      const res = await api.exec(v, LIST);
      expect(res.errors).toBeUndefined();
      return { statements: api.statements.length, pupils: res.data!.students.edges.map((e: { node: unknown }) => e.node) };
    };
    const single = await count(two.b.director);
    const double = await count(one.b.director);
    expect(single.pupils).toHaveLength(1);
    expect(double.pupils.map((p: { codeMassar: string; results: unknown }) => [p.codeMassar, p.results])).toEqual(expect.arrayContaining([
      [one.p.code, { transcript: true, generalAverage: 12 }], [two.q.code, { transcript: true, generalAverage: 10 }],
    ]));
    expect(double.statements).toBe(single.statements);
  });
});
