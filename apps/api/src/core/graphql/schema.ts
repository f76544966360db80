import { type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';
import { isPublicField } from './public.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;

/**
 * Builds the executable schema; refuses to start if a root field has no role check.
 * `orphanedTypes` are printed though no field returns them (the error reasons: see app/error-reasons.type.ts).
 */
export async function buildMassarSchema(resolvers: NonEmptyArray<ResolverClass>, orphanedTypes: ResolverClass[] = []): Promise<GraphQLSchema> {
  readPlainPropertiesDirectly();
  const schema = await buildSchema({
    resolvers,
    orphanedTypes,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
  const unguarded = unguardedFields();
  if (unguarded.length) throw new Error(`fields without @Authorized or @Public: ${unguarded.join(', ')}`);
  return schema;
}

/**
 * A plain property field (a column, a computed value set by a loader) resolves with graphql's
 * own property read instead of a type-graphql wrapper: the wrapper allocates for each of the
 * thousands of fields of a class list, and has nothing to run — checks live on queries and field
 * resolvers, never on properties. A property that carries @Authorized or a middleware, or whose
 * field is named apart from it, keeps the wrapper (which does the check, or the renaming).
 */
function readPlainPropertiesDirectly(): void {
  const storage = getMetadataStorage();
  const key = (target: ResolverClass, name: string) => `${target.name}.${name}`;
  const wrapped = new Set([
    ...storage.authorizedFields.map((f) => key(f.target, f.fieldName)),
    ...storage.middlewares.map((m) => key(m.target, m.fieldName)),
  ]);
  for (const field of storage.fields) {
    if (field.simple === undefined && field.name === field.schemaName && !wrapped.has(key(field.target, field.name))) field.simple = true;
  }
}

/** Query, Mutation and field-resolver methods that carry neither @Authorized (on them or their class) nor @Public. */
export function unguardedFields(): string[] {
  const storage = getMetadataStorage();
  const guarded = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
  const guardedClasses = new Set(storage.authorizedResolver.map((r) => r.target.name));
  // Internal field resolvers are an object type's own getters (ids, names): they read only the row already reached.
  const external = storage.fieldResolvers.filter((f) => f.kind === 'external');
  return [...storage.queries, ...storage.mutations, ...external]
    .filter((q) => !guardedClasses.has(q.target.name) && !guarded.has(`${q.target.name}.${q.methodName}`) && !isPublicField(q.target.name, q.methodName))
    .map((q) => `${q.target.name}.${q.methodName}`);
}
