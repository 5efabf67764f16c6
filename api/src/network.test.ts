// Recording contacts and meetings over real HTTP: who may, what is refused (nothing stored), and that
// the stored events read back from the graph as sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countGraph,
  municipalityNetwork,
  upsertManagers,
  upsertOrganizations,
  type GraphEngine,
} from '@lotse/graph';
import { openTemporaryGraph } from '@lotse/graph/testing';
import { createServer, type RunningServer } from './server.ts';
import { seedBase, TEST_PASSWORD } from './testing/fixture.ts';
import { codeOf, graphqlClient, type Reply } from './testing/http.ts';

const PASSWORD = TEST_PASSWORD;
let engine: GraphEngine;
let dispose: () => Promise<void>;
let server: RunningServer;
const http = graphqlClient(() => server.url);
const cookies: Record<string, string> = {};

const CONTACT =
  'mutation ($input: ContactInput!) { recordContact(input: $input) { id from { label id } to { label id } at channel topic } }';
const MEETING =
  'mutation ($input: MeetingInput!) { recordMeeting(input: $input) { id title kind date municipality { name } attendees { label id } } }';
const field = (reply: Reply) => reply.body.errors?.[0]?.extensions?.field;
const totals = async () => {
  const { nodes, relationships } = await countGraph(engine);
  return { meetings: nodes.Meeting, contacts: relationships.CONTACT, attended: relationships.ATTENDED };
};
const contact = (overrides: Record<string, unknown> = {}) => ({
  from: { label: 'MANAGER', id: 'm-a' },
  to: { label: 'ORGANIZATION', id: 'org-hk' },
  at: '2026-11-10T10:00:00.000Z',
  channel: 'PHONE',
  topic: 'Patenschaften',
  ...overrides,
});

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await seedBase(engine, [
    { username: 'koordination', role: 'coordinator' },
    { username: 'netzwerk', role: 'viewer' },
    { username: 'im.a', role: 'manager', managerId: 'm-a' },
  ]);
  await upsertOrganizations(engine, [
    { id: 'org-hk', name: 'Helferkreis Ehingen', kind: 'helper_circle', municipalityAgs: '08425033' },
  ]);
  server = await createServer({ engine, port: 0 });
  for (const user of ['koordination', 'netzwerk', 'im.a']) cookies[user] = await http.login(user, PASSWORD);
});
afterAll(async () => {
  await server?.close();
  await dispose?.();
});

describe('contacts', () => {
  it('a manager records their own contact; it is in the municipality network as sent', async () => {
    const injection = "x'}) MATCH (n) DETACH DELETE n //";
    const reply = await http.post(CONTACT, { input: contact({ topic: injection }) }, cookies['im.a']);
    expect(reply.body.data?.recordContact).toMatchObject({
      from: { label: 'MANAGER', id: 'm-a' },
      to: { label: 'ORGANIZATION', id: 'org-hk' },
      at: '2026-11-10T10:00:00.000Z',
      channel: 'PHONE',
      topic: injection,
    });
    const network = await municipalityNetwork(engine, {
      ags: '08425033',
      from: Date.UTC(2026, 10, 1),
      to: Date.UTC(2026, 11, 1),
    });
    expect(network.contacts).toHaveLength(1);
    expect(network.contacts[0]).toMatchObject({ at: Date.UTC(2026, 10, 10, 10), channel: 'phone' });
  });

  it("a manager cannot record another manager's contact; a viewer none; a coordinator anybody's", async () => {
    const before = await totals();
    expect(
      codeOf(
        await http.post(
          CONTACT,
          { input: contact({ from: { label: 'MANAGER', id: 'm-b' } }) },
          cookies['im.a'],
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await http.post(
          CONTACT,
          { input: contact({ from: { label: 'ORGANIZATION', id: 'org-lra' } }) },
          cookies['im.a'],
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await http.post(CONTACT, { input: contact() }, cookies['netzwerk']))).toBe('FORBIDDEN');
    expect(codeOf(await http.post(CONTACT, { input: contact() }))).toBe('UNAUTHENTICATED');
    expect(await totals()).toEqual(before);
    const ok = await http.post(
      CONTACT,
      { input: contact({ from: { label: 'MANAGER', id: 'm-b' }, channel: 'MEETING' }) },
      cookies['koordination'],
    );
    expect(ok.body.errors).toBeUndefined();
    expect((await totals()).contacts).toBe(before.contacts + 1);
  });

  it.each([
    [{ to: { label: 'MANAGER', id: 'm-a' } }, 'input.toId'],
    [{ to: { label: 'ORGANIZATION', id: 'org-none' } }, 'input.toId'],
    [{ topic: 'x'.repeat(301) }, 'input.topic'],
    [{ at: '10.11.2026' }, 'input.at'],
  ])('refuses %j naming %s and stores nothing', async (overrides, path) => {
    const before = await totals();
    const reply = await http.post(CONTACT, { input: contact(overrides) }, cookies['koordination']);
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(field(reply)).toBe(path);
    expect(await totals()).toEqual(before);
  });
});

describe('meetings', () => {
  const meeting = (overrides: Record<string, unknown> = {}) => ({
    title: 'Netzwerktreffen Ehingen',
    kind: 'NETWORK_MEETING',
    date: '2026-11-18',
    municipalityAgs: '08425033',
    attendees: [
      { label: 'MANAGER', id: 'm-a' },
      { label: 'ORGANIZATION', id: 'org-hk' },
    ],
    ...overrides,
  });

  it('a coordinator records a meeting with its attendees', async () => {
    const before = await totals();
    const reply = await http.post(MEETING, { input: meeting() }, cookies['koordination']);
    expect(reply.body.data?.recordMeeting).toMatchObject({
      title: 'Netzwerktreffen Ehingen',
      kind: 'NETWORK_MEETING',
      date: '2026-11-18',
      municipality: { name: 'Ehingen (Donau)' },
      attendees: [
        { label: 'MANAGER', id: 'm-a' },
        { label: 'ORGANIZATION', id: 'org-hk' },
      ],
    });
    expect(await totals()).toEqual({
      ...before,
      meetings: before.meetings + 1,
      attended: before.attended + 2,
    });
  });

  it('managers and viewers cannot; an unknown attendee or place is refused naming the field', async () => {
    const before = await totals();
    expect(codeOf(await http.post(MEETING, { input: meeting() }, cookies['im.a']))).toBe('FORBIDDEN');
    expect(codeOf(await http.post(MEETING, { input: meeting() }, cookies['netzwerk']))).toBe('FORBIDDEN');
    const place = await http.post(
      MEETING,
      { input: meeting({ municipalityAgs: '08999999' }) },
      cookies['koordination'],
    );
    expect(field(place)).toBe('input.municipalityAgs');
    const nobody = await http.post(
      MEETING,
      { input: meeting({ attendees: [{ label: 'MANAGER', id: 'm-none' }] }) },
      cookies['koordination'],
    );
    expect(codeOf(nobody)).toBe('BAD_USER_INPUT');
    expect(String(field(nobody))).toMatch(/^input\.attendees/);
    expect(await totals()).toEqual(before);
  });

  it('logged-in users list meetings newest first, filtered and paged; the public cannot', async () => {
    for (const [title, kind, date] of [
      ['AK Sprache März', 'WORKING_GROUP', '2025-03-10'],
      ['Netzwerktreffen Juni', 'NETWORK_MEETING', '2025-06-01'],
      ['Steuerungsgruppe Juni', 'STEERING_GROUP', '2025-06-01'],
    ])
      expect(
        (await http.post(MEETING, { input: meeting({ title, kind, date }) }, cookies['koordination'])).body
          .errors,
      ).toBeUndefined();
    const LIST = `query ($kind: MeetingKind, $from: Date, $to: Date, $first: Int, $after: String) {
      meetings(municipalityAgs: "08425033", kind: $kind, from: $from, to: $to, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { title kind date municipality { ags } attendees { label id } } } } }`;
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { title: string; date: string; attendees: unknown[] } }[];
    };
    const list = async (variables: Record<string, unknown>, cookie = cookies['netzwerk']) =>
      (await http.post(LIST, variables, cookie)).body.data?.meetings as Page;

    const year2025 = await list({ from: '2025-01-01', to: '2025-12-31' });
    expect(year2025.totalCount).toBe(3);
    // Newest first; the same day in id order, so the order is stable (the two June meetings).
    expect(year2025.edges.map((e) => e.node.date)).toEqual(['2025-06-01', '2025-06-01', '2025-03-10']);
    expect(year2025.edges[0]!.node.attendees).toEqual([
      { label: 'MANAGER', id: 'm-a' },
      { label: 'ORGANIZATION', id: 'org-hk' },
    ]);
    const working = await list({ kind: 'WORKING_GROUP' });
    expect(working.edges.map((e) => e.node.title)).toEqual(['AK Sprache März']);

    // Page by page: every meeting once, in the order of the whole list.
    const whole = (await list({ first: 100 })).edges.map((e) => e.node.title);
    const paged: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page: Page = await list({ first: 1, after });
      paged.push(...page.edges.map((e) => e.node.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
    expect(whole.length).toBeGreaterThanOrEqual(4);

    const backwards = await http.post(LIST, { from: '2025-12-31', to: '2025-01-01' }, cookies['netzwerk']);
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(field(backwards)).toBe('from');
    expect(codeOf(await http.post(LIST, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('listing managers', () => {
  it('logged-in users see managers with employer and covered places; the public does not', async () => {
    await upsertManagers(engine, [
      { id: 'm-c', name: 'IM C (ohne Gebiet)', organizationId: 'org-lra', coversAgs: [] },
    ]);
    const reply = await http.post(
      '{ managers { id name employer { id } covers { ags } } }',
      {},
      cookies['netzwerk'],
    );
    expect(reply.body.data?.managers).toEqual([
      { id: 'm-a', name: 'IM A', employer: { id: 'org-lra' }, covers: [{ ags: '08425033' }] },
      { id: 'm-b', name: 'IM B', employer: { id: 'org-lra' }, covers: [{ ags: '08425033' }] },
      { id: 'm-c', name: 'IM C (ohne Gebiet)', employer: { id: 'org-lra' }, covers: [] },
    ]);
    const filtered = await http.post(
      '{ managers(municipalityAgs: "08425033") { id } }',
      {},
      cookies['netzwerk'],
    );
    expect(filtered.body.data?.managers).toEqual([{ id: 'm-a' }, { id: 'm-b' }]);
    expect(codeOf(await http.post('{ managers { id } }'))).toBe('UNAUTHENTICATED');
    expect(
      field(await http.post('{ managers(municipalityAgs: "123") { id } }', {}, cookies['netzwerk'])),
    ).toBe('municipalityAgs');
  });
});
