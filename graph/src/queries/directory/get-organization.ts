// One organisation with its location and the services it offers.
import type { GraphEngine } from '../../engine.ts';
import type { Organization } from '../../model.ts';
import { NODES } from '../../schema/catalog.ts';
import { SERVICE_COLUMNS, serviceFromRow, type ServiceRow } from './service-row.ts';
import { servesOf } from './list-services.ts';

export const getOrganizationCypher = `MATCH (o:Organization {id: $id})-[:LOCATED_IN]->(m:Municipality)
RETURN ${NODES.Organization.properties.map(([p]) => `o.${p} AS ${p}`).join(', ')}, m.ags AS municipalityAgs`;

export const servicesOfOrganizationCypher = `MATCH (o:Organization {id: $id})-[:OFFERS]->(s:Service)-[:LOCATED_IN]->(m:Municipality)
RETURN ${SERVICE_COLUMNS} ORDER BY name, id`;

export async function getOrganizationWithServices(
  engine: GraphEngine,
  id: string,
): Promise<{ organization: Organization; services: ServiceRow[] } | null> {
  const [organization] = await engine.read<Organization & Record<string, unknown>>(getOrganizationCypher, {
    id,
  });
  if (!organization) return null;
  const rows = await engine.read(servicesOfOrganizationCypher, { id });
  const serves = await servesOf(
    engine,
    rows.map((r) => r.id as string),
  );
  return {
    organization,
    services: rows.map((r) => serviceFromRow(r, serves.get(r.id as string) ?? [])),
  };
}
