import { type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../core/auth/password.js';
import { createTestDatabase } from '../../test/database.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';
import { startMain } from '../../test/main-process.js';

const MOVE = `mutation($input: MoveCohortInput!) { moveCohort(input: $input) {
  dryRun year nextYear level { code } nextLevel { code } toSchool { code } moved alreadyEnrolled notPromoted
  byClass { className count size capacity schoolClass { name } students { codeMassar } }
  byOrigin { schoolCode count }
  refusedSchools { schoolCode reason }
  notPlaced { student { codeMassar } reason detail originSchoolCode }
} }`;

type Report = Record<string, unknown> & { byClass: { className: string; count: number; size: number; capacity: number; students: { codeMassar: string }[] }[] };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of ad hoc SQL
type Db = { query: (sql: string, parameters?: unknown[]) => Promise<any[]> };

/** Every enrolment and class, to compare before and after. */
const snapshot = async (db: Db) => ({
  enrolments: await db.query('SELECT * FROM enrolment ORDER BY id'),
  classes: await db.query('SELECT * FROM school_class ORDER BY id'),
  decisions: await db.query('SELECT * FROM year_decision ORDER BY student_id, school_year_id'),
  students: await db.query('SELECT count(*)::int AS n FROM student'),
});

/** `count` pupils enrolled in `classId` (its year) with a decision, in one statement each. */
async function cohort(db: Db, classId: number, count: number, decision: string | null, tag: string): Promise<void> {
  await db.query(
    `WITH s AS (
       INSERT INTO student (code_massar, first_name, last_name, first_name_ar, last_name_ar, birth_date, birth_place, gender)
       SELECT $3 || lpad((nextval('student_code_seq') % 1000000000)::text, 9, '0'), 'Élève', 'Nom' || $4 || lpad(g::text, 5, '0'), 'تلميذ', 'اسم', '2014-01-01', 'Salé', 'F'
       FROM generate_series(1, $2::int) g RETURNING id
     ), e AS (
       INSERT INTO enrolment (student_id, school_id, class_id, school_year_id) SELECT s.id, c.school_id, c.id, c.school_year_id FROM s, school_class c WHERE c.id = $1
     )
     INSERT INTO year_decision (school_id, school_year_id, class_id, student_id, decision)
     SELECT c.school_id, c.school_year_id, c.id, s.id, $5 FROM s, school_class c WHERE c.id = $1 AND $5::text IS NOT NULL`,
    [classId, count, 'K', tag, decision],
  );
}

describe('moveCohort', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
  });
  afterAll(() => api.stop());

  const move = (who: ReturnType<typeof viewer>, input: Record<string, unknown>) => api.exec<{ moveCohort: Report }>(who, MOVE, { input });

  /** Two primary schools of Casablanca's province and one of Rabat's, and a collège of Casablanca with two small 1AC classes next year. */
  async function world(tag: string) {
    const primary = async (provinceCode: string) => {
      const s = await f.school({ provinceCode });
      await api.db.query(`UPDATE school SET cycles = ARRAY['PRIMARY'] WHERE id = $1`, [s.id]);
      return { ...s, classId: await f.schoolClass(s.id, { name: '6AP-1', level: '6AP' }) };
    };
    const a = await primary('06.141');
    const b = await primary('06.141');
    const rabat = await primary('04.421');
    const college = await f.school({ provinceCode: '06.141' });
    await f.schoolClass(college.id, { name: '1AC-1', level: '1AC', year: '2026-2027', capacity: 3 });
    await f.schoolClass(college.id, { name: '1AC-2', level: '1AC', year: '2026-2027', capacity: 3 });
    await cohort(api.db, a.classId, 4, 'PROMOTED', `${tag}A`);
    await cohort(api.db, a.classId, 1, 'REPEAT', `${tag}R`);
    await cohort(api.db, b.classId, 3, 'PROMOTED', `${tag}B`);
    await cohort(api.db, rabat.classId, 2, 'PROMOTED', `${tag}C`);
    const input = { fromSchoolCodes: [a.code, b.code.toLowerCase(), rabat.code, 'ZZ99999'], levelCode: '6AP', toSchoolCode: college.code, year: '2025-2026', dryRun: false };
    return {
      a, b, rabat, college, input,
      province: viewer(Role.PROVINCE, { provinceId: college.provinceId }),
      director: viewer(Role.DIRECTOR, { schoolId: college.id }),
      staff: viewer(Role.STAFF, { schoolId: college.id }),
    };
  }

  /** The code Massar and names of the pupils enrolled in these classes: none may appear in a directorate's report. */
  const identities = async (classIds: number[]): Promise<string[]> => (await api.db.query(
    `SELECT s.code_massar, s.last_name FROM enrolment e JOIN student s ON s.id = e.student_id WHERE e.class_id = ANY ($1)`, [classIds],
  )).flatMap((r: { code_massar: string; last_name: string }) => [r.code_massar, r.last_name]);

  it('the directorate enrols the promoted 6AP pupils of its province\'s schools in the collège\'s 1AC classes, within capacity, and reads counts, no pupil; a second run changes nothing', async () => {
    const w = await world('m');
    const before = await snapshot(api.db);
    const dry = await move(w.province, { ...w.input, dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(await snapshot(api.db)).toEqual(before);

    const res = await move(w.province, w.input);
    expect(res.errors).toBeUndefined();
    const report = res.data!.moveCohort;
    expect(report).toMatchObject({
      dryRun: false, year: '2025-2026', nextYear: '2026-2027', level: { code: '6AP' }, nextLevel: { code: '1AC' }, toSchool: { code: w.college.code },
      moved: 6, alreadyEnrolled: 0, notPromoted: 1,
      refusedSchools: [{ schoolCode: w.rabat.code, reason: 'OTHER_PROVINCE' }, { schoolCode: 'ZZ99999', reason: 'UNKNOWN_SCHOOL' }],
    });
    // Pupils are placed by name: A's four first (NommA…), then two of B's three.
    expect(report.byOrigin).toEqual([{ schoolCode: w.a.code, count: 4 }, { schoolCode: w.b.code, count: 2 }]);
    expect(report.byClass.map((c) => [c.className, c.count, c.size, c.capacity])).toEqual([['1AC-1', 3, 3, 3], ['1AC-2', 3, 3, 3]]);
    const moved = await api.db.query(
      `SELECT s.code_massar FROM enrolment e JOIN student s ON s.id = e.student_id JOIN school_year y ON y.id = e.school_year_id
       WHERE y.name = '2026-2027' AND e.school_id = $1 ORDER BY s.last_name`, [w.college.id],
    );
    expect(moved).toHaveLength(6);
    const [full] = report.notPlaced as { student: { codeMassar: string }; reason: string; originSchoolCode: string }[];
    expect(report.notPlaced).toHaveLength(1);
    expect(full).toMatchObject({ reason: 'CLASS_FULL', originSchoolCode: w.b.code, detail: 'Every class of 1AC in 2026-2027 is full' });
    // The directorate reads how many went where, and no pupil: neither those moved nor the one left.
    expect(report.byClass.flatMap((c) => c.students)).toEqual([]);
    expect(full.student).toBeNull();
    const names = await identities([w.a.classId, w.b.classId]);
    const text = JSON.stringify(res.data);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => text.includes(n))).toEqual([]);
    // The dry run said the same.
    expect({ ...dry.data!.moveCohort, dryRun: false }).toEqual(report);

    const after = await snapshot(api.db);
    const again = await move(w.province, w.input);
    expect(again.data!.moveCohort).toMatchObject({ moved: 0, alreadyEnrolled: 6, notPromoted: 1, byClass: [] });
    expect(again.data!.moveCohort.notPlaced).toHaveLength(1);
    expect(await snapshot(api.db)).toEqual(after);
  });

  it('refuses what is not a collective move', async () => {
    const w = await world('s');
    const before = await snapshot(api.db);
    expect((await move(w.province, { ...w.input, levelCode: '1AC' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_CYCLE_END' });
    expect((await move(w.province, { ...w.input, levelCode: 'XYZ' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_LEVEL' });
    expect((await move(w.province, { ...w.input, year: '2031-2032' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await move(w.province, { ...w.input, fromSchoolCodes: [] })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromSchoolCodes' });
    expect(await snapshot(api.db)).toEqual(before);
  });

  it('is the directorate\'s decision: the schools\' accounts, the academy and the ministry are refused and write nothing', async () => {
    const w = await world('f');
    const before = await snapshot(api.db);
    const teacher = viewer(Role.TEACHER, { schoolId: w.college.id, staffMemberId: await f.teacher(w.college.id) });
    const pupil = (await api.db.query('SELECT student_id FROM enrolment WHERE class_id = $1 LIMIT 1', [w.a.classId]))[0].student_id;
    const parent = viewer(Role.PARENT, { guardianId: await f.guardian([Number(pupil)]) });
    const refused = [
      w.director, w.staff, teacher, parent,
      // An origin school's director cannot send its pupils either.
      viewer(Role.DIRECTOR, { schoolId: w.a.id }),
      viewer(Role.REGION, { regionId: w.college.regionId }), viewer(Role.MINISTRY),
    ];
    for (const who of refused) {
      for (const input of [w.input, { ...w.input, dryRun: true }, { ...w.input, toSchoolCode: 'ZZ88888' }]) {
        const res = await move(who, input);
        expect(res.data).toBeNull();
        expect(res.errors![0]).toMatchObject({ message: 'Only the provincial directorate may move a cohort between schools', extensions: { code: 'FORBIDDEN' } });
      }
    }
    expect(await snapshot(api.db)).toEqual(before);
  });

  it('a directorate reaches its own province only: another\'s collège answers as unknown, another\'s schools are refused as origins', async () => {
    const w = await world('o');
    const rabat = viewer(Role.PROVINCE, { provinceId: w.rabat.provinceId });
    const before = await snapshot(api.db);
    const other = await move(rabat, w.input);
    expect(codeOf(other)).toBe('NOT_FOUND');
    expect(other).toEqual(await move(rabat, { ...w.input, toSchoolCode: 'ZZ88888' }));
    expect(await snapshot(api.db)).toEqual(before);

    // Rabat's own collège, asked to take Casablanca's pupils: only Rabat's primary school is moved.
    const rabatCollege = await f.school({ provinceCode: '04.421' });
    await f.schoolClass(rabatCollege.id, { name: '1AC-1', level: '1AC', year: '2026-2027', capacity: 40 });
    const res = await move(rabat, { ...w.input, toSchoolCode: rabatCollege.code });
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveCohort).toMatchObject({
      moved: 2, byOrigin: [{ schoolCode: w.rabat.code, count: 2 }],
      refusedSchools: [{ schoolCode: w.a.code, reason: 'OTHER_PROVINCE' }, { schoolCode: w.b.code, reason: 'OTHER_PROVINCE' }, { schoolCode: 'ZZ99999', reason: 'UNKNOWN_SCHOOL' }],
    });
    const left = await api.db.query(
      `SELECT count(*)::int AS n FROM enrolment e JOIN school_year y ON y.id = e.school_year_id WHERE y.name = '2026-2027' AND e.student_id IN (
         SELECT student_id FROM enrolment WHERE class_id = ANY ($1))`, [[w.a.classId, w.b.classId]],
    );
    expect(left[0].n).toBe(0);
  });

  it('leaves nothing half-moved when one enrolment fails: the pupils written before it are undone', async () => {
    const w = await world('x');
    const ids = (await api.db.query('SELECT student_id FROM enrolment WHERE class_id = ANY($1) ORDER BY student_id', [[w.a.classId, w.b.classId]])).map((r: { student_id: string }) => Number(r.student_id));
    const nextYear = await f.year('2026-2027');
    // A's four promoted pupils, A's repeater, B's three: six are placed (by name), B's third is not.
    // Refuse the last one written (pupil id order): B's second.
    const last = ids[6];
    await api.db.query(`ALTER TABLE enrolment ADD CONSTRAINT test_refuse_last CHECK (student_id <> ${last} OR school_year_id <> ${nextYear})`);
    try {
      const before = await snapshot(api.db);
      expect(codeOf(await move(w.province, w.input))).toBe('BAD_USER_INPUT');
      expect(await snapshot(api.db)).toEqual(before);
    } finally {
      await api.db.query('ALTER TABLE enrolment DROP CONSTRAINT test_refuse_last');
    }
    expect((await move(w.province, w.input)).data!.moveCohort.moved).toBe(6);
  });
});

/** main.ts as `npm start` runs it, on DATABASE_URL, until it prints its URL. */
async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const { child, url } = await startMain({ DATABASE_URL: databaseUrl, MASSAR_DEMO: 'false', LOG_LEVEL: 'warn' });
  return { child, url: url.replace('//localhost:', '//127.0.0.1:') };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('moveCohort when the server is killed (kill -9) in the middle', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let server: { child: ChildProcess; url: string } | undefined;
  let blocker: pg.Client | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await blocker?.end().catch(() => {});
    await db.drop();
  });

  it('leaves the database exactly as it was', async () => {
    const f = factories(db.db);
    const schools = [];
    for (let i = 0; i < 3; i++) {
      const s = await f.school();
      await cohort(db.db, await f.schoolClass(s.id, { name: '6AP-1', level: '6AP' }), 400, 'PROMOTED', `k${i}`);
      schools.push(s.code);
    }
    const elsewhere = await f.school();
    const elsewhereClass = await f.schoolClass(elsewhere.id, { name: '1AC-1', level: '1AC', year: '2026-2027' });
    const college = await f.school();
    const nextYear = await f.year('2026-2027');
    const classIds = [];
    for (let i = 1; i <= 30; i++) classIds.push(await f.schoolClass(college.id, { name: `1AC-${i}`, level: '1AC', year: '2026-2027' }));
    // The provincial directorate runs the move (all these schools are of its province).
    await db.db.query(`INSERT INTO account (email, password_hash, role, display_name, province_id) VALUES ('dp@kill.ma', $1, 'PROVINCE', 'Direction provinciale', $2)`, [
      await hashPassword('kill-pass-1'), college.provinceId,
    ]);
    const partition = `enrolment_y${nextYear}`;

    server = await startServer(db.url);
    const gql = (body: unknown, cookie = '') => fetch(`${server!.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie }, body: JSON.stringify(body),
    });
    const login = await gql({ query: 'mutation($i: LoginInput!) { login(input: $i) { viewer { role } } }', variables: { i: { identifier: 'dp@kill.ma', password: 'kill-pass-1' } } });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toMatch(/^massar_session=/);
    const before = await snapshot(db.db);

    // The move writes its enrolments in pupil id order. Hold, uncommitted, an enrolment of the
    // last pupil next year: the move writes every other pupil, then waits on the unique index.
    const last = (await db.db.query(`SELECT max(e.student_id) AS id FROM enrolment e JOIN school s ON s.id = e.school_id WHERE s.code = ANY($1)`, [schools]))[0].id;
    blocker = new pg.Client({ connectionString: db.url, application_name: 'kill-test-blocker' });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('INSERT INTO enrolment (student_id, school_id, class_id, school_year_id) VALUES ($1, $2, $3, $4)', [last, elsewhere.id, elsewhereClass, nextYear]);
    const heldSize = Number((await blocker.query(`SELECT pg_relation_size($1) AS n`, [partition])).rows[0].n);

    const input = { fromSchoolCodes: schools, levelCode: '6AP', toSchoolCode: college.code, year: '2025-2026', dryRun: false };
    const request = gql({ query: MOVE, variables: { input } }, cookie).catch((error: Error) => error);
    const waiting = await until('the move to wait on the held pupil', async () => (await db.db.query(
      `SELECT pid, backend_xid IS NOT NULL AS wrote FROM pg_stat_activity
       WHERE application_name = 'massar-api' AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO enrolment%'`,
    ))[0] as { pid: number; wrote: boolean } | undefined);
    expect(waiting.wrote).toBe(true);
    // Its enrolments are in the partition's pages already (uncommitted): 1,199 rows, many pages.
    expect(Number((await db.db.query(`SELECT pg_relation_size($1) AS n`, [partition]))[0].n)).toBeGreaterThan(heldSize + 8192 * 4);

    server.child.kill('SIGKILL');
    await new Promise((r) => server!.child.once('exit', r));
    expect(await request).toBeInstanceOf(Error);
    await blocker.query('ROLLBACK');
    // PostgreSQL ends the orphaned backend (its client is gone) without a COMMIT: the move is undone.
    await until('the killed server\'s backend to end', async () =>
      (await db.db.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1', [waiting.pid]))[0].n === 0);
    expect(await snapshot(db.db)).toEqual(before);
    expect((await db.db.query('SELECT count(*)::int AS n FROM enrolment WHERE school_year_id = $1', [nextYear]))[0].n).toBe(0);
  }, 120_000);
});
