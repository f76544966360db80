import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type TestProject } from 'vitest/node';
import { createDataSource } from '../core/database/data-source.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../core/database/embedded.js';

export const TEMPLATE_DB = 'massar_template';

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * One embedded PostgreSQL for the whole run, migrated once into a template database; every
 * test file clones its own database from it (src/test/database.ts).
 */
export async function setup(project: TestProject): Promise<void> {
  dataDir = fileURLToPath(new URL(`../../../../.tmp/api-test-${process.pid}`, import.meta.url));
  embedded = await startEmbeddedPostgres(dataDir, { settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } });
  const admin = new pg.Client({ connectionString: embedded.url() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const db = createDataSource({ url: embedded.url(TEMPLATE_DB), entities: [] });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await db.destroy();
  project.provide('pgAdminUrl', embedded.url());
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
