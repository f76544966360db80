import { pino } from 'pino';
import { type DataSource } from 'typeorm';
import { type AccountScopeIds, grantsFor } from '../core/auth/grants.js';
import { Role, type Viewer } from '../core/auth/viewer.js';
import { type Context } from '../core/context.js';
import { createDataSource } from '../core/database/data-source.js';

/** A GraphQL answer as the benches read it. */
export interface Gql<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const NO_SCOPE: AccountScopeIds = { regionId: null, provinceId: null, schoolId: null, staffMemberId: null, guardianId: null, studentId: null };

/** A viewer with the grants of a real account of that role and scope (no session: the bench runs in-process). */
const benchViewer = (role: Role, scope: Partial<AccountScopeIds>): Viewer => ({
  accountId: 0, role, displayName: 'Bench', email: null, grants: grantsFor(role, { ...NO_SCOPE, ...scope }),
});

/** A school's director. */
export const director = (schoolId: number): Viewer => benchViewer(Role.DIRECTOR, { schoolId });

/** The provincial directorate, which alone runs a collective move (the carte scolaire). */
export const directorate = (provinceId: number): Viewer => benchViewer(Role.PROVINCE, { provinceId });

/** The ministry's analysts: the figures of the nation. */
export const ministry = (): Viewer => benchViewer(Role.MINISTRY, {});

/** A regional academy: the figures of its region. */
export const region = (regionId: number): Viewer => benchViewer(Role.REGION, { regionId });

/** One GraphQL operation through the schema in-process, as `viewer`: its data and its time. */
export type RunOperation = <T>(viewer: Viewer, query: string, variables: Record<string, unknown>) => Promise<{ data: T; ms: number }>;

const silent = pino({ level: 'silent' });

/**
 * Runs `measure` against the real schema in-process (its own data source and Apollo server), or
 * answers why it could not: a module broken by work in progress costs these figures, not the
 * benchmark (hence the imports here, not at the top).
 */
export async function withInProcessSchema<R>(url: string, measure: (run: RunOperation) => Promise<R>): Promise<R | string> {
  let db: DataSource | undefined;
  try {
    const [{ ENTITIES }, { getSchema }, { createApolloServer }] = await Promise.all([
      import('../app/entities.js'), import('../app/schema.js'), import('../core/http/graphql-server.js'),
    ]);
    db = createDataSource({ url, entities: ENTITIES, poolSize: 4 });
    await db.initialize();
    const source = db;
    const apollo = createApolloServer(await getSchema(), silent);
    await apollo.start();
    const run: RunOperation = async <T>(viewer: Viewer, query: string, variables: Record<string, unknown>) => {
      const started = performance.now();
      const contextValue: Context = {
        db: source, viewer, log: silent, requestId: 'bench', clientAddress: '127.0.0.1', loaders: new Map(), sessionDays: 1,
        session: { token: null, set: () => {}, clear: () => {}, deviceTokens: [], setDevice: () => {} },
      };
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      const ms = performance.now() - started;
      const result = (response.body.kind === 'single' ? response.body.singleResult : {}) as Gql<T>;
      if (result.errors?.length || !result.data) throw new Error(result.errors?.map((e) => `${e.extensions?.code} ${e.message}`).join('; ') ?? 'no data');
      return { data: result.data, ms };
    };
    try {
      return await measure(run);
    } finally {
      await apollo.stop();
    }
  } catch (error) {
    return `not measured (${(error as Error).message})`;
  } finally {
    await db?.destroy();
  }
}
