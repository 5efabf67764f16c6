// A manager's caseload: validate, call the client service (which authorises and audits), shape the answer.
import { z } from 'zod';
import { idSchema } from '@lotse/graph';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { afterCursor, pageSize, toConnection } from './connection.ts';
import { parseArgs } from './validate.ts';

const myClientsArgs = z.strictObject({
  status: z.enum(['open', 'closed']).nullish(),
  first: pageSize(100),
  after: afterCursor.nullish(),
});

const clientArgs = z.strictObject({
  id: idSchema,
});

export const clientResolvers: Resolvers = {
  Query: {
    async myClients(_parent, args, ctx) {
      const { status, first, after } = parseArgs(myClientsArgs, args);
      return toConnection(
        await ctx.clients.listMine({ status: status ?? undefined }, { limit: first, offset: after ?? 0 }),
      );
    },
    client: (_parent, args, ctx) => ctx.clients.get(parseArgs(clientArgs, args).id),
  },
  Client: {
    async municipality(client, _args, ctx) {
      const municipality = await ctx.directory.getMunicipality(client.municipalityAgs);
      if (!municipality) throw new Error(`municipality ${client.municipalityAgs} of a client not found`);
      return municipality;
    },
  },
};
