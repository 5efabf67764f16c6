// Official municipality outlines (e.g. BKG VG250) replace the approximate ones: the outline is stored as
// GeoJSON text and `boundaryApproximate` becomes false. One statement, so all rows land or none do.
// Returns the AGS that were found; the caller reports the others as unknown.
import type { GraphEngine } from '../../engine.ts';

export const setBoundariesCypher = `UNWIND $rows AS row
MATCH (m:Municipality {ags: row.ags})
SET m.boundary = row.boundary, m.boundaryApproximate = false
RETURN m.ags AS ags`;

export const existingMunicipalitiesCypher = `UNWIND $agsList AS wanted
MATCH (m:Municipality {ags: wanted})
RETURN m.ags AS ags`;

/** Which of these AGS are stored municipalities. */
export async function existingMunicipalities(engine: GraphEngine, agsList: string[]): Promise<Set<string>> {
  if (agsList.length === 0) return new Set();
  const rows = await engine.read<{ ags: string }>(existingMunicipalitiesCypher, { agsList });
  return new Set(rows.map((r) => r.ags));
}

/** Stores official outlines (GeoJSON geometry as text) for the given municipalities; returns the AGS updated. */
export async function setOfficialBoundaries(
  engine: GraphEngine,
  rows: { ags: string; boundary: string }[],
): Promise<string[]> {
  if (rows.length === 0) return [];
  const updated = await engine.write<{ ags: string }>(setBoundariesCypher, {
    rows: rows.map((r) => ({ ags: r.ags, boundary: r.boundary })),
  });
  return [...new Set(updated.map((r) => r.ags))].sort();
}
