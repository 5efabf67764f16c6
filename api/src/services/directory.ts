// The public directory: municipalities, organisations and their services. Transport-neutral: it
// speaks in model values (lower_snake ids, offsets) and leaves cursors and GraphQL to the resolvers.
import type { DirectoryCache } from './directory-cache.ts';
import {
  getOrganizationWithServices,
  listOrganizations,
  offersRemote,
  openAt,
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
  /** ISO 639 code. */
  language?: string | undefined;
  /** Open at `at` (closed and temporarily closed services never are). */
  openNow?: boolean | undefined;
  remote?: boolean | undefined;
  barrierFree?: boolean | undefined;
}

/** Whether a listed service passes the filter; `at` is the moment for "open now". */
export function matchesFilter(service: ServiceRow, filter: ServiceFilter, at: number): boolean {
  return (
    (!filter.municipalityAgs || service.municipalityAgs === filter.municipalityAgs) &&
    (!filter.category || service.category === filter.category) &&
    (!filter.language || service.languages.includes(filter.language)) &&
    (!filter.remote || offersRemote(service)) &&
    (!filter.barrierFree || service.barrierFree) &&
    (!filter.openNow || (service.status === 'active' && openAt(service.openingHours, at)))
  );
}

const filters = (filter: ServiceFilter) =>
  Boolean(
    filter.municipalityAgs ||
    filter.category ||
    filter.language ||
    filter.openNow ||
    filter.remote ||
    filter.barrierFree,
  );
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
  /** `at` is the moment "open now" refers to (the request's clock). */
  listServices(filter: ServiceFilter, page: Page, at: number): Promise<ServicePage>;
  /** Every listed service passing the filter, in listing order. */
  filterServices(filter: ServiceFilter, at: number): Promise<ServiceRow[]>;
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

  const filterServices = async (filter: ServiceFilter, at: number) => {
    const { services } = await cache.snapshot();
    return filters(filter) ? services.filter((s) => matchesFilter(s, filter, at)) : services;
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
    filterServices,
    async listServices(filter, page, at) {
      const matching = await filterServices(filter, at);
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
