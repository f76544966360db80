import 'reflect-metadata';
import { type GraphQLSchema } from 'graphql';
import { buildMassarSchema } from '../core/graphql/schema.js';
import { ErrorReasons } from './error-reasons.type.js';
import { RESOLVERS } from './resolvers.js';

let built: Promise<GraphQLSchema> | undefined;

/** The API's schema, built once per process. */
export const getSchema = () => (built ??= buildMassarSchema(RESOLVERS, [ErrorReasons]));
