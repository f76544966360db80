import pg from 'pg';
import { loadConfig } from '../core/config.js';
import { rebuildAnalytics } from '../modules/analytics/rollup-rebuild.js';
import { migrate, openDatabase } from './database.js';

// `npm run analytics:rebuild`: recomputes every analytics roll-up cell from the source tables
// (recovery; the refresher keeps them current otherwise), printing each table's time.
async function main(): Promise<number> {
  const db = await openDatabase(loadConfig());
  const client = new pg.Client({ connectionString: db.url, application_name: 'massar-analytics-rebuild' });
  try {
    await migrate(db.url);
    await client.connect();
    console.log(`Rebuilding the analytics roll-ups of ${db.where}`);
    const outcome = await rebuildAnalytics(client, (table, ms) => console.log(`  ${table.padEnd(26)} ${(ms / 1000).toFixed(1)} s`));
    console.log(`Rebuilt ${outcome.pairs} school × year pairs in ${(outcome.ms / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    await client.end().catch(() => {});
    await db.close();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`analytics:rebuild failed: ${(error as Error).message}`);
  return 1;
});
