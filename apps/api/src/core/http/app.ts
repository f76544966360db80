import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import { type ApolloServer } from '@apollo/server';
import compression from 'compression';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import express, { type Request, type Response } from 'express';
import { type Logger } from 'pino';
import { type DataSource } from 'typeorm';
import { viewerForToken } from '../auth/session.service.js';
import { type Context } from '../context.js';
import { shedLoad } from './load-shedding.js';
import { securityHeaders } from './security-headers.js';
import { BODY_LIMIT, guardGraphQLRequest, jsonErrorHandler, notFoundHandler } from './transport-errors.js';

export const SESSION_COOKIE = 'massar_session';

export interface AppOptions {
  db: DataSource;
  apollo: ApolloServer<Context>;
  log: Logger;
  secureCookies: boolean;
  trustProxy: boolean;
  /** Built SPAs: mount path → dist folder. */
  spas: { path: string; dir: string }[];
  sessionDays: number;
  /** See shedLoad. */
  maxConcurrentRequests?: number;
}

export function createApp({ db, apollo, log, secureCookies, trustProxy, spas, sessionDays, maxConcurrentRequests = 64 }: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  // An ETag is a hash of every answer: a GraphQL POST is never revalidated, and a class list is 150 kB to hash.
  app.set('etag', false);
  app.use(securityHeaders(secureCookies));
  // One hop: the address the reverse proxy saw. Trusting every hop would let a client name any
  // address in X-Forwarded-For and slip past the per-address login throttle.
  if (trustProxy) app.set('trust proxy', 1);
  app.use((req, res, next) => {
    const requestId = req.get('x-request-id') || randomUUID();
    res.locals.requestId = requestId;
    res.set('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // No headers, no body: cookies and passwords never reach the log.
      log.info({ requestId, method: req.method, url: req.originalUrl.split('?')[0], status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    // After the body is read: a client sending its body slowly holds no place.
    shedLoad(maxConcurrentRequests),
    guardGraphQLRequest,
    expressMiddleware(apollo, { context: ({ req, res }) => buildContext(db, log, req, res, secureCookies, sessionDays) }),
  );

  for (const { path, dir } of spas) mountSpa(app, path, dir);
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(log));
  return app;
}

async function buildContext(db: DataSource, log: Logger, req: Request, res: Response, secure: boolean, sessionDays: number): Promise<Context> {
  const cookies = parseCookies(req.headers.cookie ?? '');
  const bearer = req.get('authorization')?.match(/^Bearer (.+)$/)?.[1];
  const token = cookies[SESSION_COOKIE] ?? bearer ?? null;
  const viewer = token ? await viewerForToken(db, token) : null;
  const requestId = String(res.locals.requestId);
  // Device tokens (core/auth/device.service.ts), '.'-separated; anything not token-shaped is ignored.
  const deviceCookie = 'massar_device';
  const deviceTokens = (cookies[deviceCookie] ?? '').split('.').filter((t) => /^[\w-]{43}$/.test(t));
  return {
    db,
    viewer,
    log: log.child({ requestId }),
    requestId,
    clientAddress: req.ip ?? 'unknown',
    loaders: new Map(),
    sessionDays,
    session: {
      token: token ?? null,
      set: (value, expires) => {
        res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires }));
      },
      clear: () => {
        res.append('Set-Cookie', serializeCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 }));
      },
      deviceTokens,
      // Only ever needed by the login mutation; never sent cross-site.
      setDevice: (tokens, expires) => {
        res.append('Set-Cookie', serializeCookie(deviceCookie, tokens.join('.'), { httpOnly: true, sameSite: 'strict', secure, path: '/graphql', expires }));
      },
    },
  };
}

/** Serves a built SPA with its client-side routes falling back to index.html. */
function mountSpa(app: express.Express, path: string, dir: string) {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  // Compressed on the way out: a phone on a slow network downloads a third of the bytes.
  app.use(path, compression(), express.static(dir, { index: false, maxAge: '1h' }));
  app.get(path === '/' ? '/{*rest}' : [path, `${path}/{*rest}`], compression(), (_req, res) => {
    res.sendFile(index);
  });
}
