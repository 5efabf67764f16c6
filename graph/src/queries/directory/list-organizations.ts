// Organisations (actors of the network) and managers, filtered and paged in a stable order (name, id).
// The filter set is closed, so the WHERE clause is chosen from fixed texts; values stay parameters.
import type { GraphEngine } from '../../engine.ts';
import type { Organization, OrganizationKind } from '../../model.ts';
import { NODES } from '../../schema/catalog.ts';

const ORG_COLUMNS = `${NODES.Organization.properties.map(([p]) => `o.${p} AS ${p}`).join(', ')}, m.ags AS municipalityAgs`;

export function listOrganizationsCypher(filter: { municipality: boolean; kind: boolean }) {
  const where = [
    'o.archived = false',
    ...(filter.municipality ? ['m.ags = $municipalityAgs'] : []),
    ...(filter.kind ? ['o.kind = $kind'] : []),
  ].join(' AND ');
  const match = `MATCH (o:Organization)-[:LOCATED_IN]->(m:Municipality) WHERE ${where}`;
  return {
    page: `${match} RETURN ${ORG_COLUMNS} ORDER BY name, id SKIP $offset LIMIT $limit`,
    total: `${match} RETURN count(o) AS total`,
  };
}

export const listOrganizationsStatements = [false, true].flatMap((municipality) =>
  [false, true].flatMap((kind) => Object.values(listOrganizationsCypher({ municipality, kind }))),
);

export async function listOrganizations(
  engine: GraphEngine,
  filter: { municipalityAgs?: string | null; kind?: OrganizationKind | null; limit: number; offset: number },
): Promise<{ total: number; items: Organization[] }> {
  const shape = { municipality: Boolean(filter.municipalityAgs), kind: Boolean(filter.kind) };
  const texts = listOrganizationsCypher(shape);
  const params: Record<string, unknown> = {};
  if (shape.municipality) params.municipalityAgs = filter.municipalityAgs;
  if (shape.kind) params.kind = filter.kind;
  const [count] = await engine.read<{ total: number }>(texts.total, params);
  const items = await engine.read<Organization & Record<string, unknown>>(texts.page, {
    ...params,
    offset: filter.offset,
    limit: filter.limit,
  });
  return { total: count?.total ?? 0, items };
}

export interface ManagerRow {
  id: string;
  name: string;
  email: string;
  organizationId: string;
  coversAgs: string[];
}

export const listManagersCypher = {
  all: `MATCH (g:Manager)-[:EMPLOYED_BY]->(o:Organization)
OPTIONAL MATCH (g)-[:COVERS]->(m:Municipality)
RETURN g.id AS id, g.name AS name, g.email AS email, o.id AS organizationId, collect(m.ags) AS coversAgs
ORDER BY name, id`,
};

/** Every manager with employer and covered municipalities (a district has dozens, a state hundreds). */
export async function listManagers(engine: GraphEngine): Promise<ManagerRow[]> {
  const rows = await engine.read<ManagerRow & Record<string, unknown>>(listManagersCypher.all);
  return rows.map((r) => ({ ...r, coversAgs: [...(r.coversAgs ?? [])].sort() }));
}
