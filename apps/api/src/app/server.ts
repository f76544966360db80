import 'reflect-metadata';
import { type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { type Config } from '../core/config.js';
import { createDataSource } from '../core/database/data-source.js';
import { startEmbeddedPostgres } from '../core/database/embedded.js';
import { createApp } from '../core/http/app.js';
import { createApolloServer } from '../core/http/graphql-server.js';
import { settleWithin } from '../core/settle-within.js';
import { seedDemo } from './demo/demo-seed.js';
import { startAnalyticsRefresher } from '../modules/analytics/rollup-refresh.js';
import { ENTITIES } from './entities.js';
import { getSchema } from './schema.js';

export interface RunningServer {
  url: string;
  db: DataSource;
  demoSeeded: boolean;
  /** Resolves, with one line saying so, if the embedded PostgreSQL stops on its own (never for DATABASE_URL). */
  databaseLost: Promise<string>;
  /** Each step is bounded, so a dead or hung database cannot hold the stop for more than about 10 s. */
  stop: () => Promise<void>;
}

const spaDir = (app: string) => fileURLToPath(new URL(`../../../${app}/dist/`, import.meta.url));

/** Connects (or starts the embedded PostgreSQL), migrates, seeds demo mode, serves HTTP. */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, { onLog: (line) => log.trace({ pg: line.trim() }) });
  const stops: (() => Promise<unknown>)[] = [];
  if (embedded) {
    log.info({ directory: embedded.directory }, 'embedded PostgreSQL started');
    stops.push(() => embedded.stop());
  }
  try {
    const url = config.databaseUrl ?? (await ensureDatabase(embedded!.url(), 'massar', embedded!.url('massar')));
    const db = await connect(url);
    stops.unshift(() => settleWithin(db.destroy(), 1_000));
    const demoSeeded = await migrate(db, () => (config.demo ? seedDemo(db, log) : Promise.resolve(false)));
    const stopRefresher = startAnalyticsRefresher(db, log);
    stops.unshift(() => settleWithin(stopRefresher(), 2_000));
    const apollo = createApolloServer(await getSchema(), log);
    await apollo.start();
    stops.unshift(() => settleWithin(apollo.stop(), 1_000));
    const app = createApp({
      db, apollo, log, secureCookies: config.production, trustProxy: config.trustProxy, sessionDays: config.sessionDays, maxConcurrentRequests: config.maxConcurrentRequests,
      spas: [
        { path: '/staff', dir: spaDir('backoffice') },
        { path: '/ministry', dir: spaDir('dashboard') },
        { path: '/', dir: spaDir('portal') },
      ],
    });
    const server = await listen(app, config.port);
    stops.unshift(() => closeHttp(server, 2_000));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const databaseLost = embedded ? embedded.lost : new Promise<string>(() => {});
    return { url: `http://localhost:${port}`, db, demoSeeded, databaseLost, stop: () => runAll(stops) };
  } catch (error) {
    await runAll(stops);
    throw error;
  }
}

async function connect(url: string): Promise<DataSource> {
  const db = createDataSource({ url, entities: ENTITIES });
  try {
    return await db.initialize();
  } catch (error) {
    const host = new URL(url).host;
    throw new Error(`cannot reach PostgreSQL at ${host}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Migrations, then `afterwards` (the demo seed), under an advisory lock, so that replicas
 * starting together migrate and seed once.
 */
export async function migrate<T>(db: DataSource, afterwards: () => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock(7261)');
    await db.runMigrations({ transaction: 'each' });
    return await afterwards();
  } finally {
    await runner.query('SELECT pg_advisory_unlock(7261)').catch(() => {});
    await runner.release();
  }
}

/** Creates `name` on the embedded server on first start. */
async function ensureDatabase(adminUrl: string, name: string, url: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return url;
}

function listen(app: ReturnType<typeof createApp>, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, (error?: Error) => (error ? reject(error) : resolve(server)));
    // A request (headers and body) must arrive within a minute: a client sending it byte by byte holds a socket no longer.
    server.headersTimeout = 20_000;
    server.requestTimeout = 60_000;
    server.once('error', reject);
  });
}

/** Lets requests in flight finish for up to `ms`, then drops their connections. */
async function closeHttp(server: Server, ms: number): Promise<void> {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  if (!(await settleWithin(closed, ms))) server.closeAllConnections();
}

async function runAll(stops: (() => Promise<unknown>)[]): Promise<void> {
  for (const stop of stops.splice(0)) await stop().catch(() => {});
}
