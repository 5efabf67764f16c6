// Helpers for tests of @lotse/graph and its users: a throwaway embedded store and the raw statements
// the contract suite sends. Not for production code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CypherText, GraphEngine } from './engine.ts';
import { openGraph } from './open-graph.ts';
import { applySchema } from './schema/ddl.ts';

/** Removes what the contract suite adds on a shared Neo4j: ids starting 'ct-', AGS starting 99 (no German state has 99). */
export const CONTRACT_CLEANUP =
  'MATCH (n) WHERE n.id STARTS WITH $idPrefix OR n.ags STARTS WITH $agsPrefix DETACH DELETE n';

/** Parameters of CONTRACT_CLEANUP. */
export const CONTRACT_CLEANUP_PARAMS = { idPrefix: 'ct-', agsPrefix: '99' } as const;

/** Raw statements the contract suite sends (registered for the Neo4j parser check). */
export const CONTRACT_QUERIES = {
  cleanup: CONTRACT_CLEANUP,
  createManager: 'CREATE (m:Manager {id: $id, name: $name, email: $email, isDemo: false})',
  managerName: 'MATCH (m:Manager {id: $id}) RETURN m.name AS name',
  municipality:
    'MATCH (m:Municipality {ags: $ags}) RETURN m.name AS name, m.district AS district, m.population AS population, m.lat AS lat, m.lon AS lon',
  service:
    'MATCH (s:Service {id: $id}) RETURN s.name AS name, s.description AS description, s.languages AS languages, s.targetGroups AS targetGroups, s.lat AS lat, s.lon AS lon, s.minAge AS minAge, s.barrierFree AS barrierFree',
  serviceLocation: 'MATCH (s:Service {id: $id})-[:LOCATED_IN]->(m:Municipality) RETURN m.ags AS ags',
  contact: 'MATCH ()-[c:CONTACT {id: $id}]->() RETURN c.at AS at, c.topic AS topic, c.channel AS channel',
  contactsByPrefix:
    'MATCH (a)-[c:CONTACT]->(b) WHERE c.id STARTS WITH $prefix RETURN a.id AS fromId, b.id AS toId, c.id AS id, c.at AS at, c.channel AS channel, c.topic AS topic ORDER BY id',
  organizationsByPrefix:
    'MATCH (o:Organization) WHERE o.id STARTS WITH $prefix RETURN o.name AS name, o.address AS address ORDER BY o.id',
} as const;

export const testingStatements: CypherText[] = Object.values(CONTRACT_QUERIES);

/** A fresh embedded store with the schema applied; `dispose` closes and deletes it. */
export async function openTemporaryGraph(): Promise<{ engine: GraphEngine; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-graph-'));
  const engine = await openGraph({ engine: 'embedded', path: join(dir, 'lotse.kuzu') });
  await applySchema(engine);
  return {
    engine,
    async dispose() {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
