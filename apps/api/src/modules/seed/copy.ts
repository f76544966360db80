import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export interface TableStat {
  rows: number;
  /** Time PostgreSQL spent ingesting this table's COPY streams. */
  ms: number;
}

export interface CopyTarget {
  /** Name used in progress and summaries. */
  label: string;
  /** Table (or partition) and column list, e.g. `student (id, code_massar, …)`. */
  into: string;
}

interface TableBuffer {
  target: CopyTarget;
  parts: Buffer[];
  current: Buffer;
  offset: number;
  rows: number;
}

// Rows are encoded into 1 MB buffers as they come: the short-lived row strings die young and
// nothing string-shaped survives to the old generation, which kept the GC busy when batches
// were held as long concatenated strings.
const PART_BYTES = 1024 * 1024;

/**
 * Collects rows in COPY text format (tab-separated, \N for NULL) for several tables and loads
 * them in batches with `COPY … FROM STDIN (FREEZE)` on one connection, one table at a time:
 * while a batch is being loaded the generator fills the next one, so PostgreSQL and the
 * generator work side by side. At most two batches are in memory. FREEZE needs every target
 * to have been created or truncated in the current transaction (see prepareBulkLoad).
 */
export class CopySink {
  readonly stats = new Map<string, TableStat>();
  /** Time the generator waited for PostgreSQL to finish the previous batch. */
  waitMs = 0;
  private buffers: TableBuffer[];
  private pendingBytes = 0;
  private inflight: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly db: pg.ClientBase,
    targets: CopyTarget[],
    private readonly batchBytes = 32 * 1024 * 1024,
    private readonly onBatch?: () => void,
  ) {
    this.buffers = targets.map((target) => ({ target, parts: [], current: Buffer.allocUnsafe(PART_BYTES), offset: 0, rows: 0 }));
    for (const t of targets) this.stats.set(t.label, { rows: 0, ms: 0 });
  }

  /** Appends one row (fields already joined by tabs) to table number `table`. */
  row(table: number, line: string): void {
    const b = this.buffers[table];
    // A UTF-16 unit never takes more than 3 bytes in UTF-8.
    if (b.offset + line.length * 3 + 1 > b.current.length) this.seal(b, Math.max(PART_BYTES, line.length * 3 + 1));
    b.offset += b.current.write(line, b.offset);
    b.current[b.offset++] = 10;
    b.rows++;
  }

  private seal(b: TableBuffer, next: number): void {
    if (b.offset > 0) {
      b.parts.push(b.current.subarray(0, b.offset));
      this.pendingBytes += b.offset;
    }
    b.current = Buffer.allocUnsafe(next);
    b.offset = 0;
  }

  /** Lets the event loop run (socket writes of the batch in flight); starts a batch when due. */
  async tick(): Promise<void> {
    this.throwIfFailed();
    if (this.pendingBytes >= this.batchBytes) await this.flush();
    else await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Waits for the batch in flight, then starts loading what has been collected. */
  async flush(): Promise<void> {
    const waitStarted = performance.now();
    await this.inflight;
    this.waitMs += performance.now() - waitStarted;
    this.throwIfFailed();
    const batch = this.buffers.map((b) => {
      this.seal(b, PART_BYTES);
      const taken = { target: b.target, parts: b.parts, rows: b.rows };
      b.parts = [];
      b.rows = 0;
      return taken;
    });
    this.pendingBytes = 0;
    this.inflight = this.load(batch).catch((error) => {
      this.failure = error;
    });
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.inflight;
    this.throwIfFailed();
  }

  private async load(batch: { target: CopyTarget; parts: Buffer[]; rows: number }[]): Promise<void> {
    for (const { target, parts, rows } of batch) {
      if (rows === 0) continue;
      const started = performance.now();
      const stream = this.db.query(copyFrom(`COPY ${target.into} FROM STDIN WITH (FREEZE)`));
      await pipeline(Readable.from(parts), stream);
      const stat = this.stats.get(target.label)!;
      stat.rows += rows;
      stat.ms += performance.now() - started;
    }
    this.onBatch?.();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
