import { once } from 'node:events';
import { createDeflateRaw } from 'node:zlib';

/*
 * Zip files written by hand, so that a test can make one lie: the sizes in its headers are
 * whatever the test says, not what the data inflates to (a zip bomb).
 */

export interface HandZipEntry {
  name: string;
  /** The bytes stored after the local header: already deflated when method is 8. */
  data: Buffer;
  /** 0 stored, 8 deflated (default), anything else to test refusals. */
  method?: number;
  /** General purpose flags: bit 0 says encrypted. */
  flags?: number;
  /** What both headers claim the entry inflates to (default: the data's length). */
  declaredSize?: number;
}

/** Raw-deflated zeros, produced 1 MB at a time so that the test itself never holds them. */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let left = bytes; left > 0; left -= zeros.length) {
    if (!deflate.write(zeros.subarray(0, Math.min(left, zeros.length)))) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(chunks);
}

/** Local headers and data, then the central directory, then the end record. */
export function handZip(entries: HandZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = localHeader(e, name.length);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    local.copy(central, 6, 4, 30); // version needed … extra length: the same fields as the local header
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The 30-byte local header; bytes 4–30 reappear in the central header at 6–32. */
function localHeader(e: HandZipEntry, nameLength: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed to extract
  h.writeUInt16LE(e.flags ?? 0, 6);
  h.writeUInt16LE(e.method ?? 8, 8);
  h.writeUInt32LE(0, 14); // CRC-32: JSZip does not check it by default, and a bomb lies anyway
  h.writeUInt32LE(e.data.length, 18);
  h.writeUInt32LE(e.declaredSize ?? e.data.length, 22);
  h.writeUInt16LE(nameLength, 26);
  return h;
}
