// Editing the directory over real HTTP: who may, what is refused (nothing stored), and that the public
// listing shows a change at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph, upsertMunicipalities, upsertOrganizations, type GraphEngine } from '@lotse/graph';
import { openTemporaryGraph } from '@lotse/graph/testing';
import { createServer, type RunningServer } from './server.ts';
import { seedBase, TEST_PASSWORD } from './testing/fixture.ts';
import { codeOf, graphqlClient, type Reply } from './testing/http.ts';

const PASSWORD = TEST_PASSWORD;
let engine: GraphEngine;
let dispose: () => Promise<void>;
let server: RunningServer;
const http = graphqlClient(() => server.url);
let asCoordinator: string;

const SERVICE_FIELDS = `id name category subcategory languages cost waitingDays servesAll status archived barrierFree
  responsibleArea { ags } eligibility { minAge maxAge gender targetGroups }
  openingHours { appointmentOnly weekly { day from to } exceptions { date closed note ranges { from to } } }
  organization { id name } municipality { ags }`;
const CREATE_ORG =
  'mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id name kind archived municipality { ags } } }';
const CREATE_SERVICE = `mutation ($input: ServiceInput!) { createService(input: $input) { ${SERVICE_FIELDS} } }`;
const UPDATE_SERVICE = `mutation ($id: ID!, $patch: ServicePatch!) { updateService(id: $id, patch: $patch) { ${SERVICE_FIELDS} } }`;
const LISTING = '{ services(first: 50) { totalCount edges { node { name } } } }';
const field = (reply: Reply) => reply.body.errors?.[0]?.extensions?.field;
const totals = async () => {
  const { nodes } = await countGraph(engine);
  return { organizations: nodes.Organization, services: nodes.Service };
};

const aService = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  name: 'Schwangerschaftsberatung Ehingen',
  category: 'PREGNANCY_COUNSELLING',
  subcategory: 'Schwangerschaftskonfliktberatung',
  municipalityAgs: '08425033',
  lat: 48.283,
  lon: 9.724,
  languages: ['de', 'ar'],
  minAge: 14,
  gender: 'FEMALE',
  openingHours: {
    weekly: [{ day: 'TUE', from: '09:00', to: '12:00' }],
    exceptions: [{ date: '2026-12-24', closed: true, note: 'Heiligabend' }],
  },
  cost: 'FREE',
  waitingDays: 7,
  servesAll: false,
  servesAgs: ['08425033', '08425017'],
  ...overrides,
});

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await seedBase(engine, [
    { username: 'koordination', role: 'coordinator' },
    { username: 'netzwerk', role: 'viewer' },
    { username: 'im.a', role: 'manager', managerId: 'm-a' },
  ]);
  await upsertMunicipalities(engine, [
    {
      ags: '08425017',
      name: 'Blaubeuren',
      district: 'Alb-Donau-Kreis',
      state: 'BW',
      lat: 48.41,
      lon: 9.78,
      population: 1,
    },
  ]);
  server = await createServer({ engine, port: 0, directoryTtlMs: 3_600_000 });
  asCoordinator = await http.login('koordination', PASSWORD);
});
afterAll(async () => {
  await server?.close();
  await dispose?.();
});

describe('editing the directory', () => {
  let organizationId: string;
  let serviceId: string;

  it('a coordinator adds an organisation and a service with every field; the public listing shows it at once', async () => {
    expect((await http.post(LISTING)).body.data?.services).toMatchObject({ totalCount: 0 }); // snapshot taken
    const org = await http.post(
      CREATE_ORG,
      { input: { name: 'Diakonie Ehingen', kind: 'COUNSELLING_PROVIDER', municipalityAgs: '08425033' } },
      asCoordinator,
    );
    expect(org.body.errors).toBeUndefined();
    organizationId = (org.body.data?.createOrganization as { id: string }).id;
    const created = await http.post(CREATE_SERVICE, { input: aService(organizationId) }, asCoordinator);
    expect(created.body.errors).toBeUndefined();
    const service = created.body.data?.createService as Record<string, unknown>;
    serviceId = service.id as string;
    expect(service).toMatchObject({
      category: 'PREGNANCY_COUNSELLING',
      subcategory: 'Schwangerschaftskonfliktberatung',
      languages: ['de', 'ar'],
      cost: 'FREE',
      waitingDays: 7,
      servesAll: false,
      status: 'ACTIVE',
      archived: false,
      barrierFree: false,
      eligibility: { minAge: 14, maxAge: null, gender: 'FEMALE', targetGroups: [] },
      openingHours: {
        appointmentOnly: false,
        weekly: [{ day: 'TUE', from: '09:00', to: '12:00' }],
        exceptions: [{ date: '2026-12-24', closed: true, note: 'Heiligabend', ranges: [] }],
      },
      organization: { id: organizationId, name: 'Diakonie Ehingen' },
    });
    expect((service.responsibleArea as { ags: string }[]).map((m) => m.ags).sort()).toEqual([
      '08425017',
      '08425033',
    ]);
    expect((await http.post(LISTING)).body.data?.services).toEqual({
      totalCount: 1,
      edges: [{ node: { name: 'Schwangerschaftsberatung Ehingen' } }],
    });
  });

  it.each([
    [{ lat: 123 }, 'input.lat'],
    [{ municipalityAgs: '0842503' }, 'input.municipalityAgs'],
    [{ municipalityAgs: '08999999' }, 'input.municipalityAgs'],
    [
      { openingHours: { weekly: [{ day: 'MON', from: '25:00', to: '12:00' }] } },
      'input.openingHours.weekly[0].from',
    ],
    [
      {
        openingHours: {
          weekly: [],
          exceptions: [{ date: '2026-12-24', closed: false, ranges: [{ from: '12:00', to: '09:00' }] }],
        },
      },
      'input.openingHours.exceptions[0].ranges[0].to',
    ],
    [{ minAge: 30, maxAge: 20 }, 'input.maxAge'],
    [{ servesAll: true }, 'input.servesAgs'],
    [{ name: '' }, 'input.name'],
  ])('refuses %j naming %s and stores nothing', async (overrides, path) => {
    const before = await totals();
    const reply = await http.post(
      CREATE_SERVICE,
      { input: aService(organizationId, overrides) },
      asCoordinator,
    );
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(field(reply)).toBe(path);
    expect(await totals()).toEqual(before);
  });

  it.each([
    [{ email: 'keine-mail' }, 'email'],
    [{ email: 'zwei @teile.de' }, 'email'],
    [{ website: 'kein link' }, 'website'],
  ])(
    "an organisation's %j is refused naming patch.%s, and the organisation stays as it was",
    async (patch, name) => {
      const read = async () =>
        (await http.post(`{ organization(id: "${organizationId}") { name email website } }`)).body.data
          ?.organization;
      const before = await read();
      const reply = await http.post(
        'mutation ($id: ID!, $patch: OrganizationPatch!) { updateOrganization(id: $id, patch: $patch) { id } }',
        { id: organizationId, patch: { name: 'Umbenannt', ...patch } },
        asCoordinator,
      );
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(field(reply)).toBe(`patch.${name}`);
      expect(await read()).toEqual(before);
    },
  );

  it('an e-mail address and a website with or without https:// are accepted', async () => {
    const reply = await http.post(
      'mutation ($id: ID!, $patch: OrganizationPatch!) { updateOrganization(id: $id, patch: $patch) { email website } }',
      {
        id: organizationId,
        patch: { email: 'info@diakonie-ehingen.demo.example', website: 'www.diakonie.demo.example/ehingen' },
      },
      asCoordinator,
    );
    expect(reply.body.data?.updateOrganization).toEqual({
      email: 'info@diakonie-ehingen.demo.example',
      website: 'www.diakonie.demo.example/ehingen',
    });
  });

  it('an unknown organisation is refused naming the field', async () => {
    const reply = await http.post(CREATE_SERVICE, { input: aService('org-none') }, asCoordinator);
    expect(field(reply)).toBe('input.organizationId');
  });

  it('updates only what is sent, and stores injection strings verbatim', async () => {
    const injection = '"}) DETACH DELETE n RETURN 1 //';
    const reply = await http.post(
      UPDATE_SERVICE,
      { id: serviceId, patch: { waitingDays: 21, subcategory: injection } },
      asCoordinator,
    );
    expect(reply.body.data?.updateService).toMatchObject({
      waitingDays: 21,
      subcategory: injection,
      languages: ['de', 'ar'],
      cost: 'FREE',
    });
    expect(await totals()).toEqual({ organizations: 2, services: 1 });
  });

  it('viewers, managers and the public cannot edit', async () => {
    for (const cookie of [
      await http.login('netzwerk', PASSWORD),
      await http.login('im.a', PASSWORD),
      undefined,
    ]) {
      const reply = await http.post(UPDATE_SERVICE, { id: serviceId, patch: { waitingDays: 1 } }, cookie);
      expect(codeOf(reply)).toBe(cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
    const read = await http.post(`{ organization(id: "${organizationId}") { services { waitingDays } } }`);
    expect(read.body.data?.organization).toEqual({ services: [{ waitingDays: 21 }] });
  });

  it('viewers, managers and the public cannot add, change or archive an organisation', async () => {
    const before = await totals();
    const name = async () =>
      (await http.post(`{ organization(id: "${organizationId}") { name archived } }`)).body.data
        ?.organization;
    const unchanged = await name();
    for (const cookie of [
      await http.login('netzwerk', PASSWORD),
      await http.login('im.a', PASSWORD),
      undefined,
    ]) {
      const refused = cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      const created = await http.post(
        CREATE_ORG,
        {
          input: {
            name: 'Helferkreis Ohne Recht (Demo)',
            kind: 'HELPER_CIRCLE',
            municipalityAgs: '08425033',
          },
        },
        cookie,
      );
      expect(codeOf(created)).toBe(refused);
      const updated = await http.post(
        'mutation ($id: ID!, $patch: OrganizationPatch!) { updateOrganization(id: $id, patch: $patch) { name } }',
        { id: organizationId, patch: { name: 'Umbenannt ohne Recht' } },
        cookie,
      );
      expect(codeOf(updated)).toBe(refused);
      const archived = await http.post(
        'mutation ($id: ID!) { archiveOrganization(id: $id) { archived } }',
        { id: organizationId },
        cookie,
      );
      expect(codeOf(archived)).toBe(refused);
    }
    expect(await totals()).toEqual(before);
    expect(await name()).toEqual(unchanged);
  });

  it('archiving an organisation archives its services and takes them out of the listing', async () => {
    const reply = await http.post(
      'mutation ($id: ID!) { archiveOrganization(id: $id) { archived services { archived } } }',
      { id: organizationId },
      asCoordinator,
    );
    expect(reply.body.data?.archiveOrganization).toEqual({ archived: true, services: [{ archived: true }] });
    expect((await http.post(LISTING)).body.data?.services).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('listing organisations', () => {
  it('pages through organisations that are not archived, filtered by place and kind, without login', async () => {
    await upsertOrganizations(engine, [
      { id: 'org-hk', name: 'Helferkreis Blaubeuren', kind: 'helper_circle', municipalityAgs: '08425017' },
      { id: 'org-ak', name: 'AK Asyl Ehingen', kind: 'helper_circle', municipalityAgs: '08425033' },
    ]);
    const LIST =
      'query ($m: String, $k: OrganizationKind, $after: String) { organizations(municipalityAgs: $m, kind: $k, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }';
    const first = await http.post(LIST, { k: 'HELPER_CIRCLE' });
    const page1 = first.body.data?.organizations as {
      totalCount: number;
      pageInfo: { endCursor: string; hasNextPage: boolean };
      edges: unknown[];
    };
    expect(page1).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      edges: [{ node: { id: 'org-ak' } }],
    });
    const second = await http.post(LIST, { k: 'HELPER_CIRCLE', after: page1.pageInfo.endCursor });
    expect(second.body.data?.organizations).toMatchObject({
      pageInfo: { hasNextPage: false },
      edges: [{ node: { id: 'org-hk' } }],
    });
    const inEhingen = await http.post(LIST, { m: '08425033', k: 'HELPER_CIRCLE' });
    expect((inEhingen.body.data?.organizations as { totalCount: number }).totalCount).toBe(1);
    // the archived Diakonie from above is not listed
    const all = await http.post('{ organizations(first: 100) { edges { node { name } } } }');
    expect(JSON.stringify(all.body.data)).not.toContain('Diakonie');
  });
  it('an organisation stored with an address from before the check can still be renamed and archived', async () => {
    await upsertOrganizations(engine, [
      {
        id: 'org-alt',
        name: 'Alte Adresse (Demo)',
        kind: 'association',
        municipalityAgs: '08425033',
        email: 'info(at)alt.demo.example',
        website: 'siehe Aushang',
      },
    ]);
    const renamed = await http.post(
      'mutation ($id: ID!, $patch: OrganizationPatch!) { updateOrganization(id: $id, patch: $patch) { name email } }',
      { id: 'org-alt', patch: { name: 'Alte Adresse e. V. (Demo)' } },
      asCoordinator,
    );
    expect(renamed.body.data?.updateOrganization).toEqual({
      name: 'Alte Adresse e. V. (Demo)',
      email: 'info(at)alt.demo.example',
    });
    const archived = await http.post(
      'mutation ($id: ID!) { archiveOrganization(id: $id) { archived } }',
      { id: 'org-alt' },
      asCoordinator,
    );
    expect(archived.body.data?.archiveOrganization).toEqual({ archived: true });
  });
});
