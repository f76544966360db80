import 'reflect-metadata';
import { type ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { type DataSource } from 'typeorm';
import { getSchema } from '../app/schema.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type Context } from '../core/context.js';
import { createApolloServer } from '../core/http/graphql-server.js';
import { createTestDatabase } from './database.js';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string } }[];
}

export interface TestApi {
  db: DataSource;
  /** Runs an operation in-process as `viewer` (null: anonymous). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads its own query's shape
  exec: <T = Record<string, any>>(viewer: Viewer | null, query: string, variables?: Record<string, unknown>) => Promise<GqlResult<T>>;
  /** SQL statements issued since the last reset. */
  statements: string[];
  /** The same statements with their parameters (for EXPLAIN in plan tests). */
  executed: { sql: string; parameters: unknown[] }[];
  /** The Apollo server itself, for a request exec does not shape (an operation name). */
  apollo: ApolloServer<Context>;
  stop: () => Promise<void>;
}

const silent = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** The real schema and Apollo server on a fresh database of this test file. */
export async function createTestApi(): Promise<TestApi> {
  const statements: string[] = [];
  const executed: { sql: string; parameters: unknown[] }[] = [];
  const { db, drop } = await createTestDatabase({
    onQuery: (sql, parameters = []) => {
      statements.push(sql);
      executed.push({ sql, parameters });
    },
  });
  const apollo: ApolloServer<Context> = createApolloServer(await getSchema(), silent);
  await apollo.start();
  return {
    db,
    statements,
    executed,
    apollo,
    exec: async (viewer, query, variables) => {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: contextFor(db, viewer) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as GqlResult<never>;
    },
    stop: async () => {
      await apollo.stop();
      await drop();
    },
  };
}

export function contextFor(db: DataSource, viewer: Viewer | null): Context {
  return {
    db,
    viewer,
    log: silent,
    requestId: 'test',
    clientAddress: '127.0.0.1',
    loaders: new Map(),
    sessionDays: 1,
    session: { token: null, set: () => {}, clear: () => {}, deviceTokens: [], setDevice: () => {} },
  };
}

/** The error code of the first error, for terse assertions. */
export const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code;
