import { resolve } from 'node:path';

export interface Config {
  port: number;
  /** Absent: an embedded PostgreSQL is started with its data in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo slice (and its known passwords) into an empty database. */
  demo: boolean;
  logLevel: string;
  sessionDays: number;
  /** Set behind a reverse proxy so that the client address used for throttling is the real one. */
  trustProxy: boolean;
  /** GraphQL requests under way past which the next ones are refused with 503 (load shedding). */
  maxConcurrentRequests: number;
  production: boolean;
}

export class ConfigError extends Error {}

// Configuration is read and checked here, once: a wrong value stops the start with one line.
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    dataDir: resolve(env.MASSAR_DATA_DIR || '.data'),
    demo: boolean(env, 'MASSAR_DEMO', !production),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    sessionDays: integer(env, 'SESSION_DAYS', 14, 1, 365),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    maxConcurrentRequests: integer(env, 'MAX_CONCURRENT_REQUESTS', 64, 1, 100_000),
    production,
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf(env: NodeJS.ProcessEnv, name: string, fallback: string, allowed: string[]): string {
  const raw = env[name] || fallback;
  if (!allowed.includes(raw)) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw;
}

function databaseUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/db)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres://, got "${url.protocol}//"`);
  }
  return raw;
}
