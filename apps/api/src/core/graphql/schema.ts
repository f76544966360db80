import { getNamedType, type GraphQLOutputType, type GraphQLSchema, isAbstractType, isInterfaceType, isObjectType } from 'graphql';
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
  const unguarded = unguardedFields(schema);
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

/**
 * Query and Mutation methods that carry neither @Authorized (on them or their class) nor @Public,
 * and field-resolver methods without them on a type an anonymous caller can reach. A field
 * resolver on any other type runs for a logged-in caller only (its parent came through a guarded
 * field), so a login check of its own would be a second, per-row one: on a class list, thousands
 * of async checks (type-graphql's middleware) that cannot fail. What such a field reads goes
 * through its rows' rules like any other read.
 */
export function unguardedFields(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const methods = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
  const classes = new Set(storage.authorizedResolver.map((r) => r.target.name));
  const isGuarded = (q: ResolverMethod) => classes.has(q.target.name) || methods.has(`${q.target.name}.${q.methodName}`) || isPublicField(q.target.name, q.methodName);
  const typeNames = new Map<unknown, string>([...storage.objectTypes, ...storage.interfaceTypes].map((t) => [t.target, t.name]));
  // Internal field resolvers are an object type's own getters (ids, names): they read only the row already reached.
  const fieldResolvers = new Map(
    storage.fieldResolvers.filter((f) => f.kind === 'external').map((f) => [`${typeNames.get(f.getObjectType?.())}.${f.schemaName}`, f]),
  );
  const reachable = anonymouslyReachableTypes(schema, (type, field) => {
    const resolver = fieldResolvers.get(`${type}.${field}`);
    return !!resolver && isGuarded(resolver) && !isPublicField(resolver.target.name, resolver.methodName);
  });
  const exposed = [...fieldResolvers].filter(([key]) => reachable.has(key.split('.')[0]) && inSchema(schema, key)).map(([, f]) => f);
  const roots = [
    ...storage.queries.filter((q) => inSchema(schema, `${schema.getQueryType()?.name}.${q.schemaName}`)),
    ...storage.mutations.filter((q) => inSchema(schema, `${schema.getMutationType()?.name}.${q.schemaName}`)),
  ];
  return [...roots, ...exposed].filter((q) => !isGuarded(q)).map((q) => `${q.target.name}.${q.methodName}`);
}

/** Whether `Type.field` is in this schema (type-graphql's metadata holds every class ever decorated). */
function inSchema(schema: GraphQLSchema, key: string): boolean {
  const [type, field] = key.split('.');
  const named = schema.getType(type);
  return (isObjectType(named) || isInterfaceType(named)) && field in named.getFields();
}

interface ResolverMethod {
  target: ResolverClass;
  methodName: string;
}

/**
 * The types an anonymous caller can meet: those the @Public roots return, and those below them
 * through fields an anonymous caller gets past (plain properties, unguarded field resolvers).
 */
function anonymouslyReachableTypes(schema: GraphQLSchema, stopsAnonymous: (type: string, field: string) => boolean): Set<string> {
  const storage = getMetadataStorage();
  const seen = new Set<string>();
  const visit = (type: GraphQLOutputType) => {
    const named = getNamedType(type);
    if (seen.has(named.name)) return;
    seen.add(named.name);
    if (isObjectType(named) || isInterfaceType(named)) {
      for (const field of Object.values(named.getFields())) if (!stopsAnonymous(named.name, field.name)) visit(field.type);
    }
    if (isAbstractType(named)) for (const possible of schema.getPossibleTypes(named)) visit(possible);
  };
  const roots = [
    ...storage.queries.map((q) => ({ q, root: schema.getQueryType() })),
    ...storage.mutations.map((q) => ({ q, root: schema.getMutationType() })),
  ];
  for (const { q, root } of roots) {
    const field = root?.getFields()[q.schemaName];
    if (field && isPublicField(q.target.name, q.methodName)) visit(field.type);
  }
  return seen;
}
