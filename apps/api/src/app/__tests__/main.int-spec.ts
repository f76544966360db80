import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { apiDir, type MainProcess, startMain } from '../../test/main-process.js';

const dataDir = fileURLToPath(new URL(`../../../../../.tmp/main-test-${process.pid}`, import.meta.url));

/** Servers a failed test left running, stopped after it so that the next one starts clean. */
const running = new Set<ChildProcess>();

/** Runs `main.ts` as `npm start` does, on this test's data directory. */
const start = (env: Record<string, string>): Promise<MainProcess> =>
  startMain({ MASSAR_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env }, (child) => {
    running.add(child);
    child.once('exit', () => running.delete(child));
  });

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
}

const postgresRunningOn = (dir: string) => {
  const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return ps.split('\n').some((line) => line.includes('postgres') && line.includes(dir));
};

/** The exit code, or 'still running' after `ms` (the child is then killed, so that nothing is left behind). */
async function exitedWithin(child: ChildProcess, ms: number): Promise<number | null | 'still running'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), ms)));
  const result = await Promise.race([exited(child), timeout]);
  clearTimeout(timer);
  if (result === 'still running') child.kill('SIGKILL');
  return result;
}

/** The cluster's directory, as logged at start (as root it may have been moved out of dataDir). */
const clusterDir = (output: string) => JSON.parse(output.split('\n').find((line) => line.includes('embedded PostgreSQL started'))!).directory as string;
const postmasterPid = (dir: string) => Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);

/** The postmaster and its children (backends, checkpointer…). */
const postgresProcesses = (postmaster: number) => {
  const ps = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
  const rows = ps.trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number));
  return [postmaster, ...rows.filter(([, ppid]) => ppid === postmaster).map(([pid]) => pid)];
};

const signal = (pids: number[], name: NodeJS.Signals) => pids.forEach((pid) => {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
});

const stackTrace = /^\s+at /m;

describe('npm start (main)', () => {
  afterEach(async () => {
    for (const child of running) {
      child.kill('SIGTERM');
      await exited(child);
    }
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('refuses a non-numeric PORT with one line and no stack trace', async () => {
    const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
      cwd: apiDir, env: { ...process.env, PORT: 'abc', MASSAR_DATA_DIR: dataDir },
    });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    expect(await exited(child)).toBe(1);
    expect(err.trim()).toBe('Configuration error: PORT must be a whole number between 0 and 65535, got "abc"');
  });

  it('starts the embedded PostgreSQL with demo data, stops cleanly on SIGTERM, and reuses the data', async () => {
    const first = await start({});
    expect(first.output()).toContain('parent@demo.massar.ma');
    expect(first.output()).toContain('demo data seeded');
    expect(await (await fetch(`${first.url}/readyz`)).json()).toEqual({ status: 'ready' });
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    expect(postgresRunningOn(dataDir)).toBe(false);

    const second = await start({});
    expect(second.output()).not.toContain('demo data seeded');
    second.child.kill('SIGINT');
    expect(await exited(second.child)).toBe(0);
    expect(postgresRunningOn(dataDir)).toBe(false);
  }, 120_000);

  it('exits with one clear line when the embedded PostgreSQL dies while serving', async () => {
    const server = await start({});
    const dir = clusterDir(server.output());
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    process.kill(postmasterPid(dir), 'SIGKILL');
    expect(await exitedWithin(server.child, 10_000)).toBe(1);
    expect(server.output()).toContain(`Massar is stopping: the embedded PostgreSQL in ${dir} stopped unexpectedly (killed by SIGKILL)`);
    expect(server.output()).not.toMatch(stackTrace);
    expect(postgresRunningOn(dir)).toBe(false);
  }, 120_000);

  it('stops on SIGTERM right after the embedded PostgreSQL died', async () => {
    const server = await start({});
    const dir = clusterDir(server.output());
    process.kill(postmasterPid(dir), 'SIGKILL');
    // Until the server has noticed (no longer ready, or already gone).
    while ((await fetch(`${server.url}/readyz`).catch(() => null))?.status === 200) await new Promise((r) => setTimeout(r, 50));
    server.child.kill('SIGTERM');
    // Whichever comes first, the signal (0) or the lost database (1): promptly, not after a 10 s hook.
    const code = await exitedWithin(server.child, 8_000);
    expect([0, 1]).toContain(code);
    expect(server.output()).not.toMatch(stackTrace);
    expect(postgresRunningOn(dir)).toBe(false);
  }, 120_000);

  it('stops on SIGTERM within a bound while the embedded PostgreSQL hangs, leaving no process behind', async () => {
    const server = await start({});
    const dir = clusterDir(server.output());
    const postgres = postgresProcesses(postmasterPid(dir));
    try {
      signal(postgres, 'SIGSTOP');
      server.child.kill('SIGTERM');
      expect(await exitedWithin(server.child, 12_000)).toBe(0);
      expect(postgresRunningOn(dir)).toBe(false);
    } finally {
      signal(postgres, 'SIGKILL');
    }
  }, 120_000);
});
