// Editing the directory: parse (the model's schemas check the values), call the service, return the entry.
import { z } from 'zod';
import { idSchema as id } from '@lotse/graph';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import type { ApiContext } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { parseArgs, withoutNulls } from './validate.ts';

const idArgs = z.strictObject({ id });
const inputArgs = z.strictObject({ input: z.record(z.string(), z.unknown()) });
const patchArgs = z.strictObject({ id, patch: z.record(z.string(), z.unknown()) });

export const directoryAdminResolvers: Resolvers = {
  Mutation: {
    async createOrganization(_parent, args, ctx) {
      const created = await ctx.directoryAdmin.createOrganization(
        withoutNulls(parseArgs(inputArgs, args).input),
      );
      return organization(created, ctx);
    },
    async updateOrganization(_parent, args, ctx) {
      const { id: organizationId, patch } = parseArgs(patchArgs, args);
      await ctx.directoryAdmin.updateOrganization(organizationId, withoutNulls(patch));
      return organization(organizationId, ctx);
    },
    async archiveOrganization(_parent, args, ctx) {
      const organizationId = parseArgs(idArgs, args).id;
      await ctx.directoryAdmin.archiveOrganization(organizationId);
      return organization(organizationId, ctx);
    },
    async createService(_parent, args, ctx) {
      const created = await ctx.directoryAdmin.createService(withoutNulls(parseArgs(inputArgs, args).input));
      return service(created, ctx);
    },
    async updateService(_parent, args, ctx) {
      const { id: serviceId, patch } = parseArgs(patchArgs, args);
      await ctx.directoryAdmin.updateService(serviceId, withoutNulls(patch));
      return service(serviceId, ctx);
    },
    async archiveService(_parent, args, ctx) {
      const serviceId = parseArgs(idArgs, args).id;
      await ctx.directoryAdmin.archiveService(serviceId);
      return service(serviceId, ctx);
    },
  },
  Service: {
    eligibility: (s) => ({
      targetGroups: s.targetGroups,
      residenceStatuses: s.residenceStatuses,
      minAge: s.minAge,
      maxAge: s.maxAge,
      gender: s.gender,
    }),
    async responsibleArea(s, _args, ctx) {
      const municipalities = await Promise.all(s.servesAgs.map((ags) => ctx.directory.getMunicipality(ags)));
      return municipalities.filter((m) => m !== null);
    },
  },
};

async function organization(organizationId: string, ctx: ApiContext) {
  const found = await ctx.directory.getOrganization(organizationId);
  if (!found) throw new NotFoundError('Organisation / organization', organizationId);
  return found;
}

async function service(serviceId: string, ctx: ApiContext) {
  ctx.loaders.service.clear(serviceId);
  const found = await ctx.loaders.service.load(serviceId);
  if (!found) throw new NotFoundError('Angebot / service', serviceId);
  return found;
}
