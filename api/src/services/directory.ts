// The public directory: municipalities, organisations and their services. Transport-neutral: it
// speaks in model values (lower_snake ids, offsets) and leaves cursors and GraphQL to the resolvers.
import type { DirectoryCache } from './directory-cache.ts';
import {
  getOrganizationWithServices,
  listOrganizations,
  type GraphEngine,
  type MunicipalitySummary,
  type NeedCategory,
  type Organization,
  type ServiceRow,
} from '@lotse/graph';

export type { ServiceRow };
export type MunicipalityRow = MunicipalitySummary;

/** What a service row already knows about its municipality; the rest loads on demand. */
export interface MunicipalityRef {
  ags: string;
  name: string;
}
/** What a service row already knows about its organisation; the rest loads on demand. */
export interface OrganizationRef {
  id: string;
  name: string;
  kind: Organization['kind'];
}

/** Parent values of the GraphQL object types (codegen `mappers`). */
export type MunicipalityParent = MunicipalityRow | MunicipalityRef;
export type OrganizationParent = Organization | OrganizationRef;

export const isFullMunicipality = (m: MunicipalityParent): m is MunicipalityRow => 'serviceCount' in m;
export const isFullOrganization = (o: OrganizationParent): o is Organization => 'municipalityAgs' in o;

export interface ServiceFilter {
  municipalityAgs?: string | undefined;
  category?: NeedCategory | undefined;
}
export interface Page {
  limit: number;
  offset: number;
}
export interface ServicePage {
  items: ServiceRow[];
  total: number;
  offset: number;
}

export interface DirectoryService {
  listMunicipalities(): Promise<MunicipalityRow[]>;
  getMunicipality(ags: string): Promise<MunicipalityRow | null>;
  listServices(filter: ServiceFilter, page: Page): Promise<ServicePage>;
  /** A listed (not archived) service from the in-memory directory. */
  getService(id: string): Promise<ServiceRow | null>;
  getOrganization(id: string): Promise<Organization | null>;
  listOrganizationServices(organizationId: string): Promise<ServiceRow[]>;
  listOrganizations(
    filter: { municipalityAgs?: string | undefined; kind?: Organization['kind'] | undefined },
    page: Page,
  ): Promise<{ items: Organization[]; total: number; offset: number }>;
}

/**
 * One instance per request: it remembers what it loaded, so a query that names the same
 * municipality or organisation on many services reads it once.
 */
export function createDirectoryService(engine: GraphEngine, cache: DirectoryCache): DirectoryService {
  const organizations = new Map<string, ReturnType<typeof getOrganizationWithServices>>();

  const municipalitiesByAgs = async () => (await cache.snapshot()).municipalities;

  const organizationWithServices = (id: string) => {
    let loaded = organizations.get(id);
    if (!loaded) {
      loaded = getOrganizationWithServices(engine, id);
      organizations.set(id, loaded);
    }
    return loaded;
  };

  return {
    async listMunicipalities() {
      return [...(await municipalitiesByAgs()).values()];
    },
    async getMunicipality(ags) {
      return (await municipalitiesByAgs()).get(ags) ?? null;
    },
    async getService(id) {
      return (await cache.snapshot()).servicesById.get(id) ?? null;
    },
    async listServices(filter, page) {
      const { services } = await cache.snapshot();
      const matching =
        filter.municipalityAgs || filter.category
          ? services.filter(
              (s) =>
                (!filter.municipalityAgs || s.municipalityAgs === filter.municipalityAgs) &&
                (!filter.category || s.category === filter.category),
            )
          : services;
      return {
        total: matching.length,
        items: matching.slice(page.offset, page.offset + page.limit),
        offset: page.offset,
      };
    },
    async getOrganization(id) {
      return (await organizationWithServices(id))?.organization ?? null;
    },
    async listOrganizations(filter, page) {
      const { total, items } = await listOrganizations(engine, {
        municipalityAgs: filter.municipalityAgs ?? null,
        kind: filter.kind ?? null,
        limit: page.limit,
        offset: page.offset,
      });
      return { total, items, offset: page.offset };
    },
    async listOrganizationServices(organizationId) {
      return (await organizationWithServices(organizationId))?.services ?? [];
    },
  };
}
