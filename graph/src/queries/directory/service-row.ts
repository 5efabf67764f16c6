// The one mapping from stored service properties to the Service read model.
import type { Organization, OpeningHours, Service } from '../../model.ts';
import { NODES } from '../../schema/catalog.ts';

export interface ServiceRow extends Omit<Service, 'servesAgs'> {
  servesAgs: string[];
  organizationName: string;
  organizationKind: Organization['kind'];
  municipalityName: string;
}

/** RETURN items for a service `s`, its provider `o` and location `m`. */
export const SERVICE_COLUMNS = [
  ...NODES.Service.properties.map(([name]) => `s.${name} AS ${name}`),
  'o.id AS organizationId',
  'o.name AS organizationName',
  'o.kind AS organizationKind',
  'm.ags AS municipalityAgs',
  'm.name AS municipalityName',
].join(', ');

const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

export function serviceFromRow(row: Record<string, unknown>, servesAgs: string[] = []): ServiceRow {
  return {
    ...(row as unknown as ServiceRow),
    languages: list(row.languages),
    targetGroups: list(row.targetGroups),
    residenceStatuses: list(row.residenceStatuses),
    contactModes: list(row.contactModes) as ServiceRow['contactModes'],
    accessibility: list(row.accessibility),
    openingHours: JSON.parse(
      (row.openingHours as string | null) ?? '{"weekly":[],"exceptions":[],"appointmentOnly":false}',
    ) as OpeningHours,
    servesAgs,
  };
}
