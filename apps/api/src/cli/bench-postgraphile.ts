import { type ChildProcess, fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

/**
 * PostGraphile 5, amber preset, no configuration and no authorization, on the benchmark's
 * database: the generic schema-to-API tool our nested query is compared with. It runs in a
 * child process (`node -r bench/polyfill.cjs`, Node 20 lacks Promise.withResolvers), so that its
 * event loop is neither ours nor the load generator's.
 */
export interface PostGraphileServer {
  url: string;
  /** SQL statements its pg clients have sent since it started. */
  statements: () => Promise<number>;
  stop: () => Promise<void>;
}

// src/cli and dist/cli sit at the same depth below apps/api.
const POLYFILL = fileURLToPath(new URL('../../bench/polyfill.cjs', import.meta.url));

export function startPostGraphile(databaseUrl: string): Promise<PostGraphileServer> {
  const child = fork(fileURLToPath(import.meta.url), ['--massar-postgraphile'], {
    execArgv: ['-r', POLYFILL],
    env: { ...process.env, MASSAR_BENCH_DATABASE_URL: databaseUrl, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const failed = (code: number | null) => reject(new Error(`PostGraphile exited with code ${code} before listening`));
    child.once('exit', failed);
    child.once('error', reject);
    child.once('message', (message: { port?: number; error?: string }) => {
      child.off('exit', failed);
      if (!message.port) return reject(new Error(`PostGraphile did not start: ${message.error}`));
      resolve({ url: `http://127.0.0.1:${message.port}/graphql`, statements: () => askStatements(child), stop: () => stopChild(child) });
    });
  });
}

function askStatements(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message: { statements: number }) => resolve(message.statements));
    child.send('statements');
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** In the child: PostGraphile as its documentation sets it up, on a node:http server (grafserv's node adaptor). */
async function serve(): Promise<void> {
  const [{ default: pg }, { postgraphile }, { PostGraphileAmberPreset }, { makePgService }, { grafserv }] = await Promise.all([
    import('pg'), import('postgraphile'), import('postgraphile/presets/amber'), import('postgraphile/adaptors/pg'), import('postgraphile/grafserv/node'),
  ]);
  // Counts every statement its pool's clients send (the same pg module PostGraphile's adaptor uses).
  let statements = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    statements++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString: process.env.MASSAR_BENCH_DATABASE_URL })],
  });
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  await serv.addTo(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  process.on('message', () => process.send!({ statements }));
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close();
    void Promise.resolve(pgl.release()).finally(() => process.exit(0));
  });
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
}

if (process.argv.includes('--massar-postgraphile')) {
  serve().catch((error: unknown) => {
    process.send?.({ error: (error as Error).stack ?? String(error) });
    process.exit(1);
  });
}
