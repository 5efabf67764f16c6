import { describe, expect, it } from 'vitest';
import { DEMO_MUNICIPALITIES } from './municipalities.ts';
import { approximateOutlines, type Polygon } from './outlines.ts';

/** Ray casting on [lon, lat]; good enough away from the edges, where the samples below stay. */
function inside(polygon: Polygon, lon: number, lat: number): boolean {
  const ring = polygon.coordinates[0]!;
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

const centres = DEMO_MUNICIPALITIES.map((m) => ({ key: m.ags, lat: m.lat, lon: m.lon }));
const distanceKm = (a: { lat: number; lon: number }, lat: number, lon: number) =>
  Math.hypot((a.lat - lat) * 111.32, (a.lon - lon) * 111.32 * Math.cos((48.4 * Math.PI) / 180));

describe('approximate municipality outlines', () => {
  const outlines = approximateOutlines(centres, 7);

  it('gives every demo municipality a closed outline around its own centre', () => {
    expect(outlines.size).toBe(DEMO_MUNICIPALITIES.length);
    for (const centre of centres) {
      const outline = outlines.get(centre.key)!;
      const ring = outline.coordinates[0]!;
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring.at(-1));
      expect(inside(outline, centre.lon, centre.lat)).toBe(true);
    }
  });

  it('puts a place into the outline of its nearest centre and into no other', () => {
    let checked = 0;
    for (let lat = 48.1; lat <= 48.65; lat += 0.013) {
      for (let lon = 9.45; lon <= 10.25; lon += 0.017) {
        const byDistance = centres
          .map((c) => ({ key: c.key, km: distanceKm(c, lat, lon) }))
          .sort((a, b) => a.km - b.km);
        const [nearest, second] = byDistance;
        // Skip samples on a border (ambiguous within rounding) and beyond the cut-off radius.
        if (second!.km - nearest!.km < 0.05 || nearest!.km > 6.9) continue;
        const containing = centres.filter((c) => inside(outlines.get(c.key)!, lon, lat)).map((c) => c.key);
        expect(containing).toEqual([nearest!.key]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('leaves land farther than the radius from every centre outside all outlines', () => {
    const far = { lat: 48.0, lon: 9.2 };
    expect(centres.every((c) => distanceKm(c, far.lat, far.lon) > 7)).toBe(true);
    expect([...outlines.values()].some((o) => inside(o, far.lon, far.lat))).toBe(false);
  });
});
