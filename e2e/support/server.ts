// The real server for the journeys: `node apps/api/dist/main.js` on a free port, with a fresh
// embedded PostgreSQL in a throwaway data dir, seeded with the demo slice.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot, runId, tmpRoot } from './paths';

/** What global setup hands global teardown (they run in the same process, possibly as different module instances). */
const ENV_PID = 'MASSAR_E2E_SERVER_PID';
const ENV_DATA_DIR = 'MASSAR_E2E_DATA_DIR';

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startServer(baseURL: string): Promise<void> {
  const main = join(repoRoot, 'apps', 'api', 'dist', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (npm run build, or npm test which builds everything).`);

  const port = new URL(baseURL).port;
  removeLeftovers();
  const dataDir = join(tmpRoot, `e2e-data-${runId()}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(tmpRoot, { recursive: true });
  // Kept after the run (overwritten by the next one) for a look at what the server said.
  const logFile = join(tmpRoot, 'e2e-server.log');
  const log = createWriteStream(logFile);

  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port, MASSAR_DATA_DIR: dataDir, MASSAR_DEMO: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' };
  delete env.DATABASE_URL; // always the embedded PostgreSQL, never a developer's database
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [main], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });

  let output = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited: string | undefined;
  child.once('exit', (code, signal) => {
    exited = signal ? `signal ${signal}` : `code ${code}`;
    log.end();
  });
  child.once('error', (error) => {
    exited = `spawn error: ${error.message}`;
  });

  process.env[ENV_PID] = String(child.pid);
  process.env[ENV_DATA_DIR] = dataDir;

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`The server exited (${exited}) before it was ready. Its output:\n${output}`);
    }
    if (await isReady(baseURL)) return;
    if (Date.now() > deadline) {
      await stopServer();
      throw new Error(`The server was not ready at ${baseURL}/readyz after ${READY_TIMEOUT_MS / 1000} s. Its output:\n${output}`);
    }
    await sleep(250);
  }
}

async function isReady(baseURL: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseURL}/readyz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** SIGTERM, wait for the exit (the server stops its embedded PostgreSQL first), then delete the data dir. */
export async function stopServer(): Promise<void> {
  const pid = Number(process.env[ENV_PID]);
  const dataDir = process.env[ENV_DATA_DIR];
  if (pid > 0 && alive(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (alive(pid) && Date.now() < deadline) await sleep(100);
    if (alive(pid)) {
      console.warn(`e2e: the server (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it`);
      process.kill(pid, 'SIGKILL');
      while (alive(pid)) await sleep(100);
    }
  }
  delete process.env[ENV_PID];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  delete process.env[ENV_DATA_DIR];
}

/** Data and session folders of earlier runs that died without their teardown (their runner is gone). */
function removeLeftovers(): void {
  if (!existsSync(tmpRoot)) return;
  for (const name of readdirSync(tmpRoot)) {
    const id = /^e2e-(?:data|auth)-(\d+)$/.exec(name)?.[1];
    if (id && id !== runId() && !alive(Number(id))) rmSync(join(tmpRoot, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
