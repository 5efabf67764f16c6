// Services by municipality and/or category, paged, in a stable order (name, then id).
// The filter set is closed, so the WHERE clause is chosen from four fixed texts; values stay parameters.
import type { GraphEngine } from '../../engine.ts';
import type { NeedCategory } from '../../model.ts';
import { SERVICE_COLUMNS, serviceFromRow, type ServiceRow } from './service-row.ts';

export interface ListServicesFilter {
  municipalityAgs?: string | null;
  category?: NeedCategory | null;
  limit: number;
  offset: number;
}

const MATCH = 'MATCH (o:Organization)-[:OFFERS]->(s:Service)-[:LOCATED_IN]->(m:Municipality)';

function where(filter: { municipality: boolean; category: boolean }) {
  const conditions = ['s.archived = false'];
  if (filter.municipality) conditions.push('m.ags = $municipalityAgs');
  if (filter.category) conditions.push('s.category = $category');
  return `WHERE ${conditions.join(' AND ')}`;
}

export function listServicesCypher(filter: { municipality: boolean; category: boolean }) {
  return {
    page: `${MATCH} ${where(filter)} RETURN ${SERVICE_COLUMNS} ORDER BY name, id SKIP $offset LIMIT $limit`,
    total: `${MATCH} ${where(filter)} RETURN count(s) AS total`,
  };
}

export const servesOfServicesCypher =
  'UNWIND $ids AS serviceId MATCH (s:Service {id: serviceId})-[:SERVES]->(x:Municipality) RETURN s.id AS id, x.ags AS ags';

export const listServicesStatements = [false, true].flatMap((municipality) =>
  [false, true].flatMap((category) => Object.values(listServicesCypher({ municipality, category }))),
);

export async function servesOf(engine: GraphEngine, ids: string[]): Promise<Map<string, string[]>> {
  const serves = new Map<string, string[]>();
  if (!ids.length) return serves;
  for (const row of await engine.read<{ id: string; ags: string }>(servesOfServicesCypher, { ids })) {
    const list = serves.get(row.id) ?? [];
    list.push(row.ags);
    serves.set(row.id, list);
  }
  for (const list of serves.values()) list.sort();
  return serves;
}

export async function listServices(
  engine: GraphEngine,
  filter: ListServicesFilter,
): Promise<{ total: number; items: ServiceRow[] }> {
  const shape = { municipality: Boolean(filter.municipalityAgs), category: Boolean(filter.category) };
  const texts = listServicesCypher(shape);
  const params: Record<string, unknown> = {};
  if (shape.municipality) params.municipalityAgs = filter.municipalityAgs;
  if (shape.category) params.category = filter.category;
  const [totalRow] = await engine.read<{ total: number }>(texts.total, params);
  const rows = await engine.read(texts.page, { ...params, offset: filter.offset, limit: filter.limit });
  const serves = await servesOf(
    engine,
    rows.map((r) => r.id as string),
  );
  return {
    total: totalRow?.total ?? 0,
    items: rows.map((r) => serviceFromRow(r, serves.get(r.id as string) ?? [])),
  };
}
