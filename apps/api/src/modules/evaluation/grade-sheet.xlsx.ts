import ExcelJS from 'exceljs';
import { type Absence } from './evaluation.enums.js';
import { ABSENT, ABSENT_JUSTIFIED, cellOf, plainValue } from './grade-sheet.cells.js';
import { GradeSheetFileError } from './grade-sheet.types.js';
import { checkZipLimits } from './grade-sheet.zip-limits.js';

/*
 * The .xlsx layout, with no database: a visible sheet for teachers and a very hidden "massar"
 * sheet naming the class × subject × term and each column's assessment, so that a file sent back
 * for the wrong class is refused and columns are matched by id, not by position.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const IDENTITY_HEADERS = ['N°', 'Code Massar', 'Nom', 'Prénom', 'الاسم العائلي', 'الاسم الشخصي'];
const META_SHEET = 'massar';
const HEADER_ROW = 3;
const FIRST_GRADE_COLUMN = IDENTITY_HEADERS.length + 1;

export interface SheetIdentity {
  classId: number;
  subjectCode: string;
  term: string;
  year: string;
}

export interface SheetLayout extends SheetIdentity {
  title: string;
  assessments: { id: string; label: string }[];
  pupils: { code: string; lastName: string; firstName: string; lastNameAr: string; firstNameAr: string }[];
  /** Grades on record by `${assessmentId}:${codeMassar}`. */
  grades: Map<string, { value: number | null; absence: Absence | null }>;
}

/** The grade sheet of a class × subject × term, as teachers fill it in. */
export async function buildWorkbook(layout: SheetLayout): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Massar';
  const ws = wb.addWorksheet('Notes', { views: [{ state: 'frozen', xSplit: 4, ySplit: HEADER_ROW }] });
  const lastColumn = IDENTITY_HEADERS.length + layout.assessments.length;
  ws.getCell(1, 1).value = layout.title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, lastColumn);
  ws.getCell(2, 1).value = `Notes de 0 à 20 (12,5 ou 12.5) · « ${ABSENT} » absent · « ${ABSENT_JUSTIFIED} » absence justifiée · case vide : aucun changement`;
  ws.mergeCells(2, 1, 2, lastColumn);
  const header = ws.getRow(HEADER_ROW);
  header.values = [...IDENTITY_HEADERS, ...layout.assessments.map((a) => a.label)];
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  layout.pupils.forEach((p, i) => addPupilRow(ws, layout, p, i));
  ws.columns.forEach((column, i) => {
    column.width = i < IDENTITY_HEADERS.length ? [5, 14, 18, 16, 18, 16][i] : 14;
  });
  writeMeta(wb, layout);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addPupilRow(ws: ExcelJS.Worksheet, layout: SheetLayout, p: SheetLayout['pupils'][number], i: number): void {
  const rowNumber = HEADER_ROW + 1 + i;
  const row = ws.getRow(rowNumber);
  const grades = layout.assessments.map((a) => {
    const g = layout.grades.get(`${a.id}:${p.code}`);
    return g ? cellOf(g.value, g.absence) : null;
  });
  row.values = [i + 1, p.code, p.lastName, p.firstName, p.lastNameAr, p.firstNameAr, ...grades];
  for (let c = FIRST_GRADE_COLUMN; c < FIRST_GRADE_COLUMN + layout.assessments.length; c++) {
    const cell = row.getCell(c);
    const ref = cell.address;
    cell.numFmt = '0.00';
    // A custom rule, because a "decimal" rule alone would refuse "abs".
    cell.dataValidation = {
      type: 'custom', allowBlank: true, showErrorMessage: true, errorTitle: 'Note', error: `0 à 20, « ${ABSENT} » ou « ${ABSENT_JUSTIFIED} »`,
      formulae: [`OR(AND(ISNUMBER(${ref}),${ref}>=0,${ref}<=20),LOWER(TRIM(${ref}))="${ABSENT}",LOWER(TRIM(${ref}))="${ABSENT_JUSTIFIED}")`],
    };
  }
}

function writeMeta(wb: ExcelJS.Workbook, layout: SheetLayout): void {
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    ['version', 1],
    ['classId', layout.classId],
    ['subjectCode', layout.subjectCode],
    ['term', layout.term],
    ['year', layout.year],
    ...layout.assessments.map((a) => ['assessment', a.id, a.label]),
  ]);
}

/** A sheet as read back: who it is for, its grade columns and its pupil rows (cells still raw). */
export interface ReadSheet {
  identity: SheetIdentity;
  /** Assessment id by column header, as exported. */
  assessmentIds: Map<string, string>;
  headerRow: number;
  columns: { column: number; label: string }[];
  rows: { row: number; code: string; cells: Map<number, ExcelJS.CellValue> }[];
}

export type ReadResult = { ok: true; sheet: ReadSheet } | { ok: false; error: GradeSheetFileError; message: string };

/** Reads a workbook; never throws on a bad file. */
export async function readWorkbook(file: Buffer): Promise<ReadResult> {
  // Inflated under limits first: ExcelJS would inflate whatever the zip holds, in memory.
  const zip = checkZipLimits(file);
  if (!zip.ok) return { ok: false, error: zip.error === 'TOO_LARGE' ? GradeSheetFileError.FILE_TOO_LARGE : GradeSheetFileError.NOT_A_SPREADSHEET, message: zip.message };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, error: GradeSheetFileError.NOT_A_SPREADSHEET, message: 'This file is not an .xlsx spreadsheet' };
  }
  const visible = wb.worksheets.find((w) => w.state === 'visible');
  if (!visible) return { ok: false, error: GradeSheetFileError.NOT_A_SPREADSHEET, message: 'This file has no sheet' };
  const meta = wb.getWorksheet(META_SHEET);
  const identity = meta && readIdentity(meta);
  const headerRow = findHeaderRow(visible);
  if (!meta || !identity || !headerRow) return { ok: false, error: GradeSheetFileError.WRONG_SHEET, message: 'This is not a Massar grade sheet: export one first' };
  return { ok: true, sheet: { identity, assessmentIds: readAssessmentIds(meta), headerRow, ...readGrid(visible, headerRow) } };
}

function readIdentity(meta: ExcelJS.Worksheet): SheetIdentity | null {
  const kv = new Map<string, string>();
  meta.eachRow((row) => kv.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  const classId = Number(kv.get('classId'));
  if (!Number.isSafeInteger(classId) || !kv.get('subjectCode') || !kv.get('term')) return null;
  return { classId, subjectCode: kv.get('subjectCode')!, term: kv.get('term')!, year: kv.get('year') ?? '' };
}

function readAssessmentIds(meta: ExcelJS.Worksheet): Map<string, string> {
  const ids = new Map<string, string>();
  meta.eachRow((row) => {
    if (row.getCell(1).value === 'assessment') ids.set(String(row.getCell(3).value), String(row.getCell(2).value));
  });
  return ids;
}

const text = (v: ExcelJS.CellValue | undefined) => String(plainValue(v) ?? '').trim();

/** The row whose cells include "Code Massar", among the first ten (a teacher may insert a line above). */
function findHeaderRow(ws: ExcelJS.Worksheet): number | null {
  for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
    const values = ws.getRow(r).values as ExcelJS.CellValue[];
    if (values.some((v) => text(v) === 'Code Massar')) return r;
  }
  return null;
}

function readGrid(ws: ExcelJS.Worksheet, headerRow: number): Pick<ReadSheet, 'columns' | 'rows'> {
  const columns: ReadSheet['columns'] = [];
  let codeColumn = 0;
  ws.getRow(headerRow).eachCell((cell, column) => {
    const label = text(cell.value);
    if (label === 'Code Massar') codeColumn = column;
    else if (label && !IDENTITY_HEADERS.includes(label)) columns.push({ column, label });
  });
  const rows: ReadSheet['rows'] = [];
  ws.eachRow((row, r) => {
    if (r <= headerRow) return;
    const cells = new Map(columns.map(({ column }) => [column, row.getCell(column).value]));
    const code = text(row.getCell(codeColumn).value).toUpperCase();
    // A row with neither a code nor a grade is layout (blank lines, a total line): skipped.
    if (code || [...cells.values()].some((v) => text(v) !== '')) rows.push({ row: r, code, cells });
  });
  return { columns, rows };
}
