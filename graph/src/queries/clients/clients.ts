// Client records (pseudonymised cases) as a manager's caseload sees them: one case, its manager, and a
// manager's cases paged in a stable order. Authorisation happens above, in the API's one function.
import type { GraphEngine } from '../../engine.ts';
import type { Client } from '../../model.ts';
import { NODES } from '../../schema/catalog.ts';

const CLIENT_COLUMNS = `${NODES.Client.properties.map(([p]) => `c.${p} AS ${p}`).join(', ')}, g.id AS managerId, m.ags AS municipalityAgs`;
const MATCH = 'MATCH (c:Client)-[:MANAGED_BY]->(g:Manager), (c)-[:LIVES_IN]->(m:Municipality)';

export const clientCypher = {
  byId: `MATCH (c:Client {id: $id})-[:MANAGED_BY]->(g:Manager) MATCH (c)-[:LIVES_IN]->(m:Municipality) RETURN ${CLIENT_COLUMNS}`,
  managerOf: `MATCH (c:Client {id: $id})-[:MANAGED_BY]->(g:Manager) RETURN g.id AS managerId`,
  ofManager: `${MATCH} WHERE g.id = $managerId AND c.caseStatus IN $statuses RETURN ${CLIENT_COLUMNS} ORDER BY caseCode, id SKIP $offset LIMIT $limit`,
  caseCodeTaken: `MATCH (c:Client) WHERE c.caseCode = $caseCode AND c.id <> $id RETURN count(c) AS n`,
  countOfManager: `${MATCH} WHERE g.id = $managerId AND c.caseStatus IN $statuses RETURN count(c) AS total`,
};

const fromRow = (row: Record<string, unknown>): Client =>
  ({ ...row, languages: row.languages ?? [], needs: row.needs ?? [] }) as Client;

export async function getClient(engine: GraphEngine, id: string): Promise<Client | null> {
  const [row] = await engine.read(clientCypher.byId, { id });
  return row ? fromRow(row) : null;
}

/** The manager a client is MANAGED_BY, or null when there is no such client. */
export async function managerOfClient(engine: GraphEngine, id: string): Promise<string | null> {
  const [row] = await engine.read<{ managerId: string }>(clientCypher.managerOf, { id });
  return row?.managerId ?? null;
}

export async function listClientsOfManager(
  engine: GraphEngine,
  query: { managerId: string; statuses: Client['caseStatus'][]; limit: number; offset: number },
): Promise<{ total: number; items: Client[] }> {
  const params = { managerId: query.managerId, statuses: query.statuses };
  const [count] = await engine.read<{ total: number }>(clientCypher.countOfManager, params);
  const rows = await engine.read(clientCypher.ofManager, {
    ...params,
    offset: query.offset,
    limit: query.limit,
  });
  return { total: count?.total ?? 0, items: rows.map(fromRow) };
}

/** Whether another client already has this case code. */
export async function caseCodeTaken(
  engine: GraphEngine,
  caseCode: string,
  exceptId: string,
): Promise<boolean> {
  const [row] = await engine.read<{ n: number }>(clientCypher.caseCodeTaken, { caseCode, id: exceptId });
  return (row?.n ?? 0) > 0;
}
