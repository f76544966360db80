import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { createTestApi, type TestApi } from '../../test/graphql.js';

const ADD = 'mutation($input: BeneficiariesInput!) { addBeneficiaries(input: $input) { id year familySituations programme { code } student { codeMassar } level { code } } }';
const REMOVE = 'mutation($input: BeneficiariesInput!) { removeBeneficiaries(input: $input) }';
const ENTITLEMENTS = `query($code: String!, $month: String!, $lostOnly: Boolean) { school(code: $code) {
  entitlements(programmeCode: "TAYSSIR", month: $month, lostOnly: $lostOnly, first: 100) {
    totalCount edges { node { month met amount unjustifiedDays unjustifiedHours pendingJustifications explanation beneficiary { student { codeMassar } } } } } } }`;
const CHILD = `query($code: String!) { student(codeMassar: $code) { supportProgrammes(year: "2025-2026") {
  id programme { code } entitlements { month met amount unjustifiedDays explanation } } } }`;
const FIGURES = `query($regionCode: String, $provinceCode: String, $schoolCode: String) {
  supportFigures(year: "2025-2026", regionCode: $regionCode, provinceCode: $provinceCode, schoolCode: $schoolCode) { programme { code } beneficiaries amountPerPeriod } }`;

type Pupil = { id: number; code: string };
type Who = ReturnType<typeof viewer>;

describe('social support: programmes, beneficiaries, entitlements, figures', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let rural: Awaited<ReturnType<ReturnType<typeof factories>['school']>>;
  let rural2: typeof rural;
  let urban: typeof rural;
  let ruralClass: number;
  let director: Who;
  let staff: Who;
  let urbanDirector: Who;
  let p1: Pupil;
  let p2: Pupil;
  let p1Parent: Who;
  let otherParent: Who;
  let accountId: number;
  let teacher: Who;

  const add = (who: Who, programmeCode: string, codesMassar: string[], familySituations?: string[]) =>
    api.exec(who, ADD, { input: { programmeCode, year: '2025-2026', codesMassar, familySituations } });
  const count = async (sql: string, params: unknown[] = []) => (await api.db.query(sql, params))[0].n as number;
  const listed = (programme: string) =>
    count('SELECT count(*)::int AS n FROM support_beneficiary b JOIN support_programme p ON p.id = b.programme_id WHERE p.code = $1', [programme]);

  /** A roll call of a class on a date, with the pupil absent (or late) for `minutes`, and its justification's status if any. */
  async function absent(student: Pupil, classId: number, date: string, o: { minutes?: number; late?: boolean; justification?: 'PENDING' | 'ACCEPTED' | 'REFUSED' } = {}) {
    const [rc] = await api.db.query(
      `INSERT INTO roll_call (school_id, school_year_id, term, class_id, subject_id, held_on, minutes)
       SELECT c.school_id, c.school_year_id, 'S1', c.id, su.id, $2, 60 FROM school_class c, subject su WHERE c.id = $1 AND su.code = 'MATH' RETURNING id, school_id, school_year_id`,
      [classId, date],
    );
    let justificationId: number | null = null;
    if (o.justification) {
      const [j] = await api.db.query(
        `INSERT INTO absence_justification (school_id, student_id, reason, status, submitted_by, decided_at, decision_reason)
         VALUES ($1, $2, 'ILLNESS', $3, $4, CASE WHEN $3 = 'PENDING' THEN NULL ELSE now() END, CASE WHEN $3 = 'REFUSED' THEN 'Non' END) RETURNING id`,
        [rc.school_id, student.id, o.justification, accountId],
      );
      justificationId = j.id;
    }
    await api.db.query(
      `INSERT INTO absence_record (school_id, school_year_id, term, roll_call_id, student_id, held_on, late, minutes, justification_id)
       VALUES ($1, $2, 'S1', $3, $4, $5, $6, $7, $8)`,
      [rc.school_id, rc.school_year_id, rc.id, student.id, date, o.late ?? false, o.minutes ?? 60, justificationId],
    );
    return justificationId;
  }

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    // An account: absence justifications name who sent them.
    [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, password_hash, role, display_name) VALUES ('support.sender@test.invalid', '!', 'MINISTRY', 'M') RETURNING id`);
    rural = await f.school({ provinceCode: '06.141' });
    rural2 = await f.school({ provinceCode: '06.141' });
    urban = await f.school({ provinceCode: '04.421' });
    await api.db.query(`UPDATE school SET milieu = 'RURAL' WHERE id = ANY($1)`, [[rural.id, rural2.id]]);
    ruralClass = await f.schoolClass(rural.id, { name: '1AC-R', level: '1AC' });
    director = viewer(Role.DIRECTOR, { schoolId: rural.id });
    staff = viewer(Role.STAFF, { schoolId: rural.id });
    urbanDirector = viewer(Role.DIRECTOR, { schoolId: urban.id });
    p1 = await f.student({ classId: ruralClass });
    p2 = await f.student({ classId: ruralClass });
    p1Parent = viewer(Role.PARENT, { guardianId: await f.guardian([p1.id]) });
    otherParent = viewer(Role.PARENT, { guardianId: await f.guardian([p2.id]) });
    teacher = viewer(Role.TEACHER, { schoolId: rural.id, staffMemberId: await f.teacher(rural.id, [{ classId: ruralClass }]) });
  });
  afterAll(() => api.stop());

  it('lists the programmes as data, with their condition, amounts and sources', async () => {
    const res = await api.exec(otherParent, '{ supportProgrammes { code kind amountPeriod condition { unit max } eligibility { milieux cycles schoolList familySituations } amounts { levelCode amount isDefault } source isDefault } }');
    expect(res.errors).toBeUndefined();
    const programmes = res.data!.supportProgrammes;
    expect(programmes.map((p: { code: string }) => p.code)).toEqual(['TAYSSIR', 'CANTEEN', 'BOARDING', 'SCHOOL_KITS', 'TRANSPORT', 'REMEDIAL']);
    const tayssir = programmes[0];
    expect(tayssir).toMatchObject({ kind: 'CASH', amountPeriod: 'MONTH', condition: { unit: 'DAYS', max: 4 }, eligibility: { milieux: ['RURAL'], cycles: ['PRIMARY', 'MIDDLE'] }, isDefault: true });
    expect(tayssir.amounts).toContainEqual({ levelCode: '1AC', amount: 140, isDefault: true });
    expect(tayssir.source).toMatch(/Tayssir/);
    expect(programmes[2].eligibility).toMatchObject({ schoolList: true, familySituations: ['RSU_REGISTERED', 'ORPHAN', 'DISABILITY'] });
  });

  it('lists pupils in a programme, refuses a pupil twice (and the database too), and writes nothing for a list with a bad row', async () => {
    const res = await add(staff, 'tayssir', [p1.code, p2.code.toLowerCase()]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.addBeneficiaries).toMatchObject([
      { year: '2025-2026', programme: { code: 'TAYSSIR' }, student: { codeMassar: p1.code }, level: { code: '1AC' } },
      { student: { codeMassar: p2.code } },
    ]);
    const p3 = await f.student({ classId: ruralClass });
    const again = await add(director, 'TAYSSIR', [p3.code, p1.code]);
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ALREADY_BENEFICIARY', index: 1, rows: [{ index: 1, codeMassar: p1.code, reason: 'ALREADY_BENEFICIARY' }] });
    expect(await listed('TAYSSIR')).toBe(2); // p3 was not listed either
    await expect(api.db.query(
      `INSERT INTO support_beneficiary (programme_id, school_year_id, student_id, school_id, level_id) SELECT programme_id, school_year_id, student_id, school_id, level_id FROM support_beneficiary LIMIT 1`,
    )).rejects.toThrow(/support_beneficiary_programme_id_school_year_id_student_id_key/);
  });

  it('refuses an ineligible pupil naming the rule that fails, and takes a declared family situation', async () => {
    const urbanPupil = await f.student({ classId: await f.schoolClass(urban.id, { name: '1AC-U' }) });
    const milieu = await add(urbanDirector, 'TAYSSIR', [urbanPupil.code]);
    expect(milieu.errors![0].extensions).toMatchObject({ reason: 'NOT_ELIGIBLE', rule: 'MILIEU', rows: [{ index: 0, reason: 'NOT_ELIGIBLE', rule: 'MILIEU' }] });
    const lycee = await f.student({ classId: await f.schoolClass(rural.id, { name: 'TC-R', level: 'TC' }) });
    const cycle = await add(director, 'TAYSSIR', [lycee.code]);
    expect(cycle.errors![0].extensions).toMatchObject({ reason: 'NOT_ELIGIBLE', rule: 'CYCLE' });
    // Boarding runs in the schools on its list, for a declared family situation.
    const p4 = await f.student({ classId: ruralClass });
    expect((await add(director, 'BOARDING', [p4.code])).errors![0].extensions).toMatchObject({ rule: 'SCHOOL_LIST' });
    await api.db.query(`INSERT INTO support_programme_school SELECT id, $1 FROM support_programme WHERE code = 'BOARDING'`, [rural.id]);
    expect((await add(director, 'BOARDING', [p4.code])).errors![0].extensions).toMatchObject({ rule: 'FAMILY_SITUATION' });
    const ok = await add(director, 'BOARDING', [p4.code], ['ORPHAN']);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.addBeneficiaries[0].familySituations).toEqual(['ORPHAN']);
    // The candidates list shows each pupil's eligibility and the first failing rule.
    const list = await api.exec(director, `query($code: String!) { school(code: $code) { supportCandidates(programmeCode: "TAYSSIR", year: "2025-2026", first: 100) {
      totalCount edges { node { eligible failingRule student { codeMassar } beneficiary { id } } } } } }`, { code: rural.code });
    expect(list.errors).toBeUndefined();
    const rows = list.data!.school.supportCandidates.edges.map((e: { node: { student: { codeMassar: string } } }) => e.node);
    const byCode = (code: string) => rows.find((r: { student: { codeMassar: string } }) => r.student.codeMassar === code);
    expect(byCode(lycee.code)).toMatchObject({ eligible: false, failingRule: 'CYCLE', beneficiary: null });
    expect(byCode(p1.code)).toMatchObject({ eligible: true, failingRule: null, beneficiary: { id: expect.any(String) } });
    expect(byCode(p4.code)).toMatchObject({ eligible: true, beneficiary: null });
  });

  it('answers another school\'s pupil exactly as an unknown code', async () => {
    const theirs = await add(urbanDirector, 'REMEDIAL', [p1.code]);
    const unknown = await add(urbanDirector, 'REMEDIAL', ['Z999999999']);
    expect(theirs.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_SCHOOL_PUPIL' });
    expect(theirs.errors![0].message.replace(p1.code, 'X')).toBe(unknown.errors![0].message.replace('Z999999999', 'X'));
    expect(codeOfFirst(await add(viewer(Role.PROVINCE, { provinceId: rural.provinceId }), 'REMEDIAL', [p1.code]))).toBe('FORBIDDEN');
    expect(await listed('REMEDIAL')).toBe(0);
  });

  it('computes a month\'s Tayssir entitlement from the recorded absences: lost past the threshold, kept when justified', async () => {
    for (const d of ['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06']) await absent(p1, ruralClass, d);
    await absent(p1, ruralClass, '2025-11-07', { minutes: 120 });
    await absent(p1, ruralClass, '2025-11-10', { late: true, minutes: 10 }); // lateness is not an absence
    await absent(p2, ruralClass, '2025-11-03');
    await absent(p2, ruralClass, '2025-11-04', { justification: 'PENDING' });
    await absent(p2, ruralClass, '2025-12-01');
    const res = await api.exec(staff, ENTITLEMENTS, { code: rural.code, month: '2025-11' });
    expect(res.errors).toBeUndefined();
    const byCode = (r: typeof res) => Object.fromEntries(r.data!.school.entitlements.edges.map((e: { node: { beneficiary: { student: { codeMassar: string } } } }) => [e.node.beneficiary.student.codeMassar, e.node]));
    expect(byCode(res)[p1.code]).toMatchObject({ month: '2025-11', met: false, amount: null, unjustifiedDays: 5, unjustifiedHours: 6, explanation: '5 days unjustified > 4 days' });
    expect(byCode(res)[p2.code]).toMatchObject({ met: true, amount: 140, unjustifiedDays: 2, pendingJustifications: 1, explanation: '2 days unjustified ≤ 4 days' });
    const lost = await api.exec(staff, ENTITLEMENTS, { code: rural.code, month: '2025-11', lostOnly: true });
    expect(lost.data!.school.entitlements.totalCount).toBe(1);
    // The school accepts a justification for one of p1's days: 4 days, the month is kept.
    const j = await absent(p1, ruralClass, '2025-11-12', { justification: 'ACCEPTED' });
    await api.db.query(`UPDATE absence_record SET justification_id = $1 WHERE student_id = $2 AND held_on = '2025-11-03'`, [j, p1.id]);
    const kept = await api.exec(staff, ENTITLEMENTS, { code: rural.code, month: '2025-11' });
    expect(byCode(kept)[p1.code]).toMatchObject({ met: true, amount: 140, unjustifiedDays: 4, explanation: '4 days unjustified ≤ 4 days' });
    // A refused justification leaves the absence unjustified.
    await api.db.query(`UPDATE absence_justification SET status = 'REFUSED', decision_reason = 'Non' WHERE id = $1`, [j]);
    expect(byCode(await api.exec(staff, ENTITLEMENTS, { code: rural.code, month: '2025-11' }))[p1.code]).toMatchObject({ met: false, unjustifiedDays: 6 });
    await api.db.query(`UPDATE absence_justification SET status = 'ACCEPTED' WHERE id = $1`, [j]);
    // The family sees this year's entitlements month by month.
    const child = await api.exec(p1Parent, CHILD, { code: p1.code });
    expect(child.errors).toBeUndefined();
    const [tayssir] = child.data!.student.supportProgrammes;
    expect(tayssir.programme.code).toBe('TAYSSIR');
    expect(tayssir.entitlements.find((e: { month: string }) => e.month === '2025-11')).toMatchObject({ met: true, amount: 140, unjustifiedDays: 4 });
    expect(tayssir.entitlements.find((e: { month: string }) => e.month === '2025-09')).toMatchObject({ met: true, unjustifiedDays: 0 });
    // A month outside the school year, a programme without a condition.
    const outside = await api.exec(staff, ENTITLEMENTS, { code: rural.code, month: '2030-11' });
    expect(outside.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_MONTH' });
    const canteen = await api.exec(staff, `query($code: String!) { school(code: $code) { entitlements(programmeCode: "CANTEEN", month: "2025-11") { totalCount } } }`, { code: rural.code });
    expect(canteen.errors![0].extensions).toMatchObject({ reason: 'NOT_CONDITIONAL' });
  });

  it('computes a school\'s month in one statement', async () => {
    api.statements.length = 0;
    await api.exec(staff, ENTITLEMENTS, { code: rural.code, month: '2025-11' });
    expect(api.statements.filter((s) => /absence_record/.test(s))).toHaveLength(1);
  });

  it('rolls up counts and amounts per programme for the nation, a region, a province and a school, as SQL counts them', async () => {
    const r2Class = await f.schoolClass(rural2.id, { name: '6AP-R2', level: '6AP' });
    const r2Pupils = [await f.student({ classId: r2Class }), await f.student({ classId: r2Class })];
    expect((await add(viewer(Role.STAFF, { schoolId: rural2.id }), 'TAYSSIR', r2Pupils.map((p) => p.code))).errors).toBeUndefined();
    const sqlFigures = async (where: string, params: unknown[]) => api.db.query(
      `SELECT p.code, count(b.id)::int AS n, sum(a.amount_mad)::float AS amount FROM support_beneficiary b
       JOIN support_programme p ON p.id = b.programme_id JOIN school sc ON sc.id = b.school_id JOIN province pr ON pr.id = sc.province_id
       LEFT JOIN support_programme_amount a ON a.programme_id = b.programme_id AND a.level_id = b.level_id
       WHERE ${where} GROUP BY p.code`, params);
    const asMap = (rows: { programme: { code: string }; beneficiaries: number; amountPerPeriod: number | null }[]) =>
      Object.fromEntries(rows.filter((r) => r.beneficiaries > 0).map((r) => [r.programme.code, [r.beneficiaries, r.amountPerPeriod ?? null]]));
    const expected = (rows: { code: string; n: number; amount: number | null }[]) =>
      Object.fromEntries(rows.map((r) => [r.code, [r.n, r.code === 'TAYSSIR' ? r.amount : null]]));

    const nation = await api.exec(viewer(Role.MINISTRY), FIGURES, {});
    expect(nation.errors).toBeUndefined();
    expect(asMap(nation.data!.supportFigures)).toEqual(expected(await sqlFigures('true', [])));
    expect(asMap(nation.data!.supportFigures).TAYSSIR).toEqual([4, 140 * 2 + 100 * 2]);
    const province = viewer(Role.PROVINCE, { provinceId: rural.provinceId });
    const own = await api.exec(province, FIGURES, {});
    expect(asMap(own.data!.supportFigures)).toEqual(expected(await sqlFigures('sc.province_id = $1', [rural.provinceId])));
    const oneSchool = await api.exec(province, FIGURES, { schoolCode: rural2.code });
    expect(asMap(oneSchool.data!.supportFigures)).toEqual({ TAYSSIR: [2, 200] });
    const region = await api.exec(viewer(Role.REGION, { regionId: rural.regionId }), FIGURES, { provinceCode: '06.141' });
    expect(asMap(region.data!.supportFigures)).toEqual(expected(await sqlFigures('sc.province_id = $1', [rural.provinceId])));
    // A school's staff: its own school's figures only.
    expect(asMap((await api.exec(director, FIGURES, {})).data!.supportFigures)).toEqual(expected(await sqlFigures('sc.id = $1', [rural.id])));
    // Outside the scope, a territory reads as missing.
    const outside = await api.exec(province, FIGURES, { schoolCode: urban.code });
    const missing = await api.exec(province, FIGURES, { schoolCode: 'T99999X' });
    expect(outside.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(outside.errors![0].message).toBe(missing.errors![0].message);
    expect(codeOfFirst(await api.exec(province, FIGURES, { regionCode: '04' }))).toBe('NOT_FOUND');
    expect(codeOfFirst(await api.exec(p1Parent, FIGURES, {}))).toBe('FORBIDDEN');
    expect(codeOfFirst(await api.exec(teacher, FIGURES, {}))).toBe('FORBIDDEN');
  });

  it('keeps beneficiary status to the family and the school: no other parent, school, territory or teacher', async () => {
    const [{ id }] = await api.db.query(`SELECT b.id FROM support_beneficiary b JOIN support_programme p ON p.id = b.programme_id WHERE b.student_id = $1 AND p.code = 'TAYSSIR'`, [p1.id]);
    const gid = toGlobalId('Beneficiary', id);
    const NODE = 'query($id: ID!) { node(id: $id) { id ... on Beneficiary { year programme { code } student { codeMassar } } } }';
    expect((await api.exec(p1Parent, NODE, { id: gid })).data!.node).toMatchObject({ id: gid, programme: { code: 'TAYSSIR' }, student: { codeMassar: p1.code } });
    expect((await api.exec(director, NODE, { id: gid })).data!.node).toMatchObject({ id: gid });
    const province = viewer(Role.PROVINCE, { provinceId: rural.provinceId });
    for (const who of [otherParent, urbanDirector, province, viewer(Role.MINISTRY), teacher]) {
      const res = await api.exec(who, NODE, { id: gid });
      expect(res).toEqual(await api.exec(who, NODE, { id: toGlobalId('Beneficiary', 99_999_999) }));
      expect(res.data!.node).toBeNull();
    }
    // The other parent cannot name the child; the teacher sees the pupil but no programme.
    expect(codeOfFirst(await api.exec(otherParent, CHILD, { code: p1.code }))).toBe('NOT_FOUND');
    const taught = await api.exec(teacher, CHILD, { code: p1.code });
    expect(taught.data!.student.supportProgrammes).toEqual([]);
    // The school's lists: its director and secretariat only.
    const LISTS = `query($code: String!) { school(code: $code) { beneficiaries(programmeCode: "TAYSSIR", year: "2025-2026") { totalCount edges { node { student { codeMassar } } } }
      supportCandidates(programmeCode: "TAYSSIR", year: "2025-2026") { totalCount } entitlements(programmeCode: "TAYSSIR", month: "2025-11") { totalCount } } }`;
    const mine = await api.exec(director, LISTS, { code: rural.code });
    expect(mine.data!.school.beneficiaries.totalCount).toBe(2);
    for (const who of [province, teacher]) {
      const res = await api.exec(who, LISTS, { code: rural.code });
      expect(res.errors).toBeUndefined();
      expect(res.data!.school).toEqual({ beneficiaries: null, supportCandidates: null, entitlements: null });
    }
  });

  it('takes pupils off a list, all or nothing', async () => {
    const p5 = await f.student({ classId: ruralClass });
    const refused = await api.exec(director, REMOVE, { input: { programmeCode: 'TAYSSIR', year: '2025-2026', codesMassar: [p2.code, p5.code] } });
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'NOT_BENEFICIARY', index: 1 });
    expect(await listed('TAYSSIR')).toBe(4);
    expect(codeOfFirst(await api.exec(urbanDirector, REMOVE, { input: { programmeCode: 'TAYSSIR', year: '2025-2026', codesMassar: [p2.code] } }))).toBe('BAD_USER_INPUT');
    const done = await api.exec(director, REMOVE, { input: { programmeCode: 'TAYSSIR', year: '2025-2026', codesMassar: [p2.code] } });
    expect(done.data!.removeBeneficiaries).toBe(1);
    expect(await listed('TAYSSIR')).toBe(3);
  });

  it('after a transfer: each school\'s row counts its own roll calls, the destination reads and may take over the row, the origin reads nothing new', async () => {
    const dest = await f.school({ provinceCode: '06.141' });
    await api.db.query(`UPDATE school SET milieu = 'RURAL' WHERE id = $1`, [dest.id]);
    const destClass = await f.schoolClass(dest.id, { name: '1AC-D', level: '1AC' });
    const destStaff = viewer(Role.STAFF, { schoolId: dest.id });
    const pupil = await f.student({ classId: ruralClass });
    expect((await add(staff, 'TAYSSIR', [pupil.code])).errors).toBeUndefined();
    await absent(pupil, ruralClass, '2025-10-20'); // recorded by the origin before the move
    // The pupil moves to the destination on 2025-11-01 (as completeTransfer leaves the enrolments).
    await api.db.query(`UPDATE enrolment SET status = 'TRANSFERRED', ended_on = '2025-10-31' WHERE student_id = $1`, [pupil.id]);
    await f.enrol(pupil.id, destClass);
    await api.db.query(`UPDATE enrolment SET enrolled_on = '2025-11-01' WHERE student_id = $1 AND school_id = $2`, [pupil.id, dest.id]);
    for (const d of ['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07', '2025-11-10']) await absent(pupil, destClass, d);
    type Row = { beneficiary: { student: { codeMassar: string } } };
    /** The pupil's entitlement in a school's November, if that school lists them. */
    const rowOf = async (who: Who, code: string) => {
      const res = await api.exec(who, ENTITLEMENTS, { code, month: '2025-11' });
      expect(res.errors).toBeUndefined();
      return res.data!.school.entitlements.edges.map((e: { node: Row }) => e.node).find((n: Row) => n.beneficiary.student.codeMassar === pupil.code);
    };
    const programmesSeenBy = async (who: Who) => {
      const res = await api.exec(who, CHILD, { code: pupil.code });
      expect(res.errors).toBeUndefined();
      return res.data!.student.supportProgrammes as { entitlements: { month: string }[] }[];
    };
    const monthOf = (rows: { entitlements: { month: string }[] }[], month: string) => rows[0]?.entitlements.find((e) => e.month === month);

    // The origin's month reads none of the destination's absences.
    expect(await rowOf(staff, rural.code)).toMatchObject({ met: true, unjustifiedDays: 0 });
    expect(monthOf(await programmesSeenBy(staff), '2025-11')).toMatchObject({ met: true, unjustifiedDays: 0 });
    // The destination reads the row the origin listed (with the origin's roll calls only).
    const seen = await programmesSeenBy(destStaff);
    expect(seen).toHaveLength(1);
    expect(monthOf(seen, '2025-10')).toMatchObject({ unjustifiedDays: 1 });
    expect(monthOf(seen, '2025-11')).toMatchObject({ unjustifiedDays: 0 });
    // It cannot list the pupil twice, but may take the row over: remove it, then list the pupil itself.
    expect((await add(destStaff, 'TAYSSIR', [pupil.code])).errors![0].extensions).toMatchObject({ reason: 'ALREADY_BENEFICIARY' });
    const REMOVE_PUPIL = { input: { programmeCode: 'TAYSSIR', year: '2025-2026', codesMassar: [pupil.code] } };
    expect(codeOfFirst(await api.exec(urbanDirector, REMOVE, REMOVE_PUPIL))).toBe('BAD_USER_INPUT');
    const removed = await api.exec(destStaff, REMOVE, REMOVE_PUPIL);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeBeneficiaries).toBe(1);
    expect((await add(destStaff, 'TAYSSIR', [pupil.code])).errors).toBeUndefined();
    expect(await rowOf(destStaff, dest.code)).toMatchObject({ met: false, amount: null, unjustifiedDays: 6 });
    // The origin now reads nothing of the destination's row, nor may it remove it.
    expect(await rowOf(staff, rural.code)).toBeUndefined();
    expect(await programmesSeenBy(staff)).toEqual([]);
    expect((await api.exec(staff, REMOVE, REMOVE_PUPIL)).errors![0].extensions).toMatchObject({ reason: 'NOT_BENEFICIARY' });
    // A former school's row of another year stays history: the destination reads it, cannot remove it.
    const lastYear = await f.year('2024-2025');
    await api.db.query(`INSERT INTO support_beneficiary (programme_id, school_year_id, student_id, school_id, level_id)
      SELECT programme_id, $1, student_id, $2, level_id FROM support_beneficiary WHERE student_id = $3`, [lastYear, rural.id, pupil.id]);
    expect((await api.exec(destStaff, CHILD.replace('"2025-2026"', '"2024-2025"'), { code: pupil.code })).data!.student.supportProgrammes).toHaveLength(1);
    const old = { input: { programmeCode: 'TAYSSIR', year: '2024-2025', codesMassar: [pupil.code] } };
    expect((await api.exec(destStaff, REMOVE, old)).errors![0].extensions).toMatchObject({ reason: 'NOT_BENEFICIARY' });
  });
});

function codeOfFirst(res: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
