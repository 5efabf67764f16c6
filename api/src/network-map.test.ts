// The network map over real HTTP on the embedded engine: which actors and ties a scope draws, the metrics
// against values computed by hand, the kinds filter, ego networks, the side panel, validation, the node
// limit, and merging two organisations (who may, what moves, that nothing is lost).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countGraph,
  listAuditEvents,
  recordContacts,
  recordMeetings,
  recordReferrals,
  upsertClients,
  upsertManagers,
  upsertMunicipalities,
  upsertOrganizations,
  upsertServices,
  type ContactInput,
  type GraphEngine,
} from '@lotse/graph';
import { openTemporaryGraph } from '@lotse/graph/testing';
import { createServer, type RunningServer } from './server.ts';
import { NETWORK_NODE_LIMIT } from './services/network-map.ts';
import { EHINGEN, seedBase, TEST_PASSWORD } from './testing/fixture.ts';
import { codeOf, graphqlClient, type Reply } from './testing/http.ts';

let engine: GraphEngine;
let dispose: () => Promise<void>;
let server: RunningServer;
const http = graphqlClient(() => server.url);
const cookies: Record<string, string> = {};
const field = (reply: Reply) => reply.body.errors?.[0]?.extensions?.field;

const ULM = { ...EHINGEN, ags: '08421000', name: 'Ulm', lat: 48.4, lon: 9.99, population: 126_000 };
const YEAR = { from: '2019-07-01', to: '2020-06-30' };
const inYear = (month: number, day = 10) => Date.UTC(month >= 7 ? 2019 : 2020, month - 1, day, 9);

let contactCount = 0;
const contact = (from: string, to: string, at: number, extra: Partial<ContactInput> = {}): ContactInput => ({
  id: `c-${++contactCount}`,
  fromLabel: from.startsWith('m-') ? 'Manager' : 'Organization',
  fromId: from,
  toLabel: to.startsWith('m-') ? 'Manager' : 'Organization',
  toId: to,
  at,
  channel: 'phone',
  topic: 'Netzwerk',
  ...extra,
});

const NETWORK = `query ($scope: NetworkScope!, $period: NetworkPeriod!, $kinds: [NetworkActorKind!]) {
  network(scope: $scope, period: $period, kinds: $kinds) {
    nodes { key label id name kind groupAgs degree contacts betweenness articulation isolated component community }
    edges { source target contacts lastContact bridge }
    edgeColumns { source target contacts lastContact bridge }
    summary { nodes edges components communities isolated articulationPoints density averageDegree modularity }
    nodeLimit } }`;

interface NodeView {
  key: string;
  degree: number;
  contacts: number;
  betweenness: number;
  articulation: boolean;
  isolated: boolean;
  component: number;
  groupAgs: string;
  kind: string;
}
interface MapView {
  nodes: NodeView[];
  edges: { source: string; target: string; contacts: number; lastContact: string; bridge: boolean }[];
  edgeColumns: {
    source: number[];
    target: number[];
    contacts: number[];
    lastContact: string[];
    bridge: boolean[];
  };
  summary: Record<string, number>;
  nodeLimit: number;
}

async function map(variables: Record<string, unknown>, user = 'netzwerk'): Promise<MapView> {
  const reply = await http.post(NETWORK, { period: YEAR, ...variables }, cookies[user]);
  expect(reply.body.errors).toBeUndefined();
  const view = reply.body.data?.network as MapView;
  // Every map read here also checks that its ties as columns are its edges, position by position.
  const columns = view.edgeColumns;
  expect(Object.values(columns).map((column) => column.length)).toEqual(Array(5).fill(view.edges.length));
  expect(
    columns.source.map((source, i) => ({
      source: view.nodes[source]?.key,
      target: view.nodes[columns.target[i]!]?.key,
      contacts: columns.contacts[i],
      lastContact: columns.lastContact[i],
      bridge: columns.bridge[i],
    })),
  ).toEqual(view.edges);
  return view;
}
const node = (view: MapView, key: string) => view.nodes.find((n) => n.key === key)!;
const keys = (view: MapView) => view.nodes.map((n) => n.key);

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await seedBase(engine, [
    { username: 'koordination', role: 'coordinator' },
    { username: 'verwaltung', role: 'admin' },
    { username: 'netzwerk', role: 'viewer' },
    { username: 'im.a', role: 'manager', managerId: 'm-a' },
  ]);
  await upsertMunicipalities(engine, [ULM]);
  const org = (id: string, kind: string, municipalityAgs = EHINGEN.ags, archived = false) => ({
    id,
    name: `Name ${id}`,
    kind: kind as 'other',
    municipalityAgs,
    archived,
  });
  await upsertOrganizations(engine, [
    org('org-hk', 'helper_circle'),
    org('org-jc', 'job_centre'),
    org('org-abh', 'immigration_office'),
    org('org-iso', 'helper_circle'),
    org('org-old', 'association', EHINGEN.ags, true),
    org('org-mbe', 'counselling_provider', ULM.ags),
  ]);
  await upsertManagers(engine, [
    { id: 'm-u', name: 'IM Ulm', organizationId: 'org-lra', coversAgs: [ULM.ags, EHINGEN.ags] },
  ]);
  // In Ehingen a tree: org-hk – m-a – m-b – org-abh, org-jc on m-a, org-lra on m-b; org-iso alone.
  await recordContacts(engine, [
    contact('m-a', 'org-hk', inYear(8)),
    contact('org-hk', 'm-a', inYear(9)),
    contact('m-a', 'org-hk', inYear(3, 5)),
    contact('m-a', 'org-jc', inYear(10)),
    contact('m-a', 'm-b', inYear(11)),
    contact('m-b', 'm-a', inYear(12)),
    contact('org-abh', 'm-b', inYear(1)),
    contact('m-b', 'org-lra', inYear(2)),
    // outside the period: org-iso is isolated in it
    contact('org-iso', 'm-a', Date.UTC(2018, 5, 1)),
    contact('m-a', 'org-iso', Date.UTC(2020, 6, 1, 12)),
    // with an archived organisation: never drawn
    contact('m-a', 'org-old', inYear(4)),
    // with Ulm: drawn only when Ulm is on the map
    contact('m-a', 'org-mbe', inYear(5)),
    contact('org-mbe', 'm-a', inYear(6, 1)),
  ]);
  server = await createServer({ engine, port: 0 });
  for (const user of ['koordination', 'verwaltung', 'netzwerk', 'im.a'])
    cookies[user] = await http.login(user, TEST_PASSWORD);
});
afterAll(async () => {
  await server?.close();
  await dispose?.();
});

describe('the network map', () => {
  it('draws the actors of a municipality with their ties in the period and hand-computed metrics', async () => {
    const view = await map({ scope: { municipalityAgs: [EHINGEN.ags] } });
    expect(keys(view)).toEqual([
      'MANAGER:m-a',
      'MANAGER:m-b',
      'MANAGER:m-u',
      'ORGANIZATION:org-abh',
      'ORGANIZATION:org-hk',
      'ORGANIZATION:org-iso',
      'ORGANIZATION:org-jc',
      'ORGANIZATION:org-lra',
    ]);
    const a = node(view, 'MANAGER:m-a');
    // org-hk, org-jc, m-b; Ulm and the archived association are not on the map
    expect(a).toMatchObject({ degree: 3, contacts: 6, articulation: true, isolated: false, component: 0 });
    // n = 8 (m-u and org-iso isolated); pairs through m-a: {hk, jc} × {b, abh, lra} + hk–jc = 7
    expect(a.betweenness).toBeCloseTo((2 * 7) / (7 * 6), 10);
    expect(node(view, 'MANAGER:m-b').betweenness).toBeCloseTo((2 * 7) / (7 * 6), 10);
    expect(node(view, 'ORGANIZATION:org-hk')).toMatchObject({ degree: 1, contacts: 3, betweenness: 0 });
    for (const isolated of ['ORGANIZATION:org-iso', 'MANAGER:m-u'])
      expect(node(view, isolated)).toMatchObject({ isolated: true, degree: 0, contacts: 0 });
    expect(node(view, 'ORGANIZATION:org-iso').component).toBeGreaterThan(0);
    expect(view.edges).toContainEqual({
      source: 'MANAGER:m-a',
      target: 'ORGANIZATION:org-hk',
      contacts: 3,
      lastContact: new Date(inYear(3, 5)).toISOString(),
      bridge: true,
    });
    expect(view.edges).toHaveLength(5);
    expect(view.edges.every((e) => e.bridge)).toBe(true);
    expect(view.summary).toMatchObject({
      nodes: 8,
      edges: 5,
      components: 3,
      isolated: 2,
      articulationPoints: 2,
      averageDegree: 10 / 8,
    });
    expect(view.summary.density).toBeCloseTo(5 / 28, 10);
    expect(view.nodeLimit).toBe(NETWORK_NODE_LIMIT);
    // a manager covering Ulm and Ehingen is grouped under the scope's municipality
    expect(node(view, 'MANAGER:m-u').groupAgs).toBe(EHINGEN.ags);
  });

  it('contacts with actors outside the scope are not drawn; with both municipalities they are', async () => {
    const both = await map({ scope: { municipalityAgs: [EHINGEN.ags, ULM.ags] } });
    expect(node(both, 'MANAGER:m-a')).toMatchObject({ degree: 4, contacts: 8 });
    expect(node(both, 'ORGANIZATION:org-mbe')).toMatchObject({ degree: 1, contacts: 2, groupAgs: ULM.ags });
    // m-u covers both: grouped under the first covered one in AGS order
    expect(node(both, 'MANAGER:m-u').groupAgs).toBe(ULM.ags);
    expect(keys(both)).not.toContain('ORGANIZATION:org-old');
  });

  it('the district draws every actor that is not archived', async () => {
    const district = await map({ scope: { district: true } });
    expect(district.nodes).toHaveLength(9);
    expect(keys(district)).not.toContain('ORGANIZATION:org-old');
    expect(district.edges).toHaveLength(6);
  });

  it('kinds keep only those actors and the ties among them, before the metrics', async () => {
    const view = await map({
      scope: { municipalityAgs: [EHINGEN.ags] },
      kinds: ['MANAGER', 'HELPER_CIRCLE'],
    });
    expect(keys(view)).toEqual([
      'MANAGER:m-a',
      'MANAGER:m-b',
      'MANAGER:m-u',
      'ORGANIZATION:org-hk',
      'ORGANIZATION:org-iso',
    ]);
    expect(node(view, 'MANAGER:m-a')).toMatchObject({ degree: 2, contacts: 5 });
    // the path org-hk – m-a – m-b: m-a lies on one of the C(4, 2) = 6 … of n = 5: 2 · 1 / (4 · 3)
    expect(node(view, 'MANAGER:m-a').betweenness).toBeCloseTo(2 / 12, 10);
    expect(node(view, 'MANAGER:m-b')).toMatchObject({ degree: 1, articulation: false });
    expect(view.edges.map((e) => [e.source, e.target])).toEqual([
      ['MANAGER:m-a', 'MANAGER:m-b'],
      ['MANAGER:m-a', 'ORGANIZATION:org-hk'],
    ]);
  });

  it('an ego network reaches partners in one step and their partners in two', async () => {
    const one = await map({ scope: { ego: { label: 'ORGANIZATION', id: 'org-mbe' }, steps: 1 } });
    expect(keys(one)).toEqual(['MANAGER:m-a', 'ORGANIZATION:org-mbe']);
    const two = await map({ scope: { ego: { label: 'ORGANIZATION', id: 'org-mbe' }, steps: 2 } });
    expect(keys(two)).toEqual([
      'MANAGER:m-a',
      'MANAGER:m-b',
      'ORGANIZATION:org-hk',
      'ORGANIZATION:org-jc',
      'ORGANIZATION:org-mbe',
    ]);
    expect(two.edges).toHaveLength(4);
    expect(node(two, 'MANAGER:m-a').articulation).toBe(true);
    // the default is one step
    expect(keys(await map({ scope: { ego: { label: 'MANAGER', id: 'm-b' } } }))).toEqual([
      'MANAGER:m-a',
      'MANAGER:m-b',
      'ORGANIZATION:org-abh',
      'ORGANIZATION:org-lra',
    ]);
  });

  it.each([
    [{ scope: { district: true, municipalityAgs: [EHINGEN.ags] } }, 'scope'],
    [{ scope: {} }, 'scope'],
    [{ scope: { district: false } }, 'scope'],
    [{ scope: { ego: { label: 'MANAGER', id: 'm-a' }, steps: 3 } }, 'scope.steps'],
    [{ scope: { district: true, steps: 2 } }, 'scope.steps'],
    [{ scope: { municipalityAgs: ['8425033'] } }, 'scope.municipalityAgs[0]'],
    [{ scope: { municipalityAgs: [] } }, 'scope.municipalityAgs'],
    [{ scope: { ego: { label: 'MANAGER', id: 'm-none' } } }, 'scope.ego.id'],
    [{ scope: { ego: { label: 'ORGANIZATION', id: 'org-old' } } }, 'scope.ego.id'],
    [{ scope: { district: true }, period: { from: '2020-06-30', to: '2019-07-01' } }, 'period.from'],
    [{ scope: { district: true }, period: { from: '2014-01-01', to: '2019-12-31' } }, 'period.to'],
    [{ scope: { district: true }, period: { from: '2019-02-30', to: '2019-12-31' } }, 'period.from'],
  ])('refuses %j naming %s', async (variables, path) => {
    const reply = await http.post(NETWORK, { period: YEAR, ...variables }, cookies['netzwerk']);
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(field(reply)).toBe(path);
  });

  it('every logged-in role may read the map; the public may not', async () => {
    for (const user of ['koordination', 'verwaltung', 'netzwerk', 'im.a'])
      expect((await map({ scope: { district: true } }, user)).nodes.length).toBeGreaterThan(0);
    expect(codeOf(await http.post(NETWORK, { scope: { district: true }, period: YEAR }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a map is kept until the next change through the API; then a contact written elsewhere shows too', async () => {
    const ehingen2023 = {
      scope: { municipalityAgs: [EHINGEN.ags] },
      period: { from: '2023-01-01', to: '2023-12-31' },
    };
    const ties = (view: MapView) => view.edges.map((e) => [e.source, e.target].sort().join(' ')).sort();
    expect(ties(await map(ehingen2023))).toEqual([]);
    // Written into the graph directly, as the seeds command or another API instance would.
    await recordContacts(engine, [contact('m-a', 'org-iso', Date.UTC(2023, 2, 1, 9))]);
    expect(ties(await map(ehingen2023))).toEqual([]); // the kept map, within the TTL
    cookies['koordination'] = await http.login('koordination', TEST_PASSWORD); // a login changes no map
    // Nor a mutation without a login (refused) …
    const anonymous = await http.post(
      'mutation { mergeOrganizations(keepId: "org-hk", mergeId: "org-iso", apply: false) { applied } }',
    );
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(ties(await map(ehingen2023))).toEqual([]);
    // … nor a manager's casework (here refused after validation: no such case).
    const casework = await http.post(
      'mutation ($id: ID!) { closeCase(id: $id, input: { outcome: "own tenancy", closedOn: "2023-03-01" }) { id } }',
      { id: 'cl-none' },
      cookies['im.a'],
    );
    expect(casework.body.errors?.length).toBeGreaterThan(0);
    expect(ties(await map(ehingen2023))).toEqual([]);
    const recorded = await http.post(
      'mutation ($input: ContactInput!) { recordContact(input: $input) { id } }',
      {
        input: {
          from: { label: 'MANAGER', id: 'm-a' },
          to: { label: 'ORGANIZATION', id: 'org-hk' },
          at: '2023-03-02T10:00:00.000Z',
          channel: 'PHONE',
          topic: 'Netzwerk',
        },
      },
      cookies['koordination'],
    );
    expect(recorded.body.errors).toBeUndefined();
    expect(ties(await map(ehingen2023))).toEqual([
      'MANAGER:m-a ORGANIZATION:org-hk',
      'MANAGER:m-a ORGANIZATION:org-iso',
    ]);
  });
});

describe('the side panel', () => {
  const ACTOR = `query ($label: ActorLabel!, $id: ID!, $period: NetworkPeriod!) {
    networkActor(label: $label, id: $id) { key label id name kind
      organization { id name } manager { id employer { id } }
      contactsByMonth(period: $period) { month count } } }`;

  it('shows an organisation or a manager with contacts per Berlin month, every month listed', async () => {
    const hk = await http.post(
      ACTOR,
      { label: 'ORGANIZATION', id: 'org-hk', period: { from: '2019-08-01', to: '2020-03-31' } },
      cookies['netzwerk'],
    );
    expect(hk.body.data?.networkActor).toEqual({
      key: 'ORGANIZATION:org-hk',
      label: 'ORGANIZATION',
      id: 'org-hk',
      name: 'Name org-hk',
      kind: 'HELPER_CIRCLE',
      organization: { id: 'org-hk', name: 'Name org-hk' },
      manager: null,
      contactsByMonth: [
        { month: '2019-08', count: 1 },
        { month: '2019-09', count: 1 },
        { month: '2019-10', count: 0 },
        { month: '2019-11', count: 0 },
        { month: '2019-12', count: 0 },
        { month: '2020-01', count: 0 },
        { month: '2020-02', count: 0 },
        { month: '2020-03', count: 1 },
      ],
    });
    // 30 June 2020, 23:30 UTC is 1 July in Berlin: in July's count, outside a period ending in June
    await recordContacts(engine, [contact('m-b', 'm-u', Date.UTC(2020, 5, 30, 23, 30))]);
    const mu = await http.post(
      ACTOR,
      { label: 'MANAGER', id: 'm-u', period: { from: '2020-06-01', to: '2020-07-31' } },
      cookies['im.a'],
    );
    expect(mu.body.data?.networkActor).toMatchObject({
      kind: 'MANAGER',
      manager: { id: 'm-u', employer: { id: 'org-lra' } },
      organization: null,
      contactsByMonth: [
        { month: '2020-06', count: 0 },
        { month: '2020-07', count: 1 },
      ],
    });
    const nobody = await http.post(
      ACTOR,
      { label: 'MANAGER', id: 'm-none', period: YEAR },
      cookies['netzwerk'],
    );
    expect(nobody.body.data?.networkActor).toBeNull();
  });
});

describe('merging two organisations', () => {
  const MERGE = `mutation ($keepId: ID!, $mergeId: ID!, $apply: Boolean!) {
    mergeOrganizations(keepId: $keepId, mergeId: $mergeId, apply: $apply) {
      kept { id name services { id } } mergedId contacts contactsBetween services meetings referrals employees applied } }`;
  const at = Date.UTC(2021, 2, 1, 10);

  beforeAll(async () => {
    await upsertOrganizations(engine, [
      { id: 'org-car', name: 'Caritas Ehingen', kind: 'counselling_provider', municipalityAgs: EHINGEN.ags },
      {
        id: 'org-car2',
        name: 'Caritasverband Ehingen',
        kind: 'counselling_provider',
        municipalityAgs: EHINGEN.ags,
      },
    ]);
    const service = (id: string, organizationId: string) => ({
      id,
      organizationId,
      name: `Beratung ${id}`,
      category: 'debt_counselling' as const,
      municipalityAgs: EHINGEN.ags,
      lat: 48.28,
      lon: 9.72,
    });
    await upsertServices(engine, [
      service('svc-car', 'org-car'),
      service('svc-car2-a', 'org-car2'),
      service('svc-car2-b', 'org-car2'),
    ]);
    await upsertManagers(engine, [
      { id: 'm-car', name: 'IM Caritas', organizationId: 'org-car2', coversAgs: [EHINGEN.ags] },
    ]);
    await upsertClients(engine, [
      {
        id: 'cl-1',
        caseCode: 'MRG-0001',
        managerId: 'm-a',
        municipalityAgs: EHINGEN.ags,
        household: 'single',
        householdSize: 1,
        minors: 0,
        openedOn: '2021-01-10',
      },
    ]);
    await recordReferrals(
      engine,
      [
        ['r-1', 'svc-car2-a'],
        ['r-2', 'svc-car2-b'],
        ['r-3', 'svc-car'],
      ].map(([id, serviceId]) => ({
        id: id!,
        clientId: 'cl-1',
        serviceId: serviceId!,
        at,
        statusAt: at,
        need: 'debt_counselling' as const,
        status: 'sent' as const,
        by: 'im.a',
      })),
    );
    await recordContacts(engine, [
      contact('m-a', 'org-car2', at),
      contact('org-car2', 'm-b', at + 1),
      contact('org-jc', 'org-car2', at + 2),
      contact('org-car2', 'org-hk', at + 3, { channel: 'email', topic: 'Sprachkurse' }),
      contact('org-car', 'org-car2', at + 4),
      contact('m-a', 'org-car', at + 5),
    ]);
    await recordMeetings(engine, [
      {
        id: 'mt-1',
        title: 'AK Schulden',
        kind: 'working_group',
        date: '2021-02-01',
        municipalityAgs: EHINGEN.ags,
        attendees: [{ label: 'Organization', id: 'org-car2' }],
      },
      {
        id: 'mt-2',
        title: 'Netzwerktreffen',
        kind: 'network_meeting',
        date: '2021-02-15',
        municipalityAgs: EHINGEN.ags,
        attendees: [
          { label: 'Organization', id: 'org-car2' },
          { label: 'Organization', id: 'org-car' },
        ],
      },
    ]);
  });

  const variables = (apply: boolean) => ({ keepId: 'org-car', mergeId: 'org-car2', apply });

  it('viewers and managers cannot merge, not even preview; nothing changes', async () => {
    const before = await countGraph(engine);
    for (const user of ['netzwerk', 'im.a'])
      for (const apply of [false, true])
        expect(codeOf(await http.post(MERGE, variables(apply), cookies[user]))).toBe('FORBIDDEN');
    expect(codeOf(await http.post(MERGE, variables(true)))).toBe('UNAUTHENTICATED');
    const after = await countGraph(engine);
    // Only the refused attempts to apply were written down: one audit event each.
    expect(after).toEqual({ ...before, nodes: { ...before.nodes, AuditEvent: before.nodes.AuditEvent + 2 } });
    const denied = await listAuditEvents(engine, { actor: 'netzwerk', limit: 10 });
    expect(denied).toContainEqual(
      expect.objectContaining({ operation: 'organization.merge', allowed: false }),
    );
  });

  it.each([
    [{ keepId: 'org-car', mergeId: 'org-car' }, 'mergeId'],
    [{ keepId: 'org-none', mergeId: 'org-car2' }, 'keepId'],
    [{ keepId: 'org-car', mergeId: 'org-none' }, 'mergeId'],
    [{ keepId: 'org-old', mergeId: 'org-car2' }, 'keepId'],
    [{ keepId: 'org-car', mergeId: 'org-old' }, 'mergeId'],
  ])('refuses %j naming %s', async (ids, path) => {
    const before = await countGraph(engine);
    const reply = await http.post(MERGE, { ...ids, apply: true }, cookies['koordination']);
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(field(reply)).toBe(path);
    expect(await countGraph(engine)).toEqual(before);
  });

  it('the preview equals what the merge moves, and no relationship is lost', async () => {
    const before = await countGraph(engine);
    const preview = await http.post(MERGE, variables(false), cookies['koordination']);
    const expected = {
      mergedId: 'org-car2',
      contacts: 4,
      contactsBetween: 1,
      services: 2,
      meetings: 2,
      referrals: 2,
      employees: 1,
    };
    expect(preview.body.data?.mergeOrganizations).toMatchObject({ ...expected, applied: false });
    expect(await countGraph(engine)).toEqual(before);

    const applied = await http.post(MERGE, variables(true), cookies['koordination']);
    expect(applied.body.errors).toBeUndefined();
    const report = applied.body.data?.mergeOrganizations as Record<string, unknown>;
    const { applied: previewApplied, ...previewCounts } = preview.body.data?.mergeOrganizations as Record<
      string,
      unknown
    >;
    const { applied: wasApplied, kept, ...appliedCounts } = report;
    expect(previewApplied).toBe(false);
    expect(wasApplied).toBe(true);
    expect({ ...appliedCounts, kept: undefined }).toEqual({ ...previewCounts, kept: undefined });
    expect(kept).toMatchObject({
      id: 'org-car',
      services: expect.arrayContaining([{ id: 'svc-car' }, { id: 'svc-car2-a' }, { id: 'svc-car2-b' }]),
    });

    // Every relationship is still there; only the shared meeting's second attendance is folded into one.
    const after = await countGraph(engine);
    expect(after.relationships).toEqual({
      ...before.relationships,
      ATTENDED: before.relationships.ATTENDED - 1,
    });
    expect(after.nodes).toEqual({ ...before.nodes, AuditEvent: after.nodes.AuditEvent });

    // The kept organisation now has the contacts (as the map of 2021 shows), the merged one is archived.
    const view = await map({
      scope: { municipalityAgs: [EHINGEN.ags] },
      period: { from: '2021-01-01', to: '2021-12-31' },
    });
    expect(keys(view)).not.toContain('ORGANIZATION:org-car2');
    expect(node(view, 'ORGANIZATION:org-car')).toMatchObject({ degree: 4, contacts: 5 });
    expect(view.edges).toContainEqual(
      expect.objectContaining({ source: 'MANAGER:m-a', target: 'ORGANIZATION:org-car', contacts: 2 }),
    );
    // The directory lists the moved services under the kept organisation at once (cache invalidated).
    const listed = await http.post(
      '{ services(first: 100) { edges { node { id organization { id } } } } }',
      {},
    );
    const owners = Object.fromEntries(
      (
        listed.body.data?.services as { edges: { node: { id: string; organization: { id: string } } }[] }
      ).edges.map((e) => [e.node.id, e.node.organization.id]),
    );
    expect(owners).toMatchObject({ 'svc-car2-a': 'org-car', 'svc-car2-b': 'org-car' });
    // A manager of the merged organisation now works for the kept one.
    const managers = await http.post('{ managers { id employer { id } } }', {}, cookies['netzwerk']);
    expect(managers.body.data?.managers).toContainEqual({ id: 'm-car', employer: { id: 'org-car' } });
    // Audited: who merged which two organisations.
    expect(await listAuditEvents(engine, { actor: 'koordination', limit: 5 })).toContainEqual(
      expect.objectContaining({
        operation: 'organization.merge',
        caseIds: ['org-car', 'org-car2'],
        allowed: true,
      }),
    );
    // Merged once: a second merge names the archived organisation.
    expect(field(await http.post(MERGE, variables(false), cookies['verwaltung']))).toBe('mergeId');
  });
});

describe('the node limit', () => {
  it('refuses a map above the limit with a message suggesting a narrower scope', async () => {
    const big = { ...EHINGEN, ags: '08425999', name: 'Großgemeinde' };
    await upsertMunicipalities(engine, [big]);
    await upsertOrganizations(
      engine,
      Array.from({ length: NETWORK_NODE_LIMIT + 1 }, (_, i) => ({
        id: `org-big-${i}`,
        name: `Verein ${i}`,
        kind: 'association' as const,
        municipalityAgs: big.ags,
      })),
    );
    for (const scope of [{ municipalityAgs: [big.ags] }, { district: true }]) {
      const reply = await http.post(NETWORK, { scope, period: YEAR }, cookies['koordination']);
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(field(reply)).toBe('scope');
      expect(reply.body.errors?.[0]?.message).toMatch(/Gemeinde.*Ego-Netzwerk.*municipalit.*ego network/s);
      expect(reply.body.errors?.[0]?.extensions?.nodeLimit).toBe(NETWORK_NODE_LIMIT);
    }
    // Filtered to fewer kinds, the same municipality fits.
    const filtered = await map({ scope: { municipalityAgs: [big.ags] }, kinds: ['MANAGER'] }, 'koordination');
    expect(filtered.nodes).toEqual([]);
  });
});
