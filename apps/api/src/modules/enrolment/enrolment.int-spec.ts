import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';

const REGISTER = 'mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { id schoolYear { name } student { codeMassar guardians { firstName relationship } } schoolClass { name } } }';
const ENROL = 'mutation($input: EnrolStudentInput!) { enrolStudent(input: $input) { schoolClass { name } } }';
const REREGISTER = 'mutation($input: EnrolStudentInput!) { reRegisterStudent(input: $input) { schoolYear { name } schoolClass { name } } }';

function pupil(classId: number, overrides: Record<string, unknown> = {}) {
  return {
    classId: toGlobalId('SchoolClass', classId), firstName: 'Adam', lastName: 'Tazi', firstNameAr: 'آدم', lastNameAr: 'التازي',
    birthDate: '2013-03-02', birthPlace: 'Fès', gender: 'M',
    guardians: [{ firstName: 'Karim', lastName: 'Tazi', firstNameAr: 'كريم', lastNameAr: 'التازي', relationship: 'FATHER', phone: '0661234567', nationalId: 'C123456' }],
    ...overrides,
  };
}

describe('enrolment', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let schoolId: number;
  let secretary: ReturnType<typeof viewer>;
  const countRows = async (table: string) => (await api.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    schoolId = (await f.school()).id;
    secretary = viewer(Role.STAFF, { schoolId });
  });
  afterAll(() => api.stop());

  it('registers a new pupil with a fresh, well-formed code Massar and enrols them', async () => {
    const classId = await f.schoolClass(schoolId, { name: '1AC-1' });
    const first = await api.exec(secretary, REGISTER, { input: pupil(classId) });
    const second = await api.exec(secretary, REGISTER, { input: pupil(classId, { firstName: 'Sami' }) });
    expect(first.errors).toBeUndefined();
    const a = first.data!.registerStudent;
    expect(a.student.codeMassar).toMatch(/^F\d{9}$/); // F: first registered in region 06
    expect(second.data!.registerStudent.student.codeMassar).not.toBe(a.student.codeMassar);
    expect(a.schoolClass.name).toBe('1AC-1');
    expect(a.schoolYear.name).toBe('2025-2026');
    expect(a.student.guardians).toEqual([{ firstName: 'Karim', relationship: 'FATHER' }]);
    // The sibling's father, known by his CIN and the same names, is linked rather than duplicated,
    // at once (he has no account to confirm from); the school sees the phone it typed.
    expect((await api.db.query("SELECT count(*)::int AS n FROM guardian WHERE national_id = 'C123456'"))[0].n).toBe(1);
    const sibling = await api.exec(secretary, `{ student(codeMassar: "${second.data!.registerStudent.student.codeMassar}") { guardians { firstName linkStatus phone } } }`);
    expect(sibling.data!.student.guardians).toEqual([{ firstName: 'Karim', linkStatus: 'CONFIRMED', phone: '0661234567' }]);
    // The same CIN with another father's names is someone else: refused, naming the field.
    const impostor = await api.exec(secretary, REGISTER, { input: pupil(classId, { allowDuplicate: true, guardians: [{ ...pupil(classId).guardians[0], firstName: 'Rachid' }] }) });
    expect(impostor.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'guardians.0.nationalId', reason: 'GUARDIAN_IDENTITY_MISMATCH' });
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const classId = await f.schoolClass(schoolId, { name: '1AC-2' });
    const before = [await countRows('student'), await countRows('guardian'), await countRows('enrolment')];
    const badPhone = await api.exec(secretary, REGISTER, {
      input: pupil(classId, { guardians: [{ ...pupil(classId).guardians[0], phone: '12', nationalId: null }] }),
    });
    expect(codeOf(badPhone)).toBe('BAD_USER_INPUT');
    expect(badPhone.errors![0].extensions).toMatchObject({ field: 'phone', path: 'guardians.0.phone' });
    const noGuardian = await api.exec(secretary, REGISTER, { input: pupil(classId, { guardians: [] }) });
    expect(codeOf(noGuardian)).toBe('BAD_USER_INPUT');
    expect(noGuardian.errors![0].extensions!.field).toBe('guardians');
    const badDate = await api.exec(secretary, REGISTER, { input: pupil(classId, { birthDate: '2013-02-30' }) });
    expect(badDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate' });
    const badId = await api.exec(secretary, REGISTER, { input: pupil(classId, { classId: 'nonsense' }) });
    expect(codeOf(badId)).toBe('BAD_USER_INPUT');
    const twice = await api.exec(secretary, REGISTER, {
      input: pupil(classId, { guardians: [pupil(classId).guardians[0], { ...pupil(classId).guardians[0], relationship: 'TUTOR' }] }),
    });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'guardians.1.nationalId', reason: 'DUPLICATE_GUARDIAN' });
    expect([await countRows('student'), await countRows('guardian'), await countRows('enrolment')]).toEqual(before);
  });

  it('refuses a blank name, or one with invisible direction characters, naming the field', async () => {
    const classId = await f.schoolClass(schoolId, { name: '1AC-3' });
    const before = [await countRows('student'), await countRows('guardian'), await countRows('enrolment')];
    const father = pupil(classId).guardians[0];
    const cases: [Record<string, unknown>, string, string][] = [
      [{ lastName: '   ' }, 'lastName', 'lastName'],
      [{ firstNameAr: ' \u3000 ' }, 'firstNameAr', 'firstNameAr'],
      [{ birthPlace: '  ' }, 'birthPlace', 'birthPlace'],
      [{ firstName: 'Adam\u202eizaT' }, 'firstName', 'firstName'],
      [{ lastNameAr: 'التازي\u200f' }, 'lastNameAr', 'lastNameAr'],
      [{ guardians: [{ ...father, firstName: '  ' }] }, 'firstName', 'guardians.0.firstName'],
      [{ guardians: [{ ...father, lastName: 'Tazi\u2066' }] }, 'lastName', 'guardians.0.lastName'],
    ];
    for (const [override, field, path] of cases) {
      const res = await api.exec(secretary, REGISTER, { input: pupil(classId, override) });
      expect(res.errors![0].extensions, path).toMatchObject({ code: 'BAD_USER_INPUT', field, path });
      expect(res.errors![0].message).not.toMatch(/constraint|check|violates/i);
    }
    expect([await countRows('student'), await countRows('guardian'), await countRows('enrolment')]).toEqual(before);
  });

  it('enforces class capacity with a clear error', async () => {
    const classId = await f.schoolClass(schoolId, { name: '1AC-9', capacity: 2 });
    await f.student({ classId });
    await f.student({ classId });
    const full = await api.exec(secretary, REGISTER, { input: pupil(classId, { allowDuplicate: true, guardians: [{ ...pupil(classId).guardians[0], nationalId: null }] }) });
    expect(full.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLASS_FULL' });
    expect(full.errors![0].message).toContain('1AC-9');
  });

  it('allows one enrolment per pupil per school year, in the API and in the database', async () => {
    const c1 = await f.schoolClass(schoolId, { name: '2AC-1', level: '2AC' });
    const c2 = await f.schoolClass(schoolId, { name: '2AC-2', level: '2AC' });
    const s = await f.student({ classId: c1 });
    const twice = await api.exec(secretary, ENROL, { input: { codeMassar: s.code, classId: toGlobalId('SchoolClass', c2) } });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED' });
    await expect(f.enrol(s.id, c2)).rejects.toThrow(/duplicate key/);
  });

  it('re-registers a pupil for the next year, and only for a later year', async () => {
    const thisYear = await f.schoolClass(schoolId, { name: '1AC-5' });
    const nextYear = await f.schoolClass(schoolId, { name: '2AC-5', level: '2AC', year: '2026-2027' });
    const lastYear = await f.schoolClass(schoolId, { name: '6AP-1', level: '6AP', year: '2024-2025' });
    const s = await f.student({ classId: thisYear });
    const back = await api.exec(secretary, REREGISTER, { input: { codeMassar: s.code, classId: toGlobalId('SchoolClass', lastYear) } });
    expect(back.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_NEXT_YEAR' });
    const ok = await api.exec(secretary, REREGISTER, { input: { codeMassar: s.code.toLowerCase(), classId: toGlobalId('SchoolClass', nextYear) } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.reRegisterStudent).toEqual({ schoolYear: { name: '2026-2027' }, schoolClass: { name: '2AC-5' } });
  });

  it('answers a pupil of another school as an unknown code, and one who moved away with TRANSFER_REQUIRED', async () => {
    const other = await f.school();
    const theirs = await f.schoolClass(other.id, { name: '1AC-1' });
    const s = await f.student({ classId: theirs });
    const mine = await f.schoolClass(schoolId, { name: '2AC-7', level: '2AC', year: '2026-2027' });
    const enrol = (code: string) => api.exec(secretary, ENROL, { input: { codeMassar: code, classId: toGlobalId('SchoolClass', mine) } });
    const stranger = await enrol(s.code);
    const unknown = await enrol('Z999999999');
    expect(stranger.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(stranger).toEqual(unknown);
    // A pupil this school once had, now enrolled elsewhere: the school knows them, so it is told why.
    const former = await f.student({ classId: await f.schoolClass(schoolId, { name: '6AP-3', level: '6AP', year: '2024-2025' }) });
    await f.enrol(former.id, theirs);
    expect((await enrol(former.code)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSFER_REQUIRED' });
  });

  it('checks the code Massar format wherever it is accepted', async () => {
    const classId = await f.schoolClass(schoolId, { name: '1AC-8' });
    const res = await api.exec(secretary, ENROL, { input: { codeMassar: 'J12', classId: toGlobalId('SchoolClass', classId) } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'codeMassar' });
    await expect(api.db.query(`INSERT INTO student (code_massar, first_name, last_name, first_name_ar, last_name_ar, birth_date, birth_place, gender)
      VALUES ('1234567890', 'a', 'b', 'c', 'd', '2013-01-01', 'x', 'F')`)).rejects.toThrow(/check constraint/);
  });
});
