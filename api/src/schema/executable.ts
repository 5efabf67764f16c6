// The executable schema: SDL plus resolvers. The server serves it; the API benchmark executes the same
// object in-process to see what HTTP and Apollo add.
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { createResolvers } from '../resolvers/index.ts';
import { loadTypeDefs } from './load-schema.ts';

export function createSchema(): GraphQLSchema {
  const typeDefs = loadTypeDefs();
  return makeExecutableSchema({ typeDefs, resolvers: createResolvers(typeDefs) });
}
