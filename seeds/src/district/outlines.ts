// Approximate municipality outlines for the demo district, made from the municipality centres alone:
// each outline is the centre's Voronoi cell (the land nearer to it than to any other centre), cut off at
// a radius around the centre so the outer cells end where the district roughly ends. Good enough to
// colour a map and to orient oneself without tiles; marked approximate (boundaryApproximate), and an
// import of official outlines (VG250) replaces them.

export interface Centre {
  key: string;
  lat: number;
  lon: number;
}

/** A GeoJSON Polygon: one closed ring of [lon, lat] positions, counter-clockwise. */
export interface Polygon {
  type: 'Polygon';
  coordinates: [number, number][][];
}

type Point = [number, number];

const KM_PER_DEGREE_LAT = 111.32;
const CIRCLE_CORNERS = 32;

/** Keeps the part of a convex polygon where (p − a)·n ≤ c; Sutherland–Hodgman against one half-plane. */
function clip(polygon: Point[], n: Point, c: number): Point[] {
  const side = (p: Point) => p[0] * n[0] + p[1] * n[1] - c;
  const out: Point[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    const q = polygon[(i + 1) % polygon.length]!;
    const sp = side(p);
    const sq = side(q);
    if (sp <= 0) out.push(p);
    if ((sp < 0 && sq > 0) || (sp > 0 && sq < 0)) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/**
 * One polygon per centre. Geometry runs in a local plane (kilometres east and north of the centres'
 * mean), so bisectors are true perpendiculars; `radiusKm` bounds every cell.
 */
export function approximateOutlines(centres: readonly Centre[], radiusKm = 7): Map<string, Polygon> {
  const outlines = new Map<string, Polygon>();
  if (!centres.length) return outlines;
  const lat0 = centres.reduce((sum, c) => sum + c.lat, 0) / centres.length;
  const lon0 = centres.reduce((sum, c) => sum + c.lon, 0) / centres.length;
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((lat0 * Math.PI) / 180);
  const toPlane = (c: Centre): Point => [(c.lon - lon0) * kmPerDegreeLon, (c.lat - lat0) * KM_PER_DEGREE_LAT];
  const toLonLat = ([x, y]: Point): [number, number] => [
    Number((lon0 + x / kmPerDegreeLon).toFixed(5)),
    Number((lat0 + y / KM_PER_DEGREE_LAT).toFixed(5)),
  ];
  const points = centres.map(toPlane);

  centres.forEach((centre, i) => {
    const [px, py] = points[i]!;
    let cell: Point[] = Array.from({ length: CIRCLE_CORNERS }, (_, k) => {
      const angle = (2 * Math.PI * k) / CIRCLE_CORNERS;
      return [px + radiusKm * Math.cos(angle), py + radiusKm * Math.sin(angle)];
    });
    points.forEach(([qx, qy], j) => {
      if (j === i || cell.length === 0) return;
      // Nearer to p than to q: (x − (p+q)/2)·(q − p) ≤ 0.
      const n: Point = [qx - px, qy - py];
      if (n[0] === 0 && n[1] === 0) return;
      cell = clip(cell, n, ((px + qx) / 2) * n[0] + ((py + qy) / 2) * n[1]);
    });
    if (cell.length < 3) return;
    const ring = cell.map(toLonLat);
    ring.push(ring[0]!);
    outlines.set(centre.key, { type: 'Polygon', coordinates: [ring] });
  });
  return outlines;
}
