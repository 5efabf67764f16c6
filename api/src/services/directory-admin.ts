// Keeping the directory current: organisations and services are created, changed and archived by
// coordinators and admins. Input is checked by the model's own schemas (field paths as sent); every
// change invalidates the in-memory directory at once.
import { randomUUID } from 'node:crypto';
import {
  getOrganizationWithServices,
  getServices,
  addressFieldsSchema,
  organizationSchema,
  serviceSchema,
  upsertOrganizations,
  upsertServices,
  type GraphEngine,
  type Organization,
  type Service,
  type ServiceRow,
} from '@lotse/graph';
import { authorize, type Viewer } from '../auth/authorize.ts';
import { NotFoundError, asField, deniedError, parseOrThrow } from '../errors.ts';
import type { DirectoryCache } from './directory-cache.ts';

export type OrganizationFields = Omit<Organization, 'id' | 'isDemo' | 'archived'>;
export type ServiceFields = Omit<Service, 'id' | 'isDemo' | 'archived'>;

export interface DirectoryAdminService {
  createOrganization(input: Partial<OrganizationFields>): Promise<string>;
  updateOrganization(id: string, patch: Partial<OrganizationFields>): Promise<void>;
  archiveOrganization(id: string): Promise<void>;
  createService(input: Partial<ServiceFields>): Promise<string>;
  updateService(id: string, patch: Partial<ServiceFields>): Promise<void>;
  archiveService(id: string): Promise<void>;
}

/** A stored service row back in the model's shape (without what the read added). */
export function serviceFromStored(row: ServiceRow): Service {
  const { organizationName: _on, organizationKind: _ok, municipalityName: _mn, ...service } = row;
  return service;
}

export function createDirectoryAdminService(
  engine: GraphEngine,
  viewer: Viewer,
  cache: DirectoryCache,
): DirectoryAdminService {
  const allowed = () => {
    const decision = authorize(viewer, 'directory.write');
    if (!decision.allowed)
      throw deniedError(
        decision.code,
        'Nur Koordination und Verwaltung pflegen das Verzeichnis / only coordinators and admins edit the directory',
      );
  };
  const organization = async (id: string) => {
    const found = await getOrganizationWithServices(engine, id);
    if (!found) throw new NotFoundError('Organisation / organization', id);
    return found;
  };
  const service = async (id: string) => {
    const found = (await getServices(engine, [id])).get(id);
    if (!found) throw new NotFoundError('Angebot / service', id);
    return serviceFromStored(found);
  };
  /** The e-mail address and website entered now (not those stored before), named below `prefix`. */
  const checkAddresses = (entered: { email?: unknown; website?: unknown }, prefix: string) =>
    parseOrThrow(
      addressFieldsSchema,
      Object.fromEntries(
        Object.entries({ email: entered.email, website: entered.website }).filter(([, v]) => v !== undefined),
      ),
      prefix,
    );
  const saveOrganization = async (value: unknown, prefix: string) => {
    const row = parseOrThrow(organizationSchema, value, prefix);
    await asField(prefix, () => upsertOrganizations(engine, [row]));
    cache.invalidate();
  };
  const saveServices = async (values: unknown[], prefix: string) => {
    const rows = values.map((v) => parseOrThrow(serviceSchema, v, prefix));
    await asField(prefix, () => upsertServices(engine, rows));
    cache.invalidate();
  };

  return {
    async createOrganization(input) {
      allowed();
      const id = randomUUID();
      checkAddresses(input, 'input');
      await saveOrganization({ ...input, id }, 'input');
      return id;
    },
    async updateOrganization(id, patch) {
      allowed();
      const { organization: current } = await organization(id);
      checkAddresses(patch, 'patch');
      await saveOrganization({ ...current, ...patch }, 'patch');
    },
    async archiveOrganization(id) {
      allowed();
      const { organization: current, services } = await organization(id);
      await saveOrganization({ ...current, archived: true }, 'id');
      if (services.length)
        await saveServices(
          services.map((s) => ({ ...serviceFromStored(s), archived: true })),
          'id',
        );
    },
    async createService(input) {
      allowed();
      const id = randomUUID();
      checkAddresses(input, 'input');
      await saveServices([{ ...input, id }], 'input');
      return id;
    },
    async updateService(id, patch) {
      allowed();
      const current = await service(id);
      checkAddresses(patch, 'patch');
      await saveServices([{ ...current, ...patch }], 'patch');
    },
    async archiveService(id) {
      allowed();
      const current = await service(id);
      await saveServices([{ ...current, archived: true }], 'id');
    },
  };
}
