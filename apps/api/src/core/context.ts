import { type DataSource } from 'typeorm';
import { type Logger } from 'pino';
import { type Viewer } from './auth/viewer.js';

/** Per-request state handed to every resolver. */
export interface Context {
  db: DataSource;
  viewer: Viewer | null;
  log: Logger;
  requestId: string;
  clientAddress: string;
  /** Per-request memo of loaders (keyed by their factory, see loader()) and of values many fields ask for (perRequest()). */
  loaders: Map<unknown, unknown>;
  session: SessionCookie;
  sessionDays: number;
}

export interface SessionCookie {
  token: string | null;
  set(token: string, expires: Date): void;
  clear(): void;
  /** The device tokens of the long-lived massar_device cookie: accounts this browser logged in to. */
  deviceTokens: string[];
  setDevice(tokens: string[], expires: Date): void;
}

/**
 * The loader a factory makes, created once per request: every relation resolver asks for its
 * loader through this, so that a nested query batches into one statement per relation.
 */
export const loader = <T>(ctx: Context, factory: (ctx: Context) => T): T => perRequest(ctx, factory, () => factory(ctx));

/** A value made once per request under `key`: what many fields or rows of one request ask for. */
export function perRequest<T>(ctx: Context, key: unknown, make: () => T): T {
  if (ctx.loaders.has(key)) return ctx.loaders.get(key) as T;
  const made = make();
  ctx.loaders.set(key, made);
  return made;
}

export function requireViewer(ctx: Context): Viewer {
  // The authChecker has already refused anonymous callers on every @Authorized field.
  if (!ctx.viewer) throw new Error('viewer required');
  return ctx.viewer;
}
