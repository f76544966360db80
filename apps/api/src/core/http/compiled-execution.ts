import { type ApolloServerOptionsWithGateway } from '@apollo/server';
import { type DocumentNode, execute, type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { type Context } from '../context.js';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** How many times an operation runs through graphql-js before it gets a compiled function. */
const RUNS_BEFORE_COMPILING = 2;

interface Operation {
  runs: number;
  compiled?: CompiledQuery;
  /** graphql-jit could not compile it: it keeps running through graphql-js. */
  uncompilable?: boolean;
}

/**
 * Runs each operation the apps send again and again (a parent's "my child's results", a school's
 * pupils) as a JavaScript function compiled for it by graphql-jit, instead of walking the query
 * for every field of every row: graphql-js allocates a resolve info, arguments and a path for
 * each of the thousands of fields of a class list, which is most of a request's time.
 *
 * An operation is compiled only once it has been seen a few times, so that a stream of distinct
 * queries costs no more than with graphql-js. Compiled functions live as long as Apollo keeps the
 * parsed document in its cache (the same object for the same query text).
 *
 * Plugged in through Apollo Server's gateway interface, the only way Apollo Server 5 takes
 * another executor; parsing, validation, the limits of graphql-armor, plugins and error
 * formatting stay Apollo's.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const operations = new WeakMap<DocumentNode, Map<string, Operation>>();
  const executor: Executor = async (request) => {
    const { document, operationName, context } = request;
    const variables = request.request.variables ?? {};
    const byName = operations.get(document) ?? new Map<string, Operation>();
    operations.set(document, byName);
    const key = operationName ?? '';
    const operation = byName.get(key) ?? { runs: 0 };
    byName.set(key, operation);
    operation.runs++;
    if (!operation.compiled && !operation.uncompilable && operation.runs > RUNS_BEFORE_COMPILING) {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      if (isCompiledQuery(compiled)) operation.compiled = compiled;
      else operation.uncompilable = true;
    }
    if (operation.compiled) return asGraphQLJsResult((await operation.compiled.query(undefined, context, variables)) as ExecutionResult);
    return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
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
