// Official municipality outlines (issue #7): a GeoJSON FeatureCollection of Polygon / MultiPolygon features
// keyed by AGS (BKG VG250 names it `AGS`; `ags` is accepted too) replaces the approximate outlines.
// All or nothing: one invalid feature and nothing is stored; every problem is named by feature index and
// field. Features whose AGS is no stored municipality are reported as unknown, not as errors. Used by
// POST /admin/boundaries (server.ts) and by the operators' command (import-boundaries.ts). Audited.
import { z } from 'zod';
import { existingMunicipalities, setOfficialBoundaries, type GraphEngine } from '@lotse/graph';
import { authorize, type Viewer } from '../auth/authorize.ts';
import { InvalidInputError, deniedError, formatPath, type FieldIssue } from '../errors.ts';
import type { AuditTrail } from './audit.ts';
import type { DirectoryCache } from './directory-cache.ts';

/** Features one file may hold (Germany has ≈ 11,000 municipalities; VG250 has land and water parts). */
export const MAX_FEATURES = 30_000;
/** Problems listed at most; the count says how many there were. */
const MAX_ISSUES = 200;

export interface BoundaryImportResult {
  /** Features read. */
  features: number;
  /** AGS whose outline was replaced, in order. */
  updated: string[];
  /** AGS of features that match no stored municipality (nothing stored for them). */
  unknown: string[];
  /** Water-area features of VG250 (GF 1 or 2) left out because the municipality has land features. */
  skippedWater: number;
}

const UTM_HINT =
  'sieht nach projizierten Koordinaten aus (z. B. UTM, EPSG:25832): bitte zuerst nach EPSG:4326 umrechnen, ' +
  'z. B. mit ogr2ogr -t_srs EPSG:4326 / looks like projected coordinates (e.g. UTM, EPSG:25832): convert to ' +
  'EPSG:4326 first, e.g. with ogr2ogr -t_srs EPSG:4326';

const position = z
  .array(z.number().refine(Number.isFinite, { message: 'keine Zahl / not a number' }))
  .min(2, 'eine Position braucht Länge und Breite / a position needs longitude and latitude')
  .max(3, 'höchstens Länge, Breite, Höhe / at most longitude, latitude, altitude')
  .superRefine((p, ctx) => {
    const [lon, lat] = p as [number, number];
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90)
      ctx.addIssue({
        code: 'custom',
        message:
          Math.abs(lon) > 1000 || Math.abs(lat) > 1000
            ? UTM_HINT
            : 'Länge −180…180, Breite −90…90 (WGS 84) / longitude −180…180, latitude −90…90 (WGS 84)',
      });
  });

const ring = z
  .array(position)
  .min(4, 'ein Ring braucht mindestens 4 Positionen / a ring needs at least 4 positions')
  .superRefine((r, ctx) => {
    const first = r[0];
    const last = r[r.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
      ctx.addIssue({
        code: 'custom',
        message:
          'Ring nicht geschlossen: erste und letzte Position müssen gleich sein / ring not closed: first and last position must be equal',
      });
  });

const polygon = z.array(ring).min(1, 'ein Polygon braucht einen Ring / a polygon needs a ring');

const geometry = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('Polygon'), coordinates: polygon }),
    z.object({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(polygon).min(1, 'mindestens ein Polygon / at least one polygon'),
    }),
  ],
  { error: 'Geometrie muss Polygon oder MultiPolygon sein / geometry must be a Polygon or MultiPolygon' },
);

const agsValue = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{8}$/.test(v), {
    message:
      'AGS muss 8 Ziffern haben (als Text, mit führender Null) / AGS must have 8 digits (as text, leading zero kept)',
  });

const feature = z.object({
  type: z.literal('Feature', { error: 'type muss „Feature“ sein / type must be "Feature"' }),
  properties: z
    .object({ AGS: agsValue.optional(), ags: agsValue.optional(), GF: z.unknown().optional() })
    .refine((p) => p.AGS !== undefined || p.ags !== undefined, {
      message:
        'AGS fehlt (properties.AGS oder properties.ags) / AGS missing (properties.AGS or properties.ags)',
      path: ['AGS'],
    }),
  geometry,
});

/** Coordinate systems that mean WGS 84 longitude/latitude (what GeoJSON requires, RFC 7946). */
const WGS84 = /CRS84|EPSG:{1,2}4326$/i;

const collection = z.object({
  type: z.literal('FeatureCollection', {
    error: 'type muss „FeatureCollection“ sein / type must be "FeatureCollection"',
  }),
  crs: z
    .object({ properties: z.object({ name: z.string() }).optional() })
    .optional()
    .superRefine((crs, ctx) => {
      const name = crs?.properties?.name;
      if (name && !WGS84.test(name))
        ctx.addIssue({
          code: 'custom',
          message: `Koordinatensystem ${name}: bitte zuerst nach EPSG:4326 umrechnen / coordinate system ${name}: convert to EPSG:4326 first (ogr2ogr -t_srs EPSG:4326)`,
        });
    }),
  features: z
    .array(z.unknown())
    .min(1, 'keine Features / no features')
    .max(MAX_FEATURES, `höchstens ${MAX_FEATURES} Features / at most ${MAX_FEATURES} features`),
});

export interface ParsedBoundary {
  ags: string;
  /** GeoJSON geometry as text, as stored. */
  boundary: string;
}

/**
 * Checks a whole file and combines features per AGS (several parts become one MultiPolygon; with VG250's
 * `GF`, water areas are left out where land parts exist). Throws one InvalidInputError listing every
 * problem by `features[i]…` path, or returns the outlines and what was skipped.
 */
export function parseBoundaries(input: unknown): {
  features: number;
  outlines: ParsedBoundary[];
  skippedWater: number;
} {
  const top = collection.safeParse(input);
  if (!top.success)
    throw new InvalidInputError(
      top.error.issues.slice(0, MAX_ISSUES).map((i) => ({ field: formatPath(i.path), message: i.message })),
    );
  const issues: FieldIssue[] = [];
  let issueCount = 0;
  const parts = new Map<string, { polygons: number[][][][]; land: boolean }[]>();
  top.data.features.forEach((raw, index) => {
    const result = feature.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issueCount++;
        if (issues.length < MAX_ISSUES)
          issues.push({ field: formatPath(['features', index, ...issue.path]), message: issue.message });
      }
      return;
    }
    const { properties, geometry: g } = result.data;
    if (properties.AGS !== undefined && properties.ags !== undefined && properties.AGS !== properties.ags) {
      issueCount++;
      issues.push({
        field: formatPath(['features', index, 'properties', 'ags']),
        message: 'AGS und ags widersprechen sich / AGS and ags disagree',
      });
      return;
    }
    const ags = (properties.AGS ?? properties.ags)!;
    const gf = Number(properties.GF);
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const list = parts.get(ags) ?? [];
    list.push({ polygons, land: !(gf === 1 || gf === 2) });
    parts.set(ags, list);
  });
  if (issueCount > 0) {
    if (issueCount > issues.length)
      issues.push({
        field: 'features',
        message: `… und ${issueCount - issues.length} weitere Probleme / … and ${issueCount - issues.length} more problems`,
      });
    throw new InvalidInputError(issues);
  }
  let skippedWater = 0;
  const outlines = [...parts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ags, list]) => {
      const land = list.filter((p) => p.land);
      const kept = land.length > 0 ? land : list;
      skippedWater += list.length - kept.length;
      const polygons = kept.flatMap((p) => p.polygons);
      const shape =
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0] }
          : { type: 'MultiPolygon', coordinates: polygons };
      return { ags, boundary: JSON.stringify(shape) };
    });
  return { features: top.data.features.length, outlines, skippedWater };
}

export interface BoundaryService {
  /** Validates and stores official outlines (admin only); the body as sent. */
  importBoundaries(input: unknown): Promise<BoundaryImportResult>;
}

export function createBoundaryService(deps: {
  engine: GraphEngine;
  viewer: Viewer;
  audit: AuditTrail;
  directoryCache?: DirectoryCache;
}): BoundaryService {
  return {
    async importBoundaries(input) {
      const decision = authorize(deps.viewer, 'boundary.import');
      if (!decision.allowed) {
        if (deps.viewer.kind === 'account') await deps.audit.record('boundary.import', [], false);
        throw deniedError(
          decision.code,
          'Nur die Verwaltung importiert Gemeindegrenzen / only admins import municipality outlines',
        );
      }
      const { features, outlines, skippedWater } = parseBoundaries(input);
      const known = await existingMunicipalities(
        deps.engine,
        outlines.map((o) => o.ags),
      );
      const updated = await setOfficialBoundaries(
        deps.engine,
        outlines.filter((o) => known.has(o.ags)),
      );
      deps.directoryCache?.invalidate();
      // Who and when are the event's; how many is the number of AGS it names (1,000 per event at most).
      for (let i = 0; i === 0 || i < updated.length; i += 1000)
        await deps.audit.record('boundary.import', updated.slice(i, i + 1000), true);
      return {
        features,
        updated,
        unknown: outlines.filter((o) => !known.has(o.ags)).map((o) => o.ags),
        skippedWater,
      };
    },
  };
}
