import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { deflatedZeros, handZip } from '../../test/zip-files.js';
import { checkZipLimits, GRADE_SHEET_ZIP_LIMITS } from './grade-sheet.zip-limits.js';

const MB = 1024 * 1024;

/** The check's duration and how much memory it left behind or needed at its peak (sampled after). */
function measured<T>(run: () => T): { result: T; ms: number; rssGrowth: number; arrayBuffersGrowth: number } {
  const before = process.memoryUsage();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const after = process.memoryUsage();
  return { result, ms, rssGrowth: after.rss - before.rss, arrayBuffersGrowth: after.arrayBuffers - before.arrayBuffers };
}

describe('grade-sheet zip limits', () => {
  let bomb: Buffer;

  beforeAll(async () => {
    // 200 MB of zeros deflate to about 200 kB; the headers claim 1 kB.
    bomb = handZip([
      { name: '[Content_Types].xml', data: deflateRawSync('<Types/>'), declaredSize: 8 },
      { name: 'xl/worksheets/sheet1.xml', data: await deflatedZeros(200 * MB), declaredSize: 1024 },
    ]);
  });

  it('accepts a real workbook, counting what it inflates to', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['Code Massar', 'Contrôle 1']);
    const check = checkZipLimits(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(check).toMatchObject({ ok: true });
    expect(check.ok && check.entries).toBeGreaterThan(5);
    expect(check.ok && check.inflatedBytes).toBeGreaterThan(1000);
  });

  it('refuses a zip bomb whose headers lie, in well under a second and without holding what it inflates to', () => {
    expect(bomb.length).toBeLessThan(MB);
    const { result, ms, rssGrowth, arrayBuffersGrowth } = measured(() => checkZipLimits(bomb));
    expect(result).toEqual({ ok: false, error: 'TOO_LARGE', message: 'This file is too large for a grade sheet' });
    expect(ms).toBeLessThan(1000);
    // Inflating stops at the per-entry limit (5 MB): nowhere near the 200 MB the entry holds.
    expect(rssGrowth).toBeLessThan(64 * MB);
    expect(arrayBuffersGrowth).toBeLessThan(2 * GRADE_SHEET_ZIP_LIMITS.maxEntryBytes);
  });

  it('refuses entries each under the per-entry limit once their total passes the total limit', async () => {
    const fourMb = await deflatedZeros(4 * MB);
    const entries = Array.from({ length: 6 }, (_, i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: fourMb, declaredSize: 10 }));
    expect(checkZipLimits(handZip(entries.slice(0, 4)))).toMatchObject({ ok: true, inflatedBytes: 16 * MB });
    expect(checkZipLimits(handZip(entries))).toMatchObject({ ok: false, error: 'TOO_LARGE' });
  });

  it('refuses too many entries, and stored entries past the limits', () => {
    const tiny = { name: 'a.xml', data: deflateRawSync('<a/>') };
    const many = Array.from({ length: GRADE_SHEET_ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ ...tiny, name: `x${i}.xml` }));
    expect(checkZipLimits(handZip(many.slice(1)))).toMatchObject({ ok: true });
    expect(checkZipLimits(handZip(many))).toMatchObject({ ok: false, error: 'TOO_LARGE' });
    const stored = Buffer.alloc(GRADE_SHEET_ZIP_LIMITS.maxEntryBytes + 1);
    expect(checkZipLimits(handZip([{ name: 'big.bin', data: stored, method: 0, declaredSize: 1 }]))).toMatchObject({ ok: false, error: 'TOO_LARGE' });
  });

  it('refuses encrypted entries and compression methods a spreadsheet never uses', () => {
    const data = deflateRawSync('<a/>');
    expect(checkZipLimits(handZip([{ name: 'a.xml', data, flags: 1 }]))).toMatchObject({ ok: false, error: 'UNSUPPORTED' });
    expect(checkZipLimits(handZip([{ name: 'a.xml', data, method: 12 }]))).toMatchObject({ ok: false, error: 'UNSUPPORTED' });
  });

  it('refuses bytes that are not a zip, a truncated zip, and a zip with bytes around it', () => {
    const zip = handZip([{ name: 'a.xml', data: deflateRawSync('<a/>') }]);
    expect(checkZipLimits(zip)).toMatchObject({ ok: true, entries: 1, inflatedBytes: 4 });
    expect(checkZipLimits(Buffer.from('a;b\n1;2\n'))).toMatchObject({ ok: false, error: 'NOT_A_ZIP' });
    expect(checkZipLimits(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toMatchObject({ ok: false, error: 'NOT_A_ZIP' });
    expect(checkZipLimits(zip.subarray(10))).toMatchObject({ ok: false, error: 'NOT_A_ZIP' });
    expect(checkZipLimits(Buffer.concat([Buffer.from('prefix'), zip]))).toMatchObject({ ok: false, error: 'NOT_A_ZIP' });
    expect(checkZipLimits(Buffer.concat([zip, Buffer.from('suffix')]))).toMatchObject({ ok: false, error: 'NOT_A_ZIP' });
    expect(checkZipLimits(handZip([{ name: 'a.xml', data: Buffer.from('not deflate data') }]))).toMatchObject({ ok: false, error: 'NOT_A_ZIP' });
  });
});
