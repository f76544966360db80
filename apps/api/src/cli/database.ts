import 'reflect-metadata';
import { relative } from 'node:path';
import pg from 'pg';
import { type Config } from '../core/config.js';
import { createDataSource } from '../core/database/data-source.js';
import { startEmbeddedPostgres } from '../core/database/embedded.js';

export interface OpenDatabase {
  url: string;
  /** Where the data lives, for people (no password). */
  where: string;
  close: () => Promise<void>;
}

/** DATABASE_URL, or the embedded PostgreSQL in MASSAR_DATA_DIR with its `massar` database. */
export async function openDatabase(config: Config): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return { url: config.databaseUrl, where: `${url.host}${url.pathname}`, close: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir);
  try {
    await ensureDatabase(embedded.url(), 'massar');
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  const dir = relative(process.cwd(), config.dataDir) || '.';
  return { url: embedded.url('massar'), where: `embedded PostgreSQL in ${dir}`, close: () => embedded.stop() };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** Runs pending migrations, under the server's advisory lock so that both never race. */
export async function migrate(url: string): Promise<void> {
  const ds = createDataSource({ url, entities: [], poolSize: 1 });
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock(7261)');
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.query('SELECT pg_advisory_unlock(7261)').catch(() => {});
    await ds.destroy();
  }
}
