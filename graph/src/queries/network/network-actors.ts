// The actors a network map may draw for a scope: organisations that are not archived (an archived one was
// closed or merged away) and integration managers, each with the municipalities it can be grouped under.
// Scopes: the whole district, some municipalities (organisations located there, managers covering one of
// them), or given actors (an ego network, found by ego-network.ts). Both engines run the same texts.
import type { GraphEngine } from '../../engine.ts';

export type ActorLabelName = 'Organization' | 'Manager';

export interface ActorRef {
  label: ActorLabelName;
  id: string;
}

export interface MapActor extends ActorRef {
  name: string;
  /** An organisation's kind, or `manager`. */
  kind: string;
  /**
   * Where the actor belongs, best first: an organisation's location; the municipalities a manager covers
   * (in AGS order), else the employer's location.
   */
  places: string[];
}

export type ActorScope = { district: true } | { municipalityAgs: string[] } | { actors: ActorRef[] };

const ORGANIZATION_RETURN = 'RETURN o.id AS id, o.name AS name, o.kind AS kind, m.ags AS ags ORDER BY id';
// A manager without employer or coverage still appears (OPTIONAL), grouped under nothing.
const MANAGER_TAIL = `OPTIONAL MATCH (g)-[:EMPLOYED_BY]->(:Organization)-[:LOCATED_IN]->(e:Municipality)
OPTIONAL MATCH (g)-[:COVERS]->(c:Municipality)
RETURN g.id AS id, g.name AS name, e.ags AS employerAgs, collect(c.ags) AS coversAgs ORDER BY id`;

export const networkActorsCypher = {
  districtOrganizations: `MATCH (o:Organization)-[:LOCATED_IN]->(m:Municipality) WHERE o.archived = false
${ORGANIZATION_RETURN}`,
  districtManagers: `MATCH (g:Manager)
${MANAGER_TAIL}`,
  municipalityOrganizations: `MATCH (o:Organization)-[:LOCATED_IN]->(m:Municipality)
WHERE m.ags IN $municipalityAgs AND o.archived = false
${ORGANIZATION_RETURN}`,
  municipalityManagers: `MATCH (g:Manager)-[:COVERS]->(s:Municipality) WHERE s.ags IN $municipalityAgs
WITH DISTINCT g
${MANAGER_TAIL}`,
  organizationsById: `MATCH (o:Organization)-[:LOCATED_IN]->(m:Municipality)
WHERE o.id IN $ids AND o.archived = false
${ORGANIZATION_RETURN}`,
  managersById: `MATCH (g:Manager) WHERE g.id IN $ids
${MANAGER_TAIL}`,
};

interface OrganizationRow extends Record<string, unknown> {
  id: string;
  name: string;
  kind: string;
  ags: string;
}
interface ManagerRow extends Record<string, unknown> {
  id: string;
  name: string;
  employerAgs: string | null;
  coversAgs: (string | null)[] | null;
}

/** Organisations first, then managers, each in id order. */
export async function networkActors(engine: GraphEngine, scope: ActorScope): Promise<MapActor[]> {
  let organizations: Promise<OrganizationRow[]>;
  let managers: Promise<ManagerRow[]>;
  if ('district' in scope) {
    organizations = engine.read<OrganizationRow>(networkActorsCypher.districtOrganizations);
    managers = engine.read<ManagerRow>(networkActorsCypher.districtManagers);
  } else if ('municipalityAgs' in scope) {
    const params = { municipalityAgs: scope.municipalityAgs };
    if (scope.municipalityAgs.length === 0) return [];
    organizations = engine.read<OrganizationRow>(networkActorsCypher.municipalityOrganizations, params);
    managers = engine.read<ManagerRow>(networkActorsCypher.municipalityManagers, params);
  } else {
    const ids = (label: ActorLabelName) => scope.actors.filter((a) => a.label === label).map((a) => a.id);
    const organizationIds = ids('Organization');
    const managerIds = ids('Manager');
    organizations = organizationIds.length
      ? engine.read<OrganizationRow>(networkActorsCypher.organizationsById, { ids: organizationIds })
      : Promise.resolve([]);
    managers = managerIds.length
      ? engine.read<ManagerRow>(networkActorsCypher.managersById, { ids: managerIds })
      : Promise.resolve([]);
  }
  const [organizationRows, managerRows] = await Promise.all([organizations, managers]);
  return [
    ...organizationRows.map((o) => ({
      label: 'Organization' as const,
      id: o.id,
      name: o.name,
      kind: o.kind,
      places: [o.ags],
    })),
    ...managerRows.map((g) => {
      const covers = [...new Set((g.coversAgs ?? []).filter((a): a is string => Boolean(a)))].sort();
      return {
        label: 'Manager' as const,
        id: g.id,
        name: g.name,
        kind: 'manager',
        places: covers.length ? covers : g.employerAgs ? [g.employerAgs] : [],
      };
    }),
  ];
}
