// Official municipality outlines over real HTTP: an admin's upload replaces the approximate outline (and
// may be larger than a GraphQL request), others are refused, an invalid file stores nothing and names every
// problem by feature, unknown AGS are reported, and the import is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents, upsertMunicipalities, type GraphEngine } from '@lotse/graph';
import { openTemporaryGraph } from '@lotse/graph/testing';
import { createServer, type RunningServer } from './server.ts';
import { parseBoundaries } from './services/boundaries.ts';
import { EHINGEN, seedBase, TEST_PASSWORD } from './testing/fixture.ts';
import { graphqlClient } from './testing/http.ts';

let engine: GraphEngine;
let dispose: () => Promise<void>;
let server: RunningServer;
const http = graphqlClient(() => server.url);
const cookies: Record<string, string> = {};

const APPROXIMATE = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [9.7, 48.2],
      [9.8, 48.2],
      [9.75, 48.3],
      [9.7, 48.2],
    ],
  ],
});
const ULM = { ...EHINGEN, ags: '08421000', name: 'Ulm', boundary: APPROXIMATE, boundaryApproximate: true };

/** A closed ring around (lon, lat) with `points` corners. */
const ring = (lon: number, lat: number, points = 5) => {
  const corners = Array.from({ length: points }, (_, i) => [
    lon + 0.05 * Math.cos((2 * Math.PI * i) / points),
    lat + 0.05 * Math.sin((2 * Math.PI * i) / points),
  ]);
  return [...corners, corners[0]!];
};
const feature = (properties: Record<string, unknown>, coordinates: unknown, type = 'Polygon') => ({
  type: 'Feature',
  properties,
  geometry: { type, coordinates },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

async function upload(body: unknown, cookie?: string, contentType = 'application/geo+json') {
  const response = await fetch(server.url.replace('/graphql', '/admin/boundaries'), {
    method: 'POST',
    headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { features: number; updated: string[]; unknown: string[]; skippedWater: number };
      errors?: {
        message: string;
        extensions: { code: string; field?: string; issues?: { field: string; message: string }[] };
      }[];
    },
  };
}

async function outlines() {
  const reply = await http.post('{ municipalities { ags boundary boundaryApproximate } }');
  const list = reply.body.data?.municipalities as {
    ags: string;
    boundary: string | null;
    boundaryApproximate: boolean;
  }[];
  return new Map(list.map((m) => [m.ags, m]));
}

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await seedBase(engine, [
    { username: 'verwaltung', role: 'admin' },
    { username: 'koordination', role: 'coordinator' },
    { username: 'netzwerk', role: 'viewer' },
  ]);
  await upsertMunicipalities(engine, [{ ...EHINGEN, boundary: APPROXIMATE, boundaryApproximate: true }, ULM]);
  server = await createServer({ engine, port: 0 });
  for (const user of ['verwaltung', 'koordination', 'netzwerk'])
    cookies[user] = await http.login(user, TEST_PASSWORD);
});
afterAll(async () => {
  await server?.close();
  await dispose?.();
});

describe('importing official outlines', () => {
  it('an invalid file stores nothing and names each problem by feature and field', async () => {
    const reply = await upload(
      collection(
        feature({ AGS: EHINGEN.ags }, [ring(9.72, 48.28)]),
        feature({ AGS: ULM.ags }, [
          [
            [9.9, 48.4],
            [10, 48.4],
            [9.95, 48.45],
          ],
        ]), // open, and too short
        feature({ AGS: '08425999' }, [ring(560000, 5350000)]), // UTM (EPSG:25832)
        feature({ ags: 8425033 }, [ring(9.72, 48.28)]), // the leading zero lost
        feature({ AGS: '08425034' }, [ring(9.72, 48.28)], 'LineString'),
      ),
      cookies.verwaltung,
    );
    expect(reply.status).toBe(400);
    const error = reply.body.errors![0]!;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions.issues!.map((i) => i.field);
    expect(fields).toContain('features[1].geometry.coordinates[0]');
    expect(fields).toContain('features[2].geometry.coordinates[0][0]');
    expect(fields).toContain('features[3].properties.ags');
    expect(fields).toContain('features[4].geometry.type');
    expect(fields.some((f) => f.startsWith('features[0]'))).toBe(false);
    const utm = error.extensions.issues!.find((i) => i.field === 'features[2].geometry.coordinates[0][0]')!;
    expect(utm.message).toMatch(/EPSG:4326/);
    expect(error.message).toMatch(/^Ungültige Eingabe \/ invalid input: features\[1\]/);
    // nothing stored, not even the valid Ehingen
    expect((await outlines()).get(EHINGEN.ags)).toEqual({
      ags: EHINGEN.ags,
      boundary: APPROXIMATE,
      boundaryApproximate: true,
    });
  });

  it('only admins may import; the public must log in', async () => {
    const file = collection(feature({ AGS: EHINGEN.ags }, [ring(9.72, 48.28)]));
    for (const user of ['koordination', 'netzwerk']) {
      const reply = await upload(file, cookies[user]);
      expect([reply.status, reply.body.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN']);
    }
    const anonymous = await upload(file);
    expect([anonymous.status, anonymous.body.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    // a form post (a simple content type) never gets through, whoever sends it
    const form = await upload(JSON.stringify(file), cookies.verwaltung, 'text/plain');
    expect(form.status).toBe(415);
    expect((await outlines()).get(EHINGEN.ags)?.boundaryApproximate).toBe(true);
  });

  it('an admin replaces the approximate outline; unknown AGS are reported; larger than a GraphQL request', async () => {
    // a detailed outline: ≈ 300 kB, three times what /graphql accepts
    const detailed = ring(9.72, 48.28, 8000);
    const file = collection(
      feature({ AGS: EHINGEN.ags, GEN: 'Ehingen (Donau)' }, [detailed]),
      feature({ AGS: '09162000', GEN: 'München' }, [ring(11.57, 48.14)]),
      // VG250: a land part and a water part of Ulm; the water area is left out
      feature({ AGS: ULM.ags, GF: 4 }, [ring(9.99, 48.4)]),
      feature({ AGS: ULM.ags, GF: 2 }, [ring(10.01, 48.41)]),
    );
    expect(JSON.stringify(file).length).toBeGreaterThan(250_000);
    const reply = await upload(file, cookies.verwaltung);
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({
      features: 4,
      updated: [ULM.ags, EHINGEN.ags],
      unknown: ['09162000'],
      skippedWater: 1,
    });
    const stored = await outlines();
    expect(stored.get(EHINGEN.ags)?.boundaryApproximate).toBe(false);
    expect(JSON.parse(stored.get(EHINGEN.ags)!.boundary!)).toEqual({
      type: 'Polygon',
      coordinates: [detailed],
    });
    expect(JSON.parse(stored.get(ULM.ags)!.boundary!)).toEqual({
      type: 'Polygon',
      coordinates: [ring(9.99, 48.4)],
    });
    const [event] = await listAuditEvents(engine, { actor: 'verwaltung', limit: 5 });
    expect(event).toMatchObject({
      operation: 'boundary.import',
      role: 'admin',
      allowed: true,
      caseIds: [ULM.ags, EHINGEN.ags],
    });
    const refused = await listAuditEvents(engine, { actor: 'koordination', limit: 5 });
    expect(refused[0]).toMatchObject({ operation: 'boundary.import', allowed: false });
  });
});

describe('reading an outline file', () => {
  it('joins several parts of one municipality into a MultiPolygon and accepts WGS 84 names', () => {
    const parsed = parseBoundaries({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
      features: [
        feature({ AGS: EHINGEN.ags }, [ring(9.7, 48.2)]),
        feature({ ags: EHINGEN.ags }, [ring(9.8, 48.3)]),
      ],
    });
    expect(JSON.parse(parsed.outlines[0]!.boundary)).toEqual({
      type: 'MultiPolygon',
      coordinates: [[ring(9.7, 48.2)], [ring(9.8, 48.3)]],
    });
  });

  it('refuses a file in another coordinate system, naming it', () => {
    expect(() =>
      parseBoundaries({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
        features: [feature({ AGS: EHINGEN.ags }, [ring(9.7, 48.2)])],
      }),
    ).toThrow(/EPSG::25832.*EPSG:4326/);
  });
});
