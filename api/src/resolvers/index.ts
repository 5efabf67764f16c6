// All resolvers, area by area, plus what the SDL implies at run time (scalars, enum values).
import type { DocumentNode } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { dateScalar, dateTimeScalar, enumInternalValues } from '../schema/load-schema.ts';
import { authResolvers } from './auth.ts';
import { caseloadResolvers } from './caseload.ts';
import { clientResolvers } from './clients.ts';
import { directoryResolvers } from './directory.ts';
import { directoryAdminResolvers } from './directory-admin.ts';
import { networkResolvers } from './network.ts';
import { reportResolvers } from './report.ts';
import { suggestResolvers } from './suggest.ts';

export function createResolvers(
  typeDefs: readonly DocumentNode[],
): [Resolvers, Record<string, Record<string, string>>] {
  const query = {
    ...directoryResolvers.Query,
    ...authResolvers.Query,
    ...clientResolvers.Query,
    ...networkResolvers.Query,
    ...suggestResolvers.Query,
    ...reportResolvers.Query,
  };
  return [
    {
      Date: dateScalar,
      DateTime: dateTimeScalar,
      ...directoryResolvers,
      ...clientResolvers,
      ...caseloadResolvers,
      Client: { ...clientResolvers.Client, ...caseloadResolvers.Client },
      Manager: networkResolvers.Manager,
      NetworkActor: networkResolvers.NetworkActor,
      Service: { ...directoryResolvers.Service, ...directoryAdminResolvers.Service },
      Query: query,
      Mutation: {
        ...authResolvers.Mutation,
        ...caseloadResolvers.Mutation,
        ...directoryAdminResolvers.Mutation,
        ...networkResolvers.Mutation,
        ...suggestResolvers.Mutation,
      },
    },
    enumInternalValues(typeDefs),
  ];
}
