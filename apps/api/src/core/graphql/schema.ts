import { type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';
import { isPublicField } from './public.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;

/** Builds the executable schema; refuses to start if a root field has no role check. */
export async function buildMassarSchema(resolvers: NonEmptyArray<ResolverClass>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
  const unguarded = unguardedRootFields();
  if (unguarded.length) throw new Error(`root fields without @Authorized or @Public: ${unguarded.join(', ')}`);
  return schema;
}

/** Query and Mutation methods that carry neither @Authorized nor @Public. */
export function unguardedRootFields(): string[] {
  const storage = getMetadataStorage();
  const guarded = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
  const guardedClasses = new Set(storage.authorizedResolver.map((r) => r.target.name));
  return [...storage.queries, ...storage.mutations]
    .filter((q) => !guardedClasses.has(q.target.name) && !guarded.has(`${q.target.name}.${q.methodName}`) && !isPublicField(q.methodName))
    .map((q) => q.schemaName);
}
