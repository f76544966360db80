import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../core/graphql/node.js';
import { factories, Role, viewer } from '../../test/factories.js';
import { codeOf, createTestApi, type TestApi } from '../../test/graphql.js';
import { deflatedZeros, handZip } from '../../test/zip-files.js';

const CREATE = 'mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }';
const RECORD = 'mutation($input: RecordGradesInput!) { recordGrades(input: $input) { value } }';
const SHEET = 'query($classId: ID!, $term: Term!) { gradeSheet(classId: $classId, subjectCode: "MATH", term: $term) { filename contentType base64 } }';
const PREVIEW_FIELDS = `fileError termStatus unchanged
  changes { row codeMassar studentName assessment { id } assessmentLabel oldValue oldAbsence newValue newAbsence }
  errors { row codeMassar column reason }`;
const PREVIEW = `mutation($input: GradeSheetUploadInput!) { previewGradeSheet(input: $input) { ${PREVIEW_FIELDS} } }`;
const IMPORT = `mutation($input: GradeSheetUploadInput!) { importGradeSheet(input: $input) { ${PREVIEW_FIELDS} } }`;
const LOCK = 'mutation($input: TermInput!) { lockTerm(input: $input) }';

type V = ReturnType<typeof viewer>;

describe('grade sheets (xlsx export, preview, import)', () => {
  let api: TestApi;
  let f: ReturnType<typeof factories>;
  let school: { id: number };
  let director: V;

  beforeAll(async () => {
    api = await createTestApi();
    f = factories(api.db);
    school = await f.school();
    director = viewer(Role.DIRECTOR, { schoolId: school.id });
  });
  afterAll(() => api.stop());

  /** A class of three pupils (created out of name order), its MATH teacher, two S1 tests and a few grades. */
  async function classWithGrades() {
    const classId = await f.schoolClass(school.id);
    const [b, a, c] = [await f.student({ classId, lastName: 'Bennani' }), await f.student({ classId, lastName: 'Alami' }), await f.student({ classId, lastName: 'Chraibi' })];
    const teacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId }]) });
    const create = async (date: string) =>
      (await api.exec(teacher, CREATE, { input: { classId: toGlobalId('SchoolClass', classId), subjectCode: 'MATH', term: 'S1', kind: 'CONTINUOUS', date } })).data!.createAssessment.id as string;
    const c1 = await create('2025-10-12');
    const c2 = await create('2025-11-20');
    const rec = await api.exec(teacher, RECORD, { input: { assessmentId: c1, grades: [{ codeMassar: a.code, value: 12.5 }, { codeMassar: b.code, absence: 'UNJUSTIFIED' }] } });
    expect(rec.errors).toBeUndefined();
    return { classId, gid: toGlobalId('SchoolClass', classId), pupils: { a, b, c }, teacher, c1, c2 };
  }
  type Setup = Awaited<ReturnType<typeof classWithGrades>>;

  async function exportSheet(s: Setup, v: V = s.teacher, term = 'S1') {
    const res = await api.exec(v, SHEET, { classId: s.gid, term });
    return res;
  }

  async function workbookOf(base64: string) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
    return wb;
  }

  /** The exported sheet with some cells changed, as a teacher would send it back. */
  async function edited(s: Setup, edit: (ws: ExcelJS.Worksheet, rowOf: (code: string) => ExcelJS.Row) => void): Promise<string> {
    const wb = await workbookOf((await exportSheet(s)).data!.gradeSheet.base64);
    const ws = wb.getWorksheet('Notes')!;
    const rowOf = (code: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row) => { if (row.getCell(2).value === code) found = row; });
      return found ?? ws.addRow([]);
    };
    edit(ws, rowOf);
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }

  const upload = (s: Setup, base64: string, v: V = s.teacher, query = PREVIEW) =>
    api.exec(v, query, { input: { classId: s.gid, subjectCode: 'MATH', term: 'S1', base64 } });
  const gradesOf = (s: Setup) =>
    api.db.query(
      `SELECT st.code_massar AS code, g.assessment_id::text AS a, g.value::float AS value, g.absence FROM grade g JOIN student st ON st.id = g.student_id
       JOIN assessment a ON a.id = g.assessment_id WHERE a.class_id = $1 ORDER BY 1, 2`,
      [s.classId],
    );

  it('exports a sheet laid out for teachers: pupils by name, both scripts, one column per assessment, values filled', async () => {
    const s = await classWithGrades();
    const res = await exportSheet(s);
    expect(res.errors).toBeUndefined();
    const file = res.data!.gradeSheet;
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.filename).toMatch(/^notes_T\d+X_1AC-\d+_MATH_S1_2025-2026\.xlsx$/);
    const wb = await workbookOf(file.base64);
    const ws = wb.getWorksheet('Notes')!;
    expect(String(ws.getCell('A1').value)).toMatch(/1AC-\d+ — Mathématiques \/ .+ — S1 — 2025-2026/);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['N°', 'Code Massar', 'Nom', 'Prénom', 'الاسم العائلي', 'الاسم الشخصي', 'Contrôle 1 (12/10/2025)', 'Contrôle 2 (20/11/2025)']);
    const { a, b, c } = s.pupils;
    const rows = [4, 5, 6].map((r) => (ws.getRow(r).values as unknown[]).slice(1));
    expect(rows.map((r) => [r[1], r[2]])).toEqual([[a.code, 'Alami'], [b.code, 'Bennani'], [c.code, 'Chraibi']]);
    expect(rows[0][4]).toBe('العلوي');
    expect(rows.map((r) => r[6] ?? null)).toEqual([12.5, 'abs', null]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.getCell('G4').dataValidation).toMatchObject({ type: 'custom' });
    expect(wb.getWorksheet('massar')!.state).toBe('veryHidden');
  });

  it('lets the school\'s director export and import, and answers another class\'s teacher and another school\'s director as for a missing class', async () => {
    const s = await classWithGrades();
    expect((await exportSheet(s, director)).errors).toBeUndefined();
    const otherClass = await f.schoolClass(school.id);
    const otherTeacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId: otherClass }]) });
    expect(codeOf(await exportSheet(s, otherTeacher))).toBe('NOT_FOUND');
    expect(codeOf(await exportSheet(s, viewer(Role.DIRECTOR, { schoolId: (await f.school()).id })))).toBe('NOT_FOUND');
    expect(codeOf(await upload(s, (await exportSheet(s)).data!.gradeSheet.base64, otherTeacher))).toBe('NOT_FOUND');
    // The director enters grades on the teacher's behalf (DESIGN): an unchanged sheet imports, changing nothing.
    expect((await upload(s, (await exportSheet(s)).data!.gradeSheet.base64, director, IMPORT)).errors).toBeUndefined();
  });

  it('previews exactly the edited cells, then imports them in one go with an audit trail', async () => {
    const s = await classWithGrades();
    const { a, b, c } = s.pupils;
    const sheet = await edited(s, (ws, rowOf) => {
      rowOf(a.code).getCell(7).value = '14,5'; // text with a decimal comma: 12.5 → 14.5
      rowOf(a.code).getCell(8).value = 'abs j';
      rowOf(b.code).getCell(7).value = 'ABS'; // already absent: unchanged
      rowOf(c.code).getCell(8).value = 9.25;
    });
    const before = await gradesOf(s);
    const preview = await upload(s, sheet);
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.previewGradeSheet;
    expect(p).toMatchObject({ fileError: null, termStatus: 'OPEN', errors: [], unchanged: 1 });
    expect(p.changes).toEqual([
      { row: 4, codeMassar: a.code, studentName: expect.stringMatching(/^Alami /), assessment: { id: s.c1 }, assessmentLabel: 'Contrôle 1 (12/10/2025)', oldValue: 12.5, oldAbsence: null, newValue: 14.5, newAbsence: null },
      { row: 4, codeMassar: a.code, studentName: expect.any(String), assessment: { id: s.c2 }, assessmentLabel: 'Contrôle 2 (20/11/2025)', oldValue: null, oldAbsence: null, newValue: null, newAbsence: 'JUSTIFIED' },
      { row: 6, codeMassar: c.code, studentName: expect.any(String), assessment: { id: s.c2 }, assessmentLabel: 'Contrôle 2 (20/11/2025)', oldValue: null, oldAbsence: null, newValue: 9.25, newAbsence: null },
    ]);
    expect(await gradesOf(s)).toEqual(before); // a preview writes nothing

    const imported = await upload(s, sheet, s.teacher, IMPORT);
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importGradeSheet.changes).toHaveLength(3);
    const after = await gradesOf(s);
    expect(after).toHaveLength(4);
    expect(after).toEqual(expect.arrayContaining([
      { code: a.code, a: expect.any(String), value: 14.5, absence: null },
      { code: b.code, a: expect.any(String), value: null, absence: 'UNJUSTIFIED' },
      { code: c.code, a: expect.any(String), value: 9.25, absence: null },
    ]));
    const audit = await api.db.query(
      `SELECT old_value::float, new_value::float, new_absence, reason FROM grade_audit ga JOIN assessment x ON x.id = ga.assessment_id
       WHERE x.class_id = $1 AND reason = 'Import xlsx' ORDER BY ga.id`,
      [s.classId],
    );
    // Every cell the import wrote, the new ones (entered) as well as the changed one.
    expect(audit).toEqual(expect.arrayContaining([
      { old_value: 12.5, new_value: 14.5, new_absence: null, reason: 'Import xlsx' },
      { old_value: null, new_value: null, new_absence: 'JUSTIFIED', reason: 'Import xlsx' },
      { old_value: null, new_value: 9.25, new_absence: null, reason: 'Import xlsx' },
    ]));
    expect(audit).toHaveLength(3);
    expect((await upload(s, sheet)).data!.previewGradeSheet).toMatchObject({ changes: [], unchanged: 4 });
  });

  it('lists every bad row of a sheet with errors, and the import writes nothing', async () => {
    const s = await classWithGrades();
    const { a, b, c } = s.pupils;
    const stranger = await f.student({ classId: await f.schoolClass(school.id) });
    const sheet = await edited(s, (ws, rowOf) => {
      rowOf(a.code).getCell(7).value = 15; // valid, yet not written while another row is bad
      rowOf(b.code).getCell(8).value = 21;
      rowOf(c.code).getCell(7).value = 'douze';
      ws.addRow([4, 'X12', 'Nouveau', 'Élève', '', '', 10]);
      ws.addRow([5, stranger.code, 'Autre', 'Classe', '', '', 11]);
      ws.getCell(3, 9).value = 'Remarque';
    });
    const p = (await upload(s, sheet)).data!.previewGradeSheet;
    expect(p.errors).toEqual([
      { row: 3, codeMassar: null, column: 'Remarque', reason: 'UNKNOWN_ASSESSMENT' },
      { row: 5, codeMassar: b.code, column: 'Contrôle 2 (20/11/2025)', reason: 'OUT_OF_RANGE' },
      { row: 6, codeMassar: c.code, column: 'Contrôle 1 (12/10/2025)', reason: 'NOT_A_NUMBER' },
      { row: 7, codeMassar: 'X12', column: 'Code Massar', reason: 'UNKNOWN_CODE_MASSAR' },
      { row: 8, codeMassar: stranger.code, column: 'Code Massar', reason: 'NOT_IN_CLASS' },
    ]);
    expect(p.changes).toHaveLength(1);
    const before = await gradesOf(s);
    const refused = await upload(s, sheet, s.teacher, IMPORT);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ASSESSMENT', row: 3, column: 'Remarque' });
    expect(refused.errors![0].message).toMatch(/^Row 3, Remarque: /);
    expect(await gradesOf(s)).toEqual(before);
  });

  it('refuses a file that is not a spreadsheet, a sheet of another class, and an oversized upload', async () => {
    const s = await classWithGrades();
    const csv = Buffer.from(`Code Massar;Contrôle 1\n${s.pupils.a.code};12\n`).toString('base64');
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)).toString('base64');
    for (const base64 of [csv, random]) {
      expect((await upload(s, base64)).data!.previewGradeSheet).toMatchObject({ fileError: 'NOT_A_SPREADSHEET', changes: [], errors: [] });
      expect((await upload(s, base64, s.teacher, IMPORT)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_SPREADSHEET' });
    }
    const other = await classWithGrades();
    const wrong = (await exportSheet(other)).data!.gradeSheet.base64;
    expect((await upload(s, wrong)).data!.previewGradeSheet.fileError).toBe('WRONG_SHEET');
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Feuil1').addRow(['Code Massar', 'Note']);
    const plain = Buffer.from(await blank.xlsx.writeBuffer()).toString('base64');
    expect((await upload(s, plain)).data!.previewGradeSheet.fileError).toBe('WRONG_SHEET');
    expect((await upload(s, 'A'.repeat(2_000_001))).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
  });

  it('checks the class before reading a file, and refuses a zip bomb as FILE_TOO_LARGE in well under a second', async () => {
    const s = await classWithGrades();
    const otherTeacher = viewer(Role.TEACHER, { schoolId: school.id, staffMemberId: await f.teacher(school.id, [{ classId: await f.schoolClass(school.id) }]) });
    // 300 MB of zeros in a 300 kB upload, its headers claiming 1 kB (below the old declared-size check).
    const bomb = handZip([{ name: 'xl/worksheets/sheet1.xml', data: await deflatedZeros(300 * 1024 * 1024), declaredSize: 1024 }]).toString('base64');
    const genuine = (await exportSheet(s)).data!.gradeSheet.base64;
    const timed = async (v: V, query: string) => {
      const before = process.memoryUsage().rss;
      const start = performance.now();
      const res = await upload(s, bomb, v, query);
      return { res, ms: performance.now() - start, rssGrowth: process.memoryUsage().rss - before };
    };
    for (const query of [PREVIEW, IMPORT]) {
      // A stranger gets the access refusal a genuine sheet gets, before anything is unzipped.
      const stranger = await timed(otherTeacher, query);
      expect(codeOf(stranger.res)).toBe(codeOf(await upload(s, genuine, otherTeacher, query)));
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(stranger.res));
      expect(stranger.ms).toBeLessThan(1000);
      // The class's teacher gets the file refused, bounded while inflating: fast, no memory held.
      const own = await timed(s.teacher, query);
      expect(own.res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'base64', reason: 'FILE_TOO_LARGE' });
      expect(own.ms).toBeLessThan(1000);
      expect(own.rssGrowth).toBeLessThan(100 * 1024 * 1024);
    }
  });

  it('refuses an import into a locked term with GRADES_LOCKED, and writes nothing', async () => {
    const s = await classWithGrades();
    const sheet = await edited(s, (_ws, rowOf) => {
      rowOf(s.pupils.c.code).getCell(7).value = 10;
    });
    expect((await api.exec(director, LOCK, { input: { classId: s.gid, term: 'S1' } })).errors).toBeUndefined();
    expect((await upload(s, sheet)).data!.previewGradeSheet).toMatchObject({ termStatus: 'LOCKED', errors: [] });
    const before = await gradesOf(s);
    expect(codeOf(await upload(s, sheet, s.teacher, IMPORT))).toBe('GRADES_LOCKED');
    expect(await gradesOf(s)).toEqual(before);
  });
});
