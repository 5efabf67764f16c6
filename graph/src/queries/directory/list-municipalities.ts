// All municipalities with the number of (not archived) services located there.
import type { GraphEngine } from '../../engine.ts';

export interface MunicipalitySummary {
  ags: string;
  name: string;
  district: string;
  state: string;
  population: number;
  lat: number;
  lon: number;
  serviceCount: number;
  /** GeoJSON Polygon or MultiPolygon as text; null when none is stored. */
  boundary: string | null;
  /** The outline is an approximation (the demo's, from the centres), not an official one. */
  boundaryApproximate: boolean;
}

export const listMunicipalitiesCypher = `MATCH (m:Municipality)
OPTIONAL MATCH (s:Service)-[:LOCATED_IN]->(m) WHERE s.archived = false
RETURN m.ags AS ags, m.name AS name, m.district AS district, m.state AS state,
       m.population AS population, m.lat AS lat, m.lon AS lon,
       m.boundary AS boundary, m.boundaryApproximate AS boundaryApproximate, count(s) AS serviceCount
ORDER BY name, ags`;

export async function listMunicipalities(engine: GraphEngine): Promise<MunicipalitySummary[]> {
  const rows = await engine.read<MunicipalitySummary & Record<string, unknown>>(listMunicipalitiesCypher);
  return rows.map((row) => ({ ...row, boundaryApproximate: row.boundaryApproximate === true }));
}
