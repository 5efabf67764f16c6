// The API over real HTTP against a real embedded graph in a temporary folder: no mocks of our stack.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applySchema,
  openGraph,
  upsertMunicipalities,
  upsertOrganizations,
  upsertServices,
  type GraphEngine,
  type MunicipalityInput,
  type OrganizationInput,
  type ServiceInput,
} from '@lotse/graph';
import { createServer, type RunningServer } from './server.ts';

const municipality = (
  overrides: Partial<MunicipalityInput> & Pick<MunicipalityInput, 'ags' | 'name'>,
): MunicipalityInput => ({
  district: 'Alb-Donau-Kreis',
  state: 'Baden-Württemberg',
  lat: 48.25,
  lon: 9.72,
  population: 10_000,
  ...overrides,
});

const organization = (
  overrides: Partial<OrganizationInput> & Pick<OrganizationInput, 'id' | 'name' | 'municipalityAgs'>,
): OrganizationInput => ({ kind: 'counselling_provider', address: 'Marktplatz 1', ...overrides });

const service = (
  overrides: Partial<ServiceInput> & Pick<ServiceInput, 'id' | 'name' | 'organizationId' | 'municipalityAgs'>,
): ServiceInput => ({
  category: 'debt_counselling',
  lat: 48.28,
  lon: 9.72,
  languages: ['de'],
  lastVerified: '2025-01-15',
  ...overrides,
});

const ehingen = municipality({ ags: '08425033', name: 'Ehingen (Donau)', population: 26_000 });
const blaubeuren = municipality({ ags: '08425017', name: 'Blaubeuren', population: 12_000 });

interface GraphqlResponse<Data> {
  data?: Data | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

let directory: string;
let engine: GraphEngine;
let server: RunningServer;

async function query<Data>(
  text: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse<Data>> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  return (await response.json()) as GraphqlResponse<Data>;
}

const origin = () => new URL(server.url).origin;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'lotse-api-'));
  engine = await openGraph({ engine: 'embedded', path: join(directory, 'db') });
  await applySchema(engine);
  await upsertMunicipalities(engine, [ehingen, blaubeuren]);
  await upsertOrganizations(engine, [
    organization({ id: 'org-caritas', name: 'Caritas Ulm-Alb-Donau', municipalityAgs: ehingen.ags }),
    organization({
      id: 'org-helferkreis',
      name: 'Helferkreis Blaubeuren',
      kind: 'helper_circle',
      municipalityAgs: blaubeuren.ags,
    }),
  ]);
  await upsertServices(engine, [
    service({
      id: 'svc-schuldner',
      name: 'Schuldnerberatung',
      organizationId: 'org-caritas',
      municipalityAgs: ehingen.ags,
      languages: ['de', 'ar'],
    }),
    service({
      id: 'svc-schwanger',
      name: 'Schwangerschaftsberatung',
      category: 'pregnancy_counselling',
      organizationId: 'org-caritas',
      municipalityAgs: ehingen.ags,
      contactModes: ['in_person', 'video'],
    }),
    service({
      id: 'svc-mbe',
      name: 'Migrationsberatung',
      category: 'migration_counselling',
      organizationId: 'org-caritas',
      municipalityAgs: ehingen.ags,
    }),
    service({
      id: 'svc-begleitung',
      name: 'Behördenbegleitung',
      category: 'volunteer_support',
      organizationId: 'org-helferkreis',
      municipalityAgs: blaubeuren.ags,
    }),
  ]);
  server = await createServer({ engine, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await engine?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('health endpoints', () => {
  it('/healthz answers 200 while the process is alive', async () => {
    const response = await fetch(`${origin()}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 when the graph is reachable', async () => {
    const response = await fetch(`${origin()}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready' });
  });
});

describe('directory queries', () => {
  it('municipalities lists every municipality with its service count, ordered by name', async () => {
    const result = await query<{
      municipalities: Array<{ ags: string; name: string; serviceCount: number }>;
    }>('{ municipalities { ags name district population lat lon serviceCount } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipalities).toEqual([
      {
        ags: blaubeuren.ags,
        name: 'Blaubeuren',
        district: 'Alb-Donau-Kreis',
        population: 12_000,
        lat: 48.25,
        lon: 9.72,
        serviceCount: 1,
      },
      {
        ags: ehingen.ags,
        name: 'Ehingen (Donau)',
        district: 'Alb-Donau-Kreis',
        population: 26_000,
        lat: 48.25,
        lon: 9.72,
        serviceCount: 3,
      },
    ]);
  });

  it('services filter by municipality and return upper-case enums with organisation and municipality', async () => {
    const result = await query<{
      services: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> };
    }>(
      `query ($ags: String) {
        services(municipalityAgs: $ags) {
          totalCount
          edges { node { id name category languages contactModes lastVerified
            municipality { ags name district }
            organization { id name kind } } }
        }
      }`,
      { ags: blaubeuren.ags },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.services.totalCount).toBe(1);
    expect(result.data?.services.edges.map((e) => e.node)).toEqual([
      {
        id: 'svc-begleitung',
        name: 'Behördenbegleitung',
        category: 'VOLUNTEER_SUPPORT',
        languages: ['de'],
        contactModes: ['IN_PERSON'],
        lastVerified: '2025-01-15',
        municipality: { ags: blaubeuren.ags, name: 'Blaubeuren', district: 'Alb-Donau-Kreis' },
        organization: { id: 'org-helferkreis', name: 'Helferkreis Blaubeuren', kind: 'HELPER_CIRCLE' },
      },
    ]);
  });

  it('services filter by category', async () => {
    const result = await query<{ services: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      '{ services(category: PREGNANCY_COUNSELLING) { totalCount edges { node { id } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.services.totalCount).toBe(1);
    expect(result.data?.services.edges.map((e) => e.node.id)).toEqual(['svc-schwanger']);
  });

  it('pagination is stable: the page after the first cursor continues where the first ended', async () => {
    type Page = {
      services: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { id: string } }>;
      };
    };
    const text = `query ($ags: String, $first: Int, $after: String) {
      services(municipalityAgs: $ags, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
      }
    }`;
    const all = await query<Page>(text, { ags: ehingen.ags, first: 10 });
    const allIds = all.data?.services.edges.map((e) => e.node.id);
    expect(allIds).toHaveLength(3);

    const first = await query<Page>(text, { ags: ehingen.ags, first: 1 });
    expect(first.data?.services.pageInfo.hasNextPage).toBe(true);
    expect(first.data?.services.totalCount).toBe(3);
    const second = await query<Page>(text, {
      ags: ehingen.ags,
      first: 1,
      after: first.data?.services.pageInfo.endCursor,
    });
    const third = await query<Page>(text, {
      ags: ehingen.ags,
      first: 5,
      after: second.data?.services.pageInfo.endCursor,
    });

    const paged = [first, second, third].flatMap(
      (page) => page.data?.services.edges.map((e) => e.node.id) ?? [],
    );
    expect(paged).toEqual(allIds);
    expect(third.data?.services.pageInfo).toMatchObject({ hasNextPage: false });
  });

  it('organization returns the organisation with its services, and null for an unknown id', async () => {
    const result = await query<{
      known: {
        name: string;
        kind: string;
        municipality: { name: string };
        services: Array<{ id: string }>;
      } | null;
      unknown: unknown;
    }>(
      `{ known: organization(id: "org-caritas") { name kind municipality { name } services { id } }
         unknown: organization(id: "org-none") { id } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.known).toEqual({
      name: 'Caritas Ulm-Alb-Donau',
      kind: 'COUNSELLING_PROVIDER',
      municipality: { name: 'Ehingen (Donau)' },
      services: [{ id: 'svc-mbe' }, { id: 'svc-schuldner' }, { id: 'svc-schwanger' }],
    });
    expect(result.data?.unknown).toBeNull();
  });
});

describe('invalid input', () => {
  it('a municipality key that is not 8 digits is BAD_USER_INPUT naming the field, in German and English', async () => {
    const result = await query('{ services(municipalityAgs: "123") { totalCount } }');
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityAgs' });
    expect(error?.message).toMatch(/AGS muss .* \/ AGS must/);
  });

  it('a page size above 100 is BAD_USER_INPUT naming first', async () => {
    const result = await query('{ services(first: 500) { totalCount } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('a forged cursor is BAD_USER_INPUT naming after', async () => {
    const result = await query('{ services(after: "not-a-cursor") { totalCount } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a malformed JSON body is a 400 with a JSON error, not an HTML page', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ "query": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphqlResponse<unknown>;
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('a request without a JSON content type is refused as a possible CSRF', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ municipalities { ags } }')}`);
    expect(response.status).toBe(400);
  });

  it('a GET query with the preflight header is answered from its query string; a GET mutation is not', async () => {
    const get = (query: string) =>
      fetch(`${server.url}?query=${encodeURIComponent(query)}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
    const read = await get('{ municipalities { ags } }');
    expect(read.status).toBe(200);
    const body = (await read.json()) as GraphqlResponse<{ municipalities: { ags: string }[] }>;
    expect(body.data?.municipalities.length).toBeGreaterThan(0);
    const write = await get('mutation { logout }');
    expect(write.status).toBe(405);
  });

  it('HEAD and OPTIONS without an origin are not GraphQL requests', async () => {
    for (const method of ['HEAD', 'OPTIONS']) {
      // Like any request without a JSON body or the preflight header: refused by CSRF prevention first.
      const bare = await fetch(server.url, { method });
      expect(bare.status, method).toBe(400);
      expect(bare.headers.get('cache-control'), method).toBe('no-store');
      const declared = await fetch(server.url, { method, headers: { 'apollo-require-preflight': 'true' } });
      expect(declared.status, method).toBe(405);
      expect(declared.headers.get('allow'), method).toBe('GET, POST');
    }
  });
});

describe('in production', () => {
  it('introspection is refused', async () => {
    const production = await createServer({ engine, port: 0, production: true });
    try {
      const response = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      const body = (await response.json()) as GraphqlResponse<unknown>;
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    } finally {
      await production.close();
    }
  });
});

describe('when the graph is unreachable', () => {
  let lostDirectory: string;
  let lostEngine: GraphEngine;
  let lostServer: RunningServer;

  beforeAll(async () => {
    lostDirectory = await mkdtemp(join(tmpdir(), 'lotse-api-lost-'));
    lostEngine = await openGraph({ engine: 'embedded', path: join(lostDirectory, 'db') });
    await applySchema(lostEngine);
    lostServer = await createServer({ engine: lostEngine, port: 0 });
    await lostEngine.close();
  });

  afterAll(async () => {
    await lostServer?.close();
    if (lostDirectory) await rm(lostDirectory, { recursive: true, force: true });
  });

  it('/readyz answers 503 while /healthz still answers 200', async () => {
    const origin = new URL(lostServer.url).origin;
    expect((await fetch(`${origin}/readyz`)).status).toBe(503);
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
  });

  it('a failing query is masked as INTERNAL_SERVER_ERROR carrying the request id, never the engine detail', async () => {
    const response = await fetch(lostServer.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-0001' },
      body: JSON.stringify({ query: '{ municipalities { ags } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('test-request-0001');
    const body = (await response.json()) as GraphqlResponse<unknown>;
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'test-request-0001',
    });
    expect(body.errors?.[0]?.message).not.toMatch(/kuzu|embedded|query/i);
  });
});

describe('one service and its opening status', () => {
  it('service(id) returns a listed service with today, open now and the next office hours (Berlin time)', async () => {
    await upsertServices(engine, [
      service({
        id: 'svc-sprechstunde',
        name: 'Sprechstunde',
        organizationId: 'org-caritas',
        municipalityAgs: ehingen.ags,
        openingHours: {
          weekly: [{ day: 'mon', from: '09:00', to: '12:00' }],
          exceptions: [],
          appointmentOnly: false,
        },
      }),
    ]);
    const STATUS = `query ($id: ID!) { service(id: $id) { name openingStatus { openNow today nextOpening { start end } } } }`;
    const at = async (now: number, id = 'svc-sprechstunde') => {
      const clocked = await createServer({ engine, port: 0, clock: () => now });
      try {
        const response = await fetch(clocked.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: STATUS, variables: { id } }),
        });
        return ((await response.json()) as GraphqlResponse<{ service: unknown }>).data?.service;
      } finally {
        await clocked.close();
      }
    };
    // Monday 16 March 2026, 10:30 in Berlin (winter time): open until 12:00.
    expect(await at(Date.UTC(2026, 2, 16, 9, 30))).toEqual({
      name: 'Sprechstunde',
      openingStatus: {
        openNow: true,
        today: 'MON',
        nextOpening: { start: '2026-03-16T08:00:00.000Z', end: '2026-03-16T11:00:00.000Z' },
      },
    });
    // Sunday 29 March 2026 (the day clocks go forward): next Monday 09:00 is 07:00 UTC.
    expect(await at(Date.UTC(2026, 2, 29, 10))).toEqual({
      name: 'Sprechstunde',
      openingStatus: {
        openNow: false,
        today: 'SUN',
        nextOpening: { start: '2026-03-30T07:00:00.000Z', end: '2026-03-30T10:00:00.000Z' },
      },
    });
    expect(await at(Date.UTC(2026, 2, 16, 9, 30), 'svc-none')).toBeNull();
    // The API's day for date pickers: 23:30 UTC on 28 March is already 29 March in Berlin.
    const clocked = await createServer({ engine, port: 0, clock: () => Date.UTC(2026, 2, 28, 23, 30) });
    try {
      const response = await fetch(clocked.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ today }' }),
      });
      expect(await response.json()).toEqual({ data: { today: '2026-03-29' } });
    } finally {
      await clocked.close();
    }
  });
});

describe('directory filters and the map', () => {
  const laichingen = municipality({ ags: '08425072', name: 'Laichingen', lat: 48.49, lon: 9.69 });
  const mondayMorning = {
    weekly: [{ day: 'mon' as const, from: '09:00', to: '12:00' }],
    exceptions: [],
    appointmentOnly: false,
  };
  // Monday 16 March 2026, 10:30 in Berlin.
  const mondayHalfPastTen = Date.UTC(2026, 2, 16, 9, 30);
  let clocked: RunningServer;

  beforeAll(async () => {
    await upsertMunicipalities(engine, [laichingen]);
    await upsertOrganizations(engine, [
      organization({ id: 'org-laichingen', name: 'Stadt Laichingen', municipalityAgs: laichingen.ags }),
    ]);
    await upsertServices(engine, [
      service({
        id: 'lai-arabisch',
        name: 'A Beratung arabisch, offen',
        organizationId: 'org-laichingen',
        municipalityAgs: laichingen.ags,
        languages: ['de', 'ar'],
        openingHours: mondayMorning,
        barrierFree: true,
      }),
      service({
        id: 'lai-video',
        name: 'B Beratung per Video',
        organizationId: 'org-laichingen',
        municipalityAgs: laichingen.ags,
        contactModes: ['in_person', 'video'],
        openingHours: mondayMorning,
        status: 'temporarily_closed',
      }),
      service({
        id: 'lai-ukrainisch',
        name: 'C Beratung ukrainisch',
        organizationId: 'org-laichingen',
        municipalityAgs: laichingen.ags,
        languages: ['uk'],
        contactModes: ['phone'],
      }),
    ]);
    clocked = await createServer({ engine, port: 0, clock: () => mondayHalfPastTen });
  });
  afterAll(async () => {
    await clocked?.close();
  });

  const MAP = `query ($filter: ServiceFilter) { serviceMap(filter: $filter) { id lat lon } }`;
  const LIST = `query ($filter: ServiceFilter) { services(filter: $filter, first: 2) { totalCount edges { node { id } } } }`;
  async function ids(filter: Record<string, unknown>) {
    const response = await fetch(clocked.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: MAP,
        variables: { filter: { municipalityAgs: laichingen.ags, ...filter } },
      }),
    });
    const body = (await response.json()) as GraphqlResponse<{ serviceMap: { id: string }[] }>;
    expect(body.errors).toBeUndefined();
    return body.data!.serviceMap.map((s) => s.id);
  }

  it('serviceMap lists every matching service in listing order, and each filter narrows it', async () => {
    expect(await ids({})).toEqual(['lai-arabisch', 'lai-video', 'lai-ukrainisch']);
    expect(await ids({ language: 'ar' })).toEqual(['lai-arabisch']);
    expect(await ids({ remote: true })).toEqual(['lai-video', 'lai-ukrainisch']);
    expect(await ids({ barrierFree: true })).toEqual(['lai-arabisch']);
    // Temporarily closed services are never open, whatever their hours say.
    expect(await ids({ openNow: true })).toEqual(['lai-arabisch']);
    expect(await ids({ remote: true, language: 'uk' })).toEqual(['lai-ukrainisch']);
    expect(await ids({ openNow: false, remote: false, barrierFree: false, language: null })).toHaveLength(3);
  });

  it('services pages through the same filter and counts all matches', async () => {
    const response = await fetch(clocked.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LIST,
        variables: { filter: { municipalityAgs: laichingen.ags, remote: true } },
      }),
    });
    const body = (await response.json()) as GraphqlResponse<{
      services: { totalCount: number; edges: { node: { id: string } }[] };
    }>;
    expect(body.data?.services.totalCount).toBe(2);
    expect(body.data?.services.edges.map((e) => e.node.id)).toEqual(['lai-video', 'lai-ukrainisch']);
  });

  it('a language that is not an ISO 639 code is BAD_USER_INPUT naming filter.language', async () => {
    const body = await query(MAP, { filter: { language: 'Arabisch!' } });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe('filter.language');
  });

  it('municipalities carry their stored outline and whether it is approximate', async () => {
    const outline = {
      type: 'Polygon',
      coordinates: [
        [
          [9.6, 48.4],
          [9.8, 48.4],
          [9.7, 48.6],
          [9.6, 48.4],
        ],
      ],
    };
    await upsertMunicipalities(engine, [
      { ...laichingen, boundary: JSON.stringify(outline), boundaryApproximate: true },
    ]);
    const fresh = await createServer({ engine, port: 0 });
    try {
      const response = await fetch(fresh.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ municipalities { ags boundary boundaryApproximate } }' }),
      });
      const body = (await response.json()) as GraphqlResponse<{
        municipalities: { ags: string; boundary: string | null; boundaryApproximate: boolean }[];
      }>;
      const byAgs = new Map(body.data!.municipalities.map((m) => [m.ags, m]));
      expect(JSON.parse(byAgs.get(laichingen.ags)!.boundary!)).toEqual(outline);
      expect(byAgs.get(laichingen.ags)!.boundaryApproximate).toBe(true);
      expect(byAgs.get(ehingen.ags)).toEqual({
        ags: ehingen.ags,
        boundary: null,
        boundaryApproximate: false,
      });
    } finally {
      await fresh.close();
    }
  });
});
