// What the map component draws: points, municipality outlines and the tile server. Shared by the
// pages that show a map (directory, suggestions); the GeoJSON text from the API is parsed here once.
import type { MultiPolygon, Polygon } from 'geojson';

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  title: string;
  subtitle?: string;
  href?: string;
}

export interface MapOutline {
  ags: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  /** Drawn from the municipality centres, not an official boundary. */
  approximate: boolean;
}

/** A raster tile server: URL template with {z}/{x}/{y} (and optionally {s}), and its attribution. */
export interface MapTiles {
  url: string;
  attribution: string;
}

/** Outlines of the municipalities that have a stored, well-formed one; others are left out. */
export function parseOutlines(
  municipalities: { ags: string; name: string; boundary?: string | null; boundaryApproximate?: boolean }[],
): MapOutline[] {
  const outlines: MapOutline[] = [];
  for (const place of municipalities) {
    if (!place.boundary) continue;
    try {
      const geometry = JSON.parse(place.boundary) as { type?: unknown };
      if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
      outlines.push({
        ags: place.ags,
        name: place.name,
        geometry: geometry as MapOutline['geometry'],
        approximate: place.boundaryApproximate === true,
      });
    } catch {
      // A broken outline must not take the map down; the municipality is drawn without it.
    }
  }
  return outlines;
}
