import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DataSource } from 'typeorm';
import { inject } from 'vitest';
import { ENTITIES } from '../app/entities.js';
import { createDataSource } from '../core/database/data-source.js';

/** A fresh database for one test file, cloned from the migrated template. */
export async function createTestDatabase(options: { onQuery?: (sql: string, parameters?: unknown[]) => void } = {}): Promise<{ db: DataSource; url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `massar_test_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE massar_template`);
  const at = new URL(adminUrl);
  at.pathname = `/${name}`;
  const url = at.toString();
  const db = createDataSource({ url, entities: ENTITIES, poolSize: 4, onQuery: options.onQuery });
  await db.initialize();
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      await adminQuery(adminUrl, `DROP DATABASE ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
