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
  /** Per-request memo of loaders, keyed by their factory (see loader()). */
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
export function loader<T>(ctx: Context, factory: (ctx: Context) => T): T {
  let made = ctx.loaders.get(factory) as T | undefined;
  if (!made) {
    made = factory(ctx);
    ctx.loaders.set(factory, made);
  }
  return made;
}

export function requireViewer(ctx: Context): Viewer {
  // The authChecker has already refused anonymous callers on every @Authorized field.
  if (!ctx.viewer) throw new Error('viewer required');
  return ctx.viewer;
}
