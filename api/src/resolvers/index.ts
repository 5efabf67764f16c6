// All resolvers, area by area, plus what the SDL implies at run time (scalars, enum values).
import type { DocumentNode } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { dateScalar, enumInternalValues } from '../schema/load-schema.ts';
import { directoryResolvers } from './directory.ts';

export function createResolvers(
  typeDefs: readonly DocumentNode[],
): [Resolvers, Record<string, Record<string, string>>] {
  return [{ Date: dateScalar, ...directoryResolvers }, enumInternalValues(typeDefs)];
}
