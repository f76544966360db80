import { type ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { type Context } from '../context.js';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** How many times an operation runs through graphql-js before it gets a compiled function. */
const RUNS_BEFORE_COMPILING = 2;
/** Operations counted, and compiled functions kept: the apps send a few dozen operations. */
const OPERATIONS_COUNTED = 1_000;
const OPERATIONS_COMPILED = 100;

/**
 * Runs each operation the apps send again and again (a parent's "my child's results", a school's
 * pupils) as a JavaScript function compiled for it by graphql-jit, instead of walking the query
 * for every field of every row: graphql-js allocates a resolve info, arguments and a path for
 * each of the thousands of fields of a class list, which is most of a request's time.
 *
 * Only for logged-in callers, and only once an operation has been seen a few times, so that a
 * stream of distinct queries costs no more than with graphql-js; at most OPERATIONS_COMPILED
 * functions are kept (a compiled query can weigh megabytes).
 *
 * Plugged in through Apollo Server's gateway interface, the only way Apollo Server 5 takes
 * another executor; parsing, validation, the limits of graphql-armor, plugins and error
 * formatting stay Apollo's.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const runs = new LRUCache<string, number>({ max: OPERATIONS_COUNTED });
  const compiled = new LRUCache<string, CompiledQuery | 'uncompilable'>({ max: OPERATIONS_COMPILED });
  const executor: Executor = async (request) => {
    const { document, context, queryHash } = request;
    // The name the client sent: with one Apollo did not find, graphql-js refuses to run anything.
    const operationName = request.request.operationName ?? null;
    const variables = request.request.variables ?? {};
    const viaGraphqlJs = () => execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    if (!request.operation || !context.viewer) return viaGraphqlJs();
    const key = `${queryHash}:${operationName ?? ''}`;
    let fn = compiled.get(key);
    if (!fn) {
      const seen = (runs.get(key) ?? 0) + 1;
      runs.set(key, seen);
      if (seen <= RUNS_BEFORE_COMPILING) return viaGraphqlJs();
      const made = compileQuery(schema, document, operationName ?? undefined);
      fn = isCompiledQuery(made) ? made : 'uncompilable';
      compiled.set(key, fn);
    }
    if (fn === 'uncompilable') return viaGraphqlJs();
    const result = (await fn.query(undefined, context, variables)) as ExecutionResult;
    // Variables that do not coerce: nothing ran, and graphql-js words the refusal as Apollo expects (BAD_USER_INPUT).
    if (result.data === undefined) return viaGraphqlJs();
    return asGraphQLJsResult(result);
  };
  return {
    load: async () => ({ executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: async () => {},
  };
}

/**
 * graphql-jit's errors are read-only look-alikes of graphql-js's; Apollo's plugins (graphql-armor
 * rewrites messages) and our error formatting expect the real ones, so they are rebuilt, same
 * message, path, locations and original error: a client cannot tell which executor answered.
 */
function asGraphQLJsResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const copy = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
    (copy as { locations?: GraphQLError['locations'] }).locations = e.locations;
    return copy;
  });
  return { ...result, errors };
}
