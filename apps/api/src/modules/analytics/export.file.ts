import ExcelJS from 'exceljs';
import { type Cell, COLUMNS, type IndicatorTable } from './export.table.js';
import { ExportFormat, ExportLanguage, type Words } from './export.types.js';

// The files of a table export: the filters first (one "label: value" line each), a blank line,
// then the header, the rows and the slice's total. CSV is UTF-8 with a BOM; in French and Arabic
// it uses ; and a decimal comma (what a French-locale spreadsheet opens), in English , and a point.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WORDS = {
  code: { fr: 'Code', ar: 'الرمز', en: 'Code' },
  name: { fr: 'Nom', ar: 'الاسم', en: 'Name' },
  total: { fr: 'Ensemble', ar: 'المجموع', en: 'Total' },
  suppressed: { fr: 'masqué', ar: 'محجوب', en: 'suppressed' },
} satisfies Record<string, Words>;

export interface ExportDocument {
  title: string;
  /** What the file holds and who made it: [label, value] pairs, written above the table. */
  filters: [string, string][];
  table: IndicatorTable;
  language: ExportLanguage;
  /** A note under the filters: what a suppressed cell means. */
  note: string;
}

const headerOf = (doc: ExportDocument) => [WORDS.code[doc.language], WORDS.name[doc.language], ...COLUMNS.map((c) => c.label[doc.language])];

/** A spreadsheet would run a text cell beginning with = + - @ as a formula: such text is quoted with a leading apostrophe. */
const safeText = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function csvText(cell: Cell, doc: ExportDocument): string {
  if ('value' in cell) return doc.language === ExportLanguage.EN ? String(cell.value) : String(cell.value).replace('.', ',');
  return 'suppressed' in cell ? WORDS.suppressed[doc.language] : '';
}

function csv(doc: ExportDocument): Buffer {
  const sep = doc.language === ExportLanguage.EN ? ',' : ';';
  const quote = (s: string) => {
    const t = safeText(s);
    return /[",;\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  const line = (cells: string[]) => cells.map(quote).join(sep);
  const lines = [
    line([doc.title]),
    ...doc.filters.map(([label, value]) => line([label, value])),
    line([doc.note]),
    '',
    line(headerOf(doc)),
    ...doc.table.rows.map((r) => line([r.code, r.name, ...r.cells.map((c) => csvText(c, doc))])),
    line(['', WORDS.total[doc.language], ...doc.table.total.map((c) => csvText(c, doc))]),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function xlsx(doc: ExportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Massar';
  const headerRow = doc.filters.length + 4;
  const ws = wb.addWorksheet('Indicateurs', { views: [{ state: 'frozen', xSplit: 2, ySplit: headerRow, rightToLeft: doc.language === ExportLanguage.AR }] });
  ws.addRow([doc.title]).font = { bold: true, size: 13 };
  for (const [label, value] of doc.filters) ws.addRow([label, safeText(value)]).getCell(1).font = { bold: true };
  ws.addRow([doc.note]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow(headerOf(doc));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  const value = (c: Cell) => ('value' in c ? c.value : 'suppressed' in c ? WORDS.suppressed[doc.language] : null);
  for (const r of doc.table.rows) ws.addRow([r.code, safeText(r.name), ...r.cells.map(value)]);
  ws.addRow(['', WORDS.total[doc.language], ...doc.table.total.map(value)]).font = { bold: true };
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 36;
  COLUMNS.forEach((_, i) => { ws.getColumn(i + 3).width = 16; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function writeFile(doc: ExportDocument, format: ExportFormat): Promise<{ body: Buffer; mimeType: string; extension: string }> {
  if (format === ExportFormat.XLSX) return { body: await xlsx(doc), mimeType: XLSX_TYPE, extension: 'xlsx' };
  return { body: csv(doc), mimeType: 'text/csv; charset=utf-8', extension: 'csv' };
}
