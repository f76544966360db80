import { inflateRawSync } from 'node:zlib';

/*
 * An .xlsx is a zip. Before ExcelJS (JSZip) inflates it in memory, every entry is inflated here
 * with a cap on the bytes that come out: the sizes a zip declares (local or central headers) are
 * never trusted, so a file that says 1 kB and inflates to 1 GB stops at the cap, in milliseconds.
 * The structure is read the way JSZip reads it (last end record, central directory, then each
 * local header), and anything JSZip would read differently is refused rather than guessed.
 */

export interface ZipLimits {
  /** A Massar sheet has about ten entries; Excel or LibreOffice add a few more. */
  maxEntries: number;
  /** A 45-pupil sheet's worksheet is about 100 kB. */
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const GRADE_SHEET_ZIP_LIMITS: ZipLimits = { maxEntries: 100, maxEntryBytes: 5 * 1024 * 1024, maxTotalBytes: 20 * 1024 * 1024 };

export type ZipCheck =
  | { ok: true; entries: number; inflatedBytes: number }
  | { ok: false; error: 'NOT_A_ZIP' | 'UNSUPPORTED' | 'TOO_LARGE'; message: string };

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x0001;

interface CentralEntry {
  flags: number;
  method: number;
  compressedSize: number;
  localOffset: number;
}

class ZipRefusal extends Error {
  constructor(readonly error: 'NOT_A_ZIP' | 'UNSUPPORTED' | 'TOO_LARGE', message: string) {
    super(message);
  }
}

const notAZip = () => new ZipRefusal('NOT_A_ZIP', 'This file is not an .xlsx spreadsheet');
const tooLarge = () => new ZipRefusal('TOO_LARGE', 'This file is too large for a grade sheet');

/** Inflates every entry under the limits, keeping nothing; never throws. */
export function checkZipLimits(zip: Buffer, limits: ZipLimits = GRADE_SHEET_ZIP_LIMITS): ZipCheck {
  try {
    const entries = centralDirectory(zip, limits);
    let inflatedBytes = 0;
    for (const entry of entries) inflatedBytes += inflatedSize(zip, entry, Math.min(limits.maxEntryBytes, limits.maxTotalBytes - inflatedBytes));
    return { ok: true, entries: entries.length, inflatedBytes };
  } catch (error) {
    if (error instanceof ZipRefusal) return { ok: false, error: error.error, message: error.message };
    throw error;
  }
}

/** The central directory's entries; it must sit exactly before the end record, which ends the file. */
function centralDirectory(zip: Buffer, limits: ZipLimits): CentralEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + END_SIZE > zip.length || zip.readUInt32LE(end) !== END) throw notAZip();
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  // One disk, no ZIP64 (0xFFFF…: a grade sheet never needs it), no bytes prepended or appended.
  if (zip.readUInt16LE(end + 4) !== 0 || zip.readUInt16LE(end + 6) !== 0 || zip.readUInt16LE(end + 8) !== count) throw notAZip();
  if (end + END_SIZE + zip.readUInt16LE(end + 20) !== zip.length || offset + size !== end) throw notAZip();
  if (count === 0) throw notAZip();
  if (count > limits.maxEntries) throw tooLarge();
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > end || zip.readUInt32LE(at) !== CENTRAL) throw notAZip();
    entries.push({ flags: zip.readUInt16LE(at + 8), method: zip.readUInt16LE(at + 10), compressedSize: zip.readUInt32LE(at + 20), localOffset: zip.readUInt32LE(at + 42) });
    at += CENTRAL_SIZE + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  // JSZip reads central records for as long as their signature follows: there must be no more.
  if (at !== end) throw notAZip();
  return entries;
}

/** The entry's size once inflated, counted by inflating it with `limit` as the most it may produce. */
function inflatedSize(zip: Buffer, entry: CentralEntry, limit: number): number {
  if (entry.flags & ENCRYPTED_FLAG) throw new ZipRefusal('UNSUPPORTED', 'This file is encrypted: save it without a password');
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipRefusal('UNSUPPORTED', 'This file is compressed in a way a spreadsheet never is');
  const data = entryData(zip, entry);
  if (entry.method === STORED) {
    if (data.length > limit) throw tooLarge();
    return data.length;
  }
  try {
    // maxOutputLength stops zlib as soon as that many bytes came out: memory stays at the limit.
    const inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
    if (inflated.length > limit) throw tooLarge();
    return inflated.length;
  } catch (error) {
    if (error instanceof ZipRefusal) throw error;
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw notAZip();
  }
}

/** The compressed bytes, where JSZip takes them: after the local header's own name and extra field. */
function entryData(zip: Buffer, entry: CentralEntry): Buffer {
  const at = entry.localOffset;
  if (at + LOCAL_SIZE > zip.length || zip.readUInt32LE(at) !== LOCAL) throw notAZip();
  const start = at + LOCAL_SIZE + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) throw notAZip();
  return zip.subarray(start, start + entry.compressedSize);
}
