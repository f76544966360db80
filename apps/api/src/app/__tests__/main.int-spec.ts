import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const apiDir = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = fileURLToPath(new URL(`../../../../../.tmp/main-test-${process.pid}`, import.meta.url));

/** Runs `main.ts` as `npm start` does, on a free port, until it prints its URL. */
function start(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string; url: string }> {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, PORT: '0', MASSAR_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const url = out.match(/Massar is running on (http:\/\/\S+)/)?.[1];
      if (url) {
        clearInterval(timer);
        resolve({ child, output: () => out, url });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code}: ${out}`));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
}

const postgresRunningOn = (dir: string) => {
  const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return ps.split('\n').some((line) => line.includes('postgres') && line.includes(dir));
};

describe('npm start (main)', () => {
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
  });
});
