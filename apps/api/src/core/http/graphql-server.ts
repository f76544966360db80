import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type GraphQLSchema } from 'graphql';
import { type Logger } from 'pino';
import { type Context } from '../context.js';
import { CoreErrorReason } from '../errors.js';
import { compiledExecution } from './compiled-execution.js';
import { createFormatError } from './format-error.js';
import { knownOperationTypes, limitRejection, noNulInLiterals } from './request-guards.js';

// Limits sized so that the SPAs' deepest operations (school → classes → pupils → guardians
// with connections) fit with room to spare.
export const LIMITS = { maxDepth: 12, maxAliases: 15, maxTokens: 2000, maxCost: 20000 };

export function createApolloServer(schema: GraphQLSchema, log: Logger): ApolloServer<Context> {
  // Each limit reports its own coded error (limitRejection) instead of armor's "Syntax Error".
  const reject = { propagateOnRejection: false } as const;
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ...reject, onReject: [limitRejection(CoreErrorReason.QUERY_TOO_DEEP)] },
    maxAliases: { n: LIMITS.maxAliases, ...reject, onReject: [limitRejection(CoreErrorReason.TOO_MANY_ALIASES)] },
    costLimit: { maxCost: LIMITS.maxCost, ...reject, onReject: [limitRejection(CoreErrorReason.QUERY_TOO_COMPLEX)] },
    maxDirectives: { n: 20, ...reject, onReject: [limitRejection(CoreErrorReason.TOO_MANY_DIRECTIVES)] },
    // armor's token limit re-parses the query in a hook, where any syntax error escapes Apollo's
    // handling as an HTTP 500; graphql-js counts tokens in Apollo's own parse instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    ...protection,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // graphql-armor's types point at Apollo's CJS build; the plugins are the same objects.
    // No cache hints are used (every answer depends on the viewer), and the default cache-control
    // plugin wraps every field resolver: a class's results are thousands of fields.
    // No landing page: Apollo's loads its scripts from a CDN (and fails on an offline network).
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: [...protection.validationRules, noNulInLiterals, knownOperationTypes],
    csrfPrevention: true,
    introspection: true,
    formatError: createFormatError(log),
  });
}
