// Services by id, in one read (the API's DataLoader batches single lookups into this).
import type { GraphEngine } from '../../engine.ts';
import { SERVICE_COLUMNS, serviceFromRow, type ServiceRow } from './service-row.ts';
import { servesOf } from './list-services.ts';

// One key lookup per id (UNWIND … MATCH on the key is an index lookup on both engines).
export const servicesByIdCypher = `UNWIND $ids AS wanted
MATCH (o:Organization)-[:OFFERS]->(s:Service {id: wanted})-[:LOCATED_IN]->(m:Municipality)
RETURN ${SERVICE_COLUMNS}`;

/** The services with these ids that exist, keyed by id. */
export async function getServices(engine: GraphEngine, ids: string[]): Promise<Map<string, ServiceRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await engine.read(servicesByIdCypher, { ids: unique });
  const serves = await servesOf(
    engine,
    rows.map((r) => r.id as string),
  );
  return new Map(rows.map((r) => [r.id as string, serviceFromRow(r, serves.get(r.id as string) ?? [])]));
}
