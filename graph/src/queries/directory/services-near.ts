// Services of one category within a radius of a point, nearest first.
// A latitude/longitude box narrows the candidates in Cypher (indexed on Neo4j); the exact great-circle
// distance (haversine) is computed here. A travel-time provider would replace `haversineKm` later.
import type { GraphEngine } from '../../engine.ts';
import type { NeedCategory } from '../../model.ts';

const EARTH_RADIUS_KM = 6371.0088;

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const servicesInBoxCypher = `MATCH (s:Service)
WHERE s.category = $category AND s.archived = false
  AND s.lat >= $minLat AND s.lat <= $maxLat AND s.lon >= $minLon AND s.lon <= $maxLon
RETURN s.id AS id, s.name AS name, s.lat AS lat, s.lon AS lon`;

export interface NearbyService {
  id: string;
  name: string;
  lat: number;
  lon: number;
  distanceKm: number;
}

export async function servicesNear(
  engine: GraphEngine,
  query: { category: NeedCategory; lat: number; lon: number; radiusKm: number },
): Promise<NearbyService[]> {
  const dLat = query.radiusKm / 111.2;
  const dLon = query.radiusKm / (111.2 * Math.max(0.01, Math.cos((query.lat * Math.PI) / 180)));
  const rows = await engine.read<Omit<NearbyService, 'distanceKm'>>(servicesInBoxCypher, {
    category: query.category,
    minLat: query.lat - dLat,
    maxLat: query.lat + dLat,
    minLon: query.lon - dLon,
    maxLon: query.lon + dLon,
  });
  return rows
    .map((r) => ({ ...r, distanceKm: haversineKm(query, r) }))
    .filter((r) => r.distanceKm <= query.radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm || a.id.localeCompare(b.id));
}
