import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';
import { nextCodeMassar } from './code-massar.js';
import { lockIdentity } from './duplicate-identity.js';
import { comparableName } from './person-name.js';

const REGISTER = 'mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { student { codeMassar firstName } } }';
const POSSIBLE = `query($input: IdentityInput!) { possibleDuplicates(input: $input) {
  existsElsewhere matches { student { codeMassar firstName lastName birthDate } currentSchool { code } } } }`;

interface Identity { firstName: string; lastName: string; birthDate: string; birthPlace: string }

function registration(classId: number, identity: Identity, extra: Record<string, unknown> = {}) {
  return {
    classId: toGlobalId('SchoolClass', classId), ...identity, firstNameAr: 'إلودي', lastNameAr: 'بنجلون', gender: 'F',
    guardians: [{ firstName: 'Nadia', lastName: identity.lastName, firstNameAr: 'نادية', lastNameAr: 'بنجلون', relationship: 'MOTHER', phone: '0661998877' }],
    ...extra,
  };
}

// Registration of a pupil whose Latin names, birth date and birth place are those of a pupil on
// record (DESIGN "Mobility", issue 10): refused with the code Massar the caller may see, or with
// only "one exists elsewhere" beyond the caller's scope, unless the secretary allows a duplicate.
describe('duplicate identities at registration', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let home: { id: number; classId: number; secretary: ReturnType<typeof viewer> };
  let away: { id: number; code: string; provinceId: number; classId: number; secretary: ReturnType<typeof viewer> };
  const counts = async () =>
    (await api.db.query(`SELECT (SELECT count(*) FROM student)::int AS s, (SELECT count(*) FROM guardian)::int AS g,
      (SELECT count(*) FROM student_guardian)::int AS l, (SELECT count(*) FROM enrolment)::int AS e`))[0];

  /** A pupil on record with exactly these spellings, enrolled in the class. */
  async function onRecord(classId: number, who: Identity): Promise<string> {
    const { id, code } = await f.student({ classId });
    await api.db.query('UPDATE student SET first_name = $2, last_name = $3, birth_date = $4, birth_place = $5 WHERE id = $1', [
      id, who.firstName, who.lastName, who.birthDate, who.birthPlace,
    ]);
    return code;
  }

  async function school(provinceCode?: string) {
    const s = await f.school({ provinceCode });
    return { ...s, classId: await f.schoolClass(s.id, { name: '1AC-1' }), secretary: viewer(Role.STAFF, { schoolId: s.id }) };
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    home = await school();
    away = await school('06.371');
  });
  afterAll(() => api.stop());

  it('finds the pupil whatever the accents, case and spaces, and refuses to register them again', async () => {
    const who = { firstName: 'Élodie', lastName: 'Benjelloun', birthDate: '2013-05-04', birthPlace: 'Fès' };
    const code = await onRecord(home.classId, who);
    const typed = { firstName: '  ELODIE ', lastName: 'benjelloun', birthDate: '2013-05-04', birthPlace: 'fes ' };
    const before = await counts();
    const res = await api.exec(home.secretary, REGISTER, { input: registration(home.classId, typed) });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'CONFLICT', reason: 'POSSIBLE_DUPLICATE', existsElsewhere: false,
      matches: [{ codeMassar: code, firstName: 'Élodie', lastName: 'Benjelloun', birthDate: '2013-05-04', birthPlace: 'Fès', currentSchool: { code: (await schoolCode(home.id)) } }],
    });
    expect(res.errors![0].message).toContain(code);
    // Nothing of the refused registration was written: no pupil, guardian, link or enrolment.
    expect(await counts()).toEqual(before);
    const asked = await api.exec(home.secretary, POSSIBLE, { input: typed });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.possibleDuplicates).toEqual({
      existsElsewhere: false,
      matches: [{ student: { codeMassar: code, firstName: 'Élodie', lastName: 'Benjelloun', birthDate: '2013-05-04' }, currentSchool: { code: await schoolCode(home.id) } }],
    });
  });

  it('registers a pupil of the same names born another day, or in another place', async () => {
    const who = { firstName: 'Yassine', lastName: 'Chraibi', birthDate: '2013-06-01', birthPlace: 'Rabat' };
    await onRecord(home.classId, who);
    for (const other of [{ ...who, birthDate: '2013-06-02' }, { ...who, firstName: 'Yassir' }, { ...who, birthPlace: 'Salé' }]) {
      const res = await api.exec(home.secretary, REGISTER, { input: registration(home.classId, other) });
      expect(res.errors, JSON.stringify(other)).toBeUndefined();
    }
    const asked = await api.exec(home.secretary, POSSIBLE, { input: { ...who, birthDate: '2013-06-03' } });
    expect(asked.data!.possibleDuplicates).toEqual({ existsElsewhere: false, matches: [] });
  });

  it('registers a second pupil of the same identity when the secretary allows it', async () => {
    const who = { firstName: 'Omar', lastName: 'Filali', birthDate: '2013-07-08', birthPlace: 'Meknès' };
    const code = await onRecord(home.classId, who);
    const res = await api.exec(home.secretary, REGISTER, { input: registration(home.classId, who, { allowDuplicate: true }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerStudent.student.codeMassar).not.toBe(code);
    const asked = await api.exec(home.secretary, POSSIBLE, { input: who });
    expect(asked.data!.possibleDuplicates.matches).toHaveLength(2);
  });

  it('says only that a pupil exists elsewhere, with no code, name or school, when the match is outside the scope', async () => {
    const who = { firstName: 'Salma', lastName: 'Berrada', birthDate: '2013-08-09', birthPlace: 'Tanger' };
    const code = await onRecord(away.classId, who);
    const [{ id: theirId, first_name_ar: theirArabic }] = await api.db.query('SELECT id, first_name_ar FROM student WHERE code_massar = $1', [code]);
    const before = await counts();
    const res = await api.exec(home.secretary, REGISTER, { input: registration(home.classId, { ...who, firstName: 'SALMA' }) });
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSSIBLE_DUPLICATE', matches: [], existsElsewhere: true });
    expect(res.errors![0].message).toMatch(/another school.*code Massar.*transfer/);
    const asked = await api.exec(home.secretary, POSSIBLE, { input: who });
    expect(asked.data!.possibleDuplicates).toEqual({ existsElsewhere: true, matches: [] });
    // Nothing in either answer names the pupil, their school or their province beyond what was typed.
    for (const answer of [JSON.stringify(res), JSON.stringify(asked)]) {
      for (const secret of [code, away.code, theirArabic, toGlobalId('Student', theirId), toGlobalId('School', away.id), 'École', '06.371']) expect(answer).not.toContain(secret);
    }
    expect(await counts()).toEqual(before);
    // The school that has the pupil sees them as its own.
    const theirs = await api.exec(away.secretary, POSSIBLE, { input: who });
    expect(theirs.data!.possibleDuplicates).toMatchObject({ existsElsewhere: false, matches: [{ student: { codeMassar: code }, currentSchool: { code: away.code } }] });
  });

  it('lets only the registry ask: a teacher, a parent, a pupil or a territorial account cannot', async () => {
    const who = { firstName: 'Salma', lastName: 'Berrada', birthDate: '2013-08-09', birthPlace: 'Tanger' };
    const guardianId = await f.guardian([]);
    const callers = [
      viewer(Role.TEACHER, { schoolId: away.id, staffMemberId: await f.teacher(away.id, [{ classId: away.classId }]) }),
      viewer(Role.PARENT, { guardianId }),
      viewer(Role.PUPIL, { studentId: 1 }),
      viewer(Role.PROVINCE, { provinceId: away.provinceId }),
      viewer(Role.MINISTRY),
    ];
    for (const caller of callers) {
      const res = await api.exec(caller, POSSIBLE, { input: who });
      expect(codeOf(res), caller.role).toBe('FORBIDDEN');
      expect(res.data?.possibleDuplicates ?? null).toBeNull();
    }
    expect(codeOf(await api.exec(null, POSSIBLE, { input: who }))).toBe('UNAUTHENTICATED');
  });

  it('holds a registration of an identity until a concurrent one commits, then refuses it', async () => {
    const who = { firstName: 'Imane', lastName: 'Kettani', birthDate: '2013-09-10', birthPlace: 'Oujda' };
    // Another school's registration of the same child, under way: it holds the identity's lock.
    const other = api.db.createQueryRunner();
    await other.startTransaction();
    await lockIdentity(other.manager, who);
    let settled = false;
    const pending = api.exec(home.secretary, REGISTER, { input: registration(home.classId, who) }).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(settled).toBe(false);
    const code = await nextCodeMassar(other.manager, 6);
    await other.query(`INSERT INTO student (code_massar, first_name, last_name, first_name_ar, last_name_ar, birth_date, birth_place, gender)
      VALUES ($1, 'Imane', 'Kettani', 'إيمان', 'الكتاني', '2013-09-10', 'Oujda', 'F')`, [code]);
    await other.commitTransaction();
    await other.release();
    const res = await pending;
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'POSSIBLE_DUPLICATE', existsElsewhere: true });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM student WHERE last_name = 'Kettani'`);
    expect(n).toBe(1);
  });

  it('refuses a malformed identity naming the field', async () => {
    const who = { firstName: 'Salma', lastName: 'Berrada', birthDate: '2013-02-30', birthPlace: 'Tanger' };
    const res = await api.exec(home.secretary, POSSIBLE, { input: who });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate' });
    const blank = await api.exec(home.secretary, POSSIBLE, { input: { ...who, birthDate: '2013-02-28', lastName: ' \u202e ' } });
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastName' });
  });

  it('compares names in SQL as comparableName() does, through the identity index', async () => {
    const samples = ['  Élodie ', 'ÉLODIE', 'Aït  Benhaddou', 'Nguyễn', 'Ḥassan', 'Zoë\u00a0Marie', 'أحمد', 'احمد', 'فاطمة', 'مُصطفى', 'عيسى', 'ٱلعربي', 'Ø', 'İbrahim'];
    const [{ keys }] = await api.db.query('SELECT array_agg(comparable_name(x) ORDER BY i) AS keys FROM unnest($1::text[]) WITH ORDINALITY AS u(x, i)', [samples]);
    expect(keys).toEqual(samples.map(comparableName));
    const plan = await api.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      return tx.query(`EXPLAIN SELECT id FROM student s WHERE s.birth_date = $1::date AND comparable_name(s.last_name) = comparable_name($2)
        AND comparable_name(s.first_name) = comparable_name($3)`, ['2013-05-04', 'benjelloun', 'elodie']);
    });
    expect(plan.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n')).toContain('student_identity_idx');
  });

  async function schoolCode(id: number): Promise<string> {
    return (await api.db.query('SELECT code FROM school WHERE id = $1', [id]))[0].code;
  }
});
