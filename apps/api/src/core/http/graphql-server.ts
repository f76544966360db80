import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type GraphQLSchema } from 'graphql';
import { type Logger } from 'pino';
import { type Context } from '../context.js';
import { createFormatError } from './format-error.js';

// Limits sized so that the SPAs' deepest operations (school → classes → pupils → guardians
// with connections) fit with room to spare.
export const LIMITS = { maxDepth: 12, maxAliases: 15, maxTokens: 2000, maxCost: 20000 };

export function createApolloServer(schema: GraphQLSchema, log: Logger): ApolloServer<Context> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    costLimit: { maxCost: LIMITS.maxCost },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    schema,
    ...protection,
    // graphql-armor's types point at Apollo's CJS build; the plugins are the same objects.
    // No cache hints are used (every answer depends on the viewer), and the default cache-control
    // plugin wraps every field resolver: a class's results are thousands of fields.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<Context>[]), ApolloServerPluginCacheControlDisabled()],
    validationRules: [...protection.validationRules],
    csrfPrevention: true,
    introspection: true,
    formatError: createFormatError(log),
  });
}
