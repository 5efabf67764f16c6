// Resolvers of the public directory: validate arguments, call the directory service, shape the answer.
import { z } from 'zod';
import {
  agsSchema as ags,
  berlinDay,
  idSchema,
  languageCodeSchema,
  nextOpening,
  NEED_CATEGORIES,
  ORGANIZATION_KINDS,
  type ServiceRow,
} from '@lotse/graph';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import {
  isFullMunicipality,
  isFullOrganization,
  type MunicipalityParent,
  type MunicipalityRow,
  type OrganizationParent,
  type ServiceFilter,
} from '../services/directory.ts';
import type { ApiContext } from '../context.ts';
import { afterCursor, pageSize, toConnection } from './connection.ts';
import { parseArgs } from './validate.ts';

const serviceFilter = z.object({
  municipalityAgs: ags.nullish(),
  category: z.enum(NEED_CATEGORIES).nullish(),
  language: languageCodeSchema.nullish(),
  openNow: z.boolean().nullish(),
  remote: z.boolean().nullish(),
  barrierFree: z.boolean().nullish(),
});

const servicesArgs = z.object({
  municipalityAgs: ags.nullish(),
  category: z.enum(NEED_CATEGORIES).nullish(),
  filter: serviceFilter.nullish(),
  first: pageSize(100),
  after: afterCursor.nullish(),
});

const serviceMapArgs = z.object({ filter: serviceFilter.nullish() });

/** GraphQL nulls mean "not given"; the top-level arguments of `services` add to the filter. */
const toFilter = (
  filter: z.output<typeof serviceFilter> | null | undefined,
  extra: Pick<z.output<typeof serviceFilter>, 'municipalityAgs' | 'category'> = {},
): ServiceFilter => ({
  municipalityAgs: extra.municipalityAgs ?? filter?.municipalityAgs ?? undefined,
  category: extra.category ?? filter?.category ?? undefined,
  language: filter?.language ?? undefined,
  openNow: filter?.openNow ?? undefined,
  remote: filter?.remote ?? undefined,
  barrierFree: filter?.barrierFree ?? undefined,
});

const organizationsArgs = z.object({
  municipalityAgs: ags.nullish(),
  kind: z.enum(ORGANIZATION_KINDS).nullish(),
  first: pageSize(100),
  after: afterCursor.nullish(),
});

const idArgs = z.object({
  id: idSchema,
});

async function municipalityByAgs(ags: string, ctx: ApiContext): Promise<MunicipalityRow> {
  const municipality = await ctx.directory.getMunicipality(ags);
  // Services and organisations always lie in a stored municipality: a miss is a broken graph, not a client error.
  if (!municipality) throw new Error(`municipality ${ags} referenced but not found`);
  return municipality;
}

const fullMunicipality = async (parent: MunicipalityParent, ctx: ApiContext) =>
  isFullMunicipality(parent) ? parent : municipalityByAgs(parent.ags, ctx);

async function fullOrganization(parent: OrganizationParent, ctx: ApiContext) {
  if (isFullOrganization(parent)) return parent;
  const organization = await ctx.directory.getOrganization(parent.id);
  if (!organization) throw new Error(`organization ${parent.id} referenced but not found`);
  return organization;
}

const TWO_WEEKS = 14 * 86_400_000;

/** Open now, today's weekday and the next office hours, in Berlin time; closed services never open. */
function openingStatus(service: ServiceRow, now: number) {
  const today = berlinDay(now);
  const next = service.status === 'active' ? nextOpening(service.openingHours, now, now + TWO_WEEKS) : null;
  return {
    openNow: next !== null && next.start <= now,
    today: today.weekday,
    date: today.date,
    nextOpening: next && { ...next, appointmentOnly: service.openingHours.appointmentOnly },
  };
}

export const directoryResolvers: Resolvers = {
  Query: {
    today: (_parent, _args, ctx) => berlinDay(ctx.now()).date,

    municipalities: (_parent, _args, ctx) => ctx.directory.listMunicipalities(),

    services: async (_parent, args, ctx) => {
      const { municipalityAgs, category, filter, first, after } = parseArgs(servicesArgs, args);
      const page = await ctx.directory.listServices(
        toFilter(filter, { municipalityAgs, category }),
        { limit: first, offset: after ?? 0 },
        ctx.now(),
      );
      return toConnection(page);
    },

    serviceMap: async (_parent, args, ctx) =>
      ctx.directory.filterServices(toFilter(parseArgs(serviceMapArgs, args).filter), ctx.now()),

    organization: (_parent, args, ctx) => ctx.directory.getOrganization(parseArgs(idArgs, args).id),

    service: (_parent, args, ctx) => ctx.directory.getService(parseArgs(idArgs, args).id),

    organizations: async (_parent, args, ctx) => {
      const { municipalityAgs, kind, first, after } = parseArgs(organizationsArgs, args);
      return toConnection(
        await ctx.directory.listOrganizations(
          { municipalityAgs: municipalityAgs ?? undefined, kind: kind ?? undefined },
          { limit: first, offset: after ?? 0 },
        ),
      );
    },
  },

  Municipality: {
    district: async (parent, _args, ctx) => (await fullMunicipality(parent, ctx)).district,
    state: async (parent, _args, ctx) => (await fullMunicipality(parent, ctx)).state,
    population: async (parent, _args, ctx) => (await fullMunicipality(parent, ctx)).population,
    lat: async (parent, _args, ctx) => (await fullMunicipality(parent, ctx)).lat,
    lon: async (parent, _args, ctx) => (await fullMunicipality(parent, ctx)).lon,
    serviceCount: async (parent, _args, ctx) => (await fullMunicipality(parent, ctx)).serviceCount,
    boundary: async (parent, _args, ctx) => (await fullMunicipality(parent, ctx)).boundary,
    boundaryApproximate: async (parent, _args, ctx) =>
      (await fullMunicipality(parent, ctx)).boundaryApproximate,
  },

  Organization: {
    address: async (parent, _args, ctx) => (await fullOrganization(parent, ctx)).address,
    phone: async (parent, _args, ctx) => (await fullOrganization(parent, ctx)).phone,
    email: async (parent, _args, ctx) => (await fullOrganization(parent, ctx)).email,
    website: async (parent, _args, ctx) => (await fullOrganization(parent, ctx)).website,
    municipality: async (parent, _args, ctx) =>
      municipalityByAgs((await fullOrganization(parent, ctx)).municipalityAgs, ctx),
    services: (parent, _args, ctx) => ctx.directory.listOrganizationServices(parent.id),
  },

  Service: {
    openingStatus: (service, _args, ctx) => openingStatus(service, ctx.now()),
    municipality: (service) => ({ ags: service.municipalityAgs, name: service.municipalityName }),
    organization: (service) => ({
      id: service.organizationId,
      name: service.organizationName,
      kind: service.organizationKind,
    }),
  },
};
