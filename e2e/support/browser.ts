// Which Chromium the journeys run in, so that `npm test` passes on a fresh Linux machine with only
// Node: CHROMIUM_PATH if set, else /usr/bin/chromium if installed, else the Chromium shipped inside
// the @sparticuz/chromium npm package (unpacked once into <repo>/.tmp, not into /tmp).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { LaunchOptions } from 'playwright-core';
import { repoRoot } from './paths';

const require = createRequire(import.meta.url);

export interface ChromiumChoice {
  source: 'CHROMIUM_PATH' | '/usr/bin/chromium' | '@sparticuz/chromium';
  launchOptions: LaunchOptions;
}

/** Flags common to every Chromium we may get: no sandbox (CI and dev machines run as root), no /dev/shm limit. */
const COMMON_ARGS = ['--no-sandbox', '--disable-dev-shm-usage'];

/**
 * @sparticuz/chromium's flags are tuned for AWS Lambda; these would change what the app under test
 * sees (web security, process model) or are set by Playwright itself, so they are left out.
 */
const DROPPED_SPARTICUZ_ARGS = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content', "--headless='shell'"]);

let cached: Promise<ChromiumChoice> | undefined;

export function chooseChromium(): Promise<ChromiumChoice> {
  cached ??= choose();
  return cached;
}

async function choose(): Promise<ChromiumChoice> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { source: 'CHROMIUM_PATH', launchOptions: { executablePath: fromEnv, args: COMMON_ARGS } };
  }
  if (existsSync('/usr/bin/chromium')) {
    return { source: '/usr/bin/chromium', launchOptions: { executablePath: '/usr/bin/chromium', args: COMMON_ARGS } };
  }
  return sparticuzChromium();
}

async function sparticuzChromium(): Promise<ChromiumChoice> {
  const packageDir = dirname(dirname(dirname(require.resolve('@sparticuz/chromium'))));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  // One folder per package version: @sparticuz/chromium returns any `chromium` already in its
  // TMPDIR, so a shared /tmp could hand us another version's binary.
  const folder = join(repoRoot, '.tmp', `chromium-${version}`);
  const executablePath = join(folder, 'chromium');
  if (!existsSync(executablePath)) await unpack(folder);

  const { default: chromium } = await withTmpdir(folder, () => import('@sparticuz/chromium'));
  const args = [...chromium.args.filter((arg) => !DROPPED_SPARTICUZ_ARGS.has(arg)), ...COMMON_ARGS];
  const extra: Record<string, string> = {};
  if (missingLibraries(executablePath)) extra.LD_LIBRARY_PATH = bundledLibraries(packageDir, folder);
  if (!existsSync('/etc/fonts/fonts.conf') && !process.env.FONTCONFIG_FILE) extra.FONTCONFIG_FILE = bundledFontConfig(folder);
  const env = Object.keys(extra).length > 0 ? { ...stringEnv(), ...extra } : undefined;
  return { source: '@sparticuz/chromium', launchOptions: { executablePath, args, ...(env ? { env } : {}) } };
}

/**
 * Unpacks into a private staging folder, then renames it into place, so that two runs starting
 * together (two engineers, or the config loaded by several processes) never see a half-written binary.
 */
async function unpack(folder: string): Promise<void> {
  const staging = `${folder}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const unpacked = await withTmpdir(staging, async () => {
      const { default: chromium } = await import('@sparticuz/chromium');
      return chromium.executablePath();
    });
    if (normalize(unpacked) !== join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, expected ${staging}`);
    try {
      renameSync(staging, folder);
    } catch (error) {
      // Someone else finished first: theirs is as good as ours.
      if (!existsSync(join(folder, 'chromium'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** os.tmpdir() reads TMPDIR on every call: point it at our folder only while @sparticuz/chromium works. */
async function withTmpdir<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    return await work();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

/** True when the dynamic linker cannot load the binary (a shared library is missing or unusable). */
function missingLibraries(executablePath: string): boolean {
  const probe = spawnSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return probe.status === 127 || /error while loading shared libraries/.test(probe.stderr ?? '');
}

/**
 * The package also ships the few shared libraries Chromium needs beyond glibc (NSS, NSPR, expat),
 * built for Amazon Linux 2023; a bare Debian/Ubuntu without libnss3 gets them from there.
 */
function bundledLibraries(packageDir: string, folder: string): string {
  const target = join(folder, 'al2023');
  const lib = join(target, 'lib');
  if (!existsSync(join(lib, 'libnss3.so'))) {
    extractTar(brotliDecompressSync(readFileSync(join(packageDir, 'bin', 'al2023.tar.br'))), target);
  }
  const current = process.env.LD_LIBRARY_PATH;
  return current ? `${lib}:${current}` : lib;
}

/** No system fontconfig (a bare container): use the fonts unpacked with the package (Open Sans). */
function bundledFontConfig(folder: string): string {
  const file = join(folder, 'fonts.conf');
  const config = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(folder, 'fonts')}</dir>
  <cachedir>${join(folder, 'fonts-cache')}</cachedir>
</fontconfig>
`;
  writeFileSync(file, config);
  return file;
}

/** A minimal ustar reader: regular files and folders only, which is all the archive holds. */
function extractTar(archive: Buffer, target: string): void {
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const path = normalize(join(target, name));
    if (!path.startsWith(target)) throw new Error(`Unsafe path in archive: ${name}`);
    if (type === '5') mkdirSync(path, { recursive: true });
    else if (type === '0') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, archive.subarray(offset + 512, offset + 512 + size), { mode: 0o755 });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

function stringEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
