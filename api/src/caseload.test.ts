// Caseload mutations over real HTTP against a real embedded graph: happy paths, refused input that
// stores nothing, the referral lifecycle, integration-plan goals, closed cases, authorisation with audit,
// and batched service loads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countGraph,
  listAuditEvents,
  upsertClients,
  upsertOrganizations,
  upsertServices,
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
let asA: string;
let asB: string;

const CLIENT_FIELDS =
  'id caseCode household householdSize minors languages residenceStatus needs germanLevel caseStatus closedOn closureOutcome municipality { ags }';
const CREATE = `mutation ($input: ClientInput!) { createClient(input: $input) { ${CLIENT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $patch: ClientPatch!) { updateClient(id: $id, patch: $patch) { ${CLIENT_FIELDS} } }`;
const CLOSE = `mutation ($id: ID!, $input: CloseCaseInput!) { closeCase(id: $id, input: $input) { ${CLIENT_FIELDS} } }`;
const REFER =
  'mutation ($input: ReferralInput!) { recordReferral(input: $input) { id status reason outcome consentAt nextStatuses service { id name } } }';
const MOVE =
  'mutation ($id: ID!, $move: ReferralMove!) { moveReferral(id: $id, move: $move) { id status reason outcome nextStatuses } }';
const CONSULT =
  'mutation ($input: ConsultationInput!) { recordConsultation(input: $input) { id at topics household } }';
const GOAL_FIELDS = 'id area text dueOn status createdAt updatedAt';
const ADD_GOAL = `mutation ($clientId: ID!, $input: GoalInput!) { addGoal(clientId: $clientId, input: $input) { ${GOAL_FIELDS} } }`;
const UPDATE_GOAL = `mutation ($clientId: ID!, $goalId: ID!, $patch: GoalPatch!) { updateGoal(clientId: $clientId, goalId: $goalId, patch: $patch) { ${GOAL_FIELDS} } }`;
const GOALS = `query ($id: ID!) { client(id: $id) { goals { ${GOAL_FIELDS} } } }`;

const newClient = (overrides: Record<string, unknown> = {}) => ({
  caseCode: 'NEU-0001',
  municipalityAgs: '08425033',
  household: 'FAMILY',
  householdSize: 4,
  minors: 2,
  languages: ['ar', 'de'],
  needs: ['PREGNANCY_COUNSELLING'],
  germanLevel: 'A2',
  openedOn: '2026-10-01',
  ...overrides,
});

const totals = async () => {
  const { nodes, relationships } = await countGraph(engine);
  return {
    clients: nodes.Client,
    referrals: relationships.REFERRED_TO,
    consultations: relationships.COUNSELLED,
    goals: nodes.Goal,
    goalLinks: relationships.HAS_GOAL,
  };
};
const field = (reply: Reply) => reply.body.errors?.[0]?.extensions?.field;

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await seedBase(engine, [
    { username: 'im.a', role: 'manager', managerId: 'm-a' },
    { username: 'im.b', role: 'manager', managerId: 'm-b' },
    { username: 'koordination', role: 'coordinator' },
    { username: 'admin', role: 'admin' },
  ]);
  await upsertOrganizations(engine, [
    { id: 'org-caritas', name: 'Caritas', kind: 'counselling_provider', municipalityAgs: '08425033' },
  ]);
  await upsertServices(
    engine,
    ['Schwangerschaftsberatung', 'Schuldnerberatung', 'Suchtberatung'].map((name, i) => ({
      id: `svc-${i}`,
      organizationId: 'org-caritas',
      name,
      category: (['pregnancy_counselling', 'debt_counselling', 'addiction_counselling'] as const)[i]!,
      municipalityAgs: '08425033',
      lat: 48.28,
      lon: 9.72,
    })),
  );
  await upsertClients(engine, [
    {
      id: 'c-b1',
      caseCode: 'EHI-0101',
      managerId: 'm-b',
      municipalityAgs: '08425033',
      household: 'single',
      householdSize: 1,
      minors: 0,
      openedOn: '2019-03-01',
    },
  ]);
  server = await createServer({ engine, port: 0 });
  asA = await http.login('im.a', PASSWORD);
  asB = await http.login('im.b', PASSWORD);
});
afterAll(async () => {
  await server?.close();
  await dispose?.();
});

describe('cases', () => {
  let created: string;

  it('a manager creates a case in their own caseload; it is audited', async () => {
    const reply = await http.post(CREATE, { input: newClient() }, asA);
    expect(reply.body.errors).toBeUndefined();
    const client = reply.body.data?.createClient as Record<string, unknown>;
    expect(client).toMatchObject({
      caseCode: 'NEU-0001',
      household: 'FAMILY',
      languages: ['ar', 'de'],
      needs: ['PREGNANCY_COUNSELLING'],
      germanLevel: 'A2',
      caseStatus: 'OPEN',
      closedOn: null,
      municipality: { ags: '08425033' },
    });
    created = client.id as string;
    expect(await listAuditEvents(engine, { caseId: created, limit: 10 })).toContainEqual(
      expect.objectContaining({ actor: 'im.a', operation: 'client.create', allowed: true }),
    );
  });

  it.each([
    [{ caseCode: 'neu-klein' }, 'input.caseCode'],
    [{ municipalityAgs: '0842503' }, 'input.municipalityAgs'],
    [{ householdSize: 2, minors: 2 }, 'input.minors'],
    [{ householdSize: 0 }, 'input.householdSize'],
    [{ languages: ['arabisch'] }, 'input.languages[0]'],
    [{ openedOn: '1.10.2026' }, 'input.openedOn'],
    [{ residenceStatus: 'x'.repeat(101) }, 'input.residenceStatus'],
  ])('refuses %j naming %s, in German and English, and stores nothing', async (overrides, path) => {
    const before = await totals();
    const reply = await http.post(CREATE, { input: newClient({ caseCode: 'NEU-0099', ...overrides }) }, asA);
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(field(reply)).toBe(path);
    expect(reply.body.errors?.[0]?.message).toMatch(/ \/ /);
    expect(await totals()).toEqual(before);
  });

  it('a municipality that does not exist is refused naming the field', async () => {
    const before = await totals();
    const reply = await http.post(
      CREATE,
      { input: newClient({ caseCode: 'NEU-0098', municipalityAgs: '08999999' }) },
      asA,
    );
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(field(reply)).toBe('input.municipalityAgs');
    expect(await totals()).toEqual(before);
  });

  it('a taken case code is a CONFLICT', async () => {
    const reply = await http.post(CREATE, { input: newClient() }, asA);
    expect(codeOf(reply)).toBe('CONFLICT');
    expect(field(reply)).toBe('input.caseCode');
  });

  it('a coordinator cannot create cases', async () => {
    const before = await totals();
    const cookie = await http.login('koordination', PASSWORD);
    expect(codeOf(await http.post(CREATE, { input: newClient({ caseCode: 'NEU-0097' }) }, cookie))).toBe(
      'FORBIDDEN',
    );
    expect(await totals()).toEqual(before);
  });

  it('updates only the given fields and stores injection strings verbatim', async () => {
    const injection = "x'}) MATCH (n) DETACH DELETE n //";
    const before = await countGraph(engine);
    const reply = await http.post(
      UPDATE,
      { id: created, patch: { germanLevel: 'B1', residenceStatus: injection } },
      asA,
    );
    expect(reply.body.data?.updateClient).toMatchObject({
      germanLevel: 'B1',
      residenceStatus: injection,
      caseCode: 'NEU-0001',
      languages: ['ar', 'de'],
    });
    const after = await countGraph(engine);
    expect(after.relationships).toEqual(before.relationships);
    expect(after.nodes.Client).toBe(before.nodes.Client);
  });

  it("manager B cannot change manager A's case: FORBIDDEN, audited, nothing changed", async () => {
    const reply = await http.post(UPDATE, { id: created, patch: { residenceStatus: 'geändert' } }, asB);
    expect(codeOf(reply)).toBe('FORBIDDEN');
    const events = await listAuditEvents(engine, { caseId: created, limit: 5 });
    expect(events[0]).toMatchObject({ actor: 'im.b', operation: 'client.update', allowed: false });
    const read = await http.post(
      `query ($id: ID!) { client(id: $id) { residenceStatus } }`,
      { id: created },
      asA,
    );
    expect(read.body.data?.client).toEqual({ residenceStatus: "x'}) MATCH (n) DETACH DELETE n //" });
  });

  it('closes a case once, not before it was opened', async () => {
    const early = await http.post(
      CLOSE,
      { id: created, input: { closedOn: '2026-09-01', outcome: 'eigene Wohnung' } },
      asA,
    );
    expect(field(early)).toBe('input.closedOn');
    const closed = await http.post(
      CLOSE,
      { id: created, input: { closedOn: '2026-11-20', outcome: 'eigene Wohnung' } },
      asA,
    );
    expect(closed.body.data?.closeCase).toMatchObject({
      caseStatus: 'CLOSED',
      closedOn: '2026-11-20',
      closureOutcome: 'eigene Wohnung',
    });
    const again = await http.post(
      CLOSE,
      { id: created, input: { closedOn: '2026-11-21', outcome: 'x' } },
      asA,
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });
});

describe('referrals and consultations', () => {
  let clientId: string;
  beforeAll(async () => {
    const reply = await http.post(CREATE, { input: newClient({ caseCode: 'REF-0001' }) }, asA);
    clientId = (reply.body.data?.createClient as { id: string }).id;
  });

  it('refuses a referral without consent and stores nothing', async () => {
    const before = await totals();
    const reply = await http.post(
      REFER,
      { input: { clientId, serviceId: 'svc-0', need: 'PREGNANCY_COUNSELLING', consent: false } },
      asA,
    );
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(field(reply)).toBe('input.consent');
    expect(await totals()).toEqual(before);
  });

  it('refuses an unknown service naming the field', async () => {
    const reply = await http.post(
      REFER,
      { input: { clientId, serviceId: 'svc-none', need: 'DEBT_COUNSELLING', consent: true } },
      asA,
    );
    expect(field(reply)).toBe('input.serviceId');
  });

  it('walks the lifecycle: only valid steps, each naming the current status when refused', async () => {
    const sent = await http.post(
      REFER,
      { input: { clientId, serviceId: 'svc-0', need: 'PREGNANCY_COUNSELLING', consent: true } },
      asA,
    );
    const referral = sent.body.data?.recordReferral as { id: string; consentAt: string };
    expect(sent.body.data?.recordReferral).toMatchObject({
      status: 'SENT',
      reason: null,
      nextStatuses: ['ACCEPTED', 'DECLINED'],
      service: { id: 'svc-0', name: 'Schwangerschaftsberatung' },
    });
    expect(referral.consentAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const skip = await http.post(MOVE, { id: referral.id, move: { status: 'ATTENDED' } }, asA);
    expect(codeOf(skip)).toBe('BAD_USER_INPUT');
    expect(field(skip)).toBe('move.status');
    expect(skip.body.errors?.[0]?.message).toContain('Von SENT geht es nur nach ACCEPTED, DECLINED');

    expect(
      (await http.post(MOVE, { id: referral.id, move: { status: 'ACCEPTED' } }, asA)).body.data?.moveReferral,
    ).toMatchObject({ status: 'ACCEPTED' });
    expect(codeOf(await http.post(MOVE, { id: referral.id, move: { status: 'ATTENDED' } }, asB))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await http.post(MOVE, { id: referral.id, move: { status: 'ATTENDED' } }, asA)).body.data?.moveReferral,
    ).toMatchObject({ status: 'ATTENDED' });
    expect(field(await http.post(MOVE, { id: referral.id, move: { status: 'CLOSED' } }, asA))).toBe(
      'move.outcome',
    );
    const closed = await http.post(
      MOVE,
      { id: referral.id, move: { status: 'CLOSED', outcome: 'HELPED' } },
      asA,
    );
    expect(closed.body.data?.moveReferral).toMatchObject({
      status: 'CLOSED',
      outcome: 'HELPED',
      nextStatuses: [],
    });
    const final = await http.post(
      MOVE,
      { id: referral.id, move: { status: 'DECLINED', reason: 'NO_CAPACITY' } },
      asA,
    );
    expect(final.body.errors?.[0]?.message).toContain('Von CLOSED');
  });

  it('a decline needs its reason', async () => {
    const sent = await http.post(
      REFER,
      { input: { clientId, serviceId: 'svc-1', need: 'DEBT_COUNSELLING', consent: true, status: 'PLANNED' } },
      asA,
    );
    const id = (sent.body.data?.recordReferral as { id: string }).id;
    expect(field(await http.post(MOVE, { id, move: { status: 'DECLINED' } }, asA))).toBe('move.reason');
    const declined = await http.post(MOVE, { id, move: { status: 'DECLINED', reason: 'NOT_ELIGIBLE' } }, asA);
    expect(declined.body.data?.moveReferral).toMatchObject({
      status: 'DECLINED',
      reason: 'NOT_ELIGIBLE',
      nextStatuses: [],
    });
  });

  it('records a consultation with the household of the case; no topic is refused', async () => {
    const at = '2026-11-02T09:30:00.000Z';
    const reply = await http.post(CONSULT, { input: { clientId, at, topics: ['HOUSING', 'CHILDREN'] } }, asA);
    expect(reply.body.data?.recordConsultation).toMatchObject({
      at,
      topics: ['HOUSING', 'CHILDREN'],
      household: 'FAMILY',
    });
    const before = await totals();
    expect(field(await http.post(CONSULT, { input: { clientId, at, topics: [] } }, asA))).toBe(
      'input.topics',
    );
    expect(await totals()).toEqual(before);
  });

  it('the client page shows referrals with their services: listed ones from memory, archived ones in one read', async () => {
    await http.post(
      REFER,
      { input: { clientId, serviceId: 'svc-2', need: 'ADDICTION_COUNSELLING', consent: true } },
      asA,
    );
    // An archived service still names the place a client was referred to.
    const archived = await http.post(
      'mutation { archiveService(id: "svc-2") { id archived } }',
      {},
      await http.login('admin', PASSWORD),
    );
    expect(archived.body.data).toEqual({ archiveService: { id: 'svc-2', archived: true } });
    const reads: string[] = [];
    const counting = new Proxy(engine, {
      get(target, key) {
        if (key === 'read')
          return (query: string, params?: Record<string, unknown>) => (
            reads.push(query),
            target.read(query, params)
          );
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const watched = await createServer({ engine: counting, port: 0 });
    try {
      const client = graphqlClient(() => watched.url);
      const cookie = await client.login('im.a', PASSWORD);
      const reply = await client.post(
        `query ($id: ID!) { client(id: $id) { referrals { status service { name } } consultations { topics } } }`,
        { id: clientId },
        cookie,
      );
      const page = reply.body.data?.client as {
        referrals: { service: { name: string } }[];
        consultations: unknown[];
      };
      expect(page.referrals.map((r) => r.service.name).sort()).toEqual([
        'Schuldnerberatung',
        'Schwangerschaftsberatung',
        'Suchtberatung',
      ]);
      expect(page.consultations).toEqual([{ topics: ['HOUSING', 'CHILDREN'] }]);
      // One read for the archived service; the two listed ones come from the in-memory directory.
      const byId = reads.filter((q) => q.includes('UNWIND $ids AS wanted'));
      expect(byId).toHaveLength(1);
    } finally {
      await watched.close();
    }
  });
});

describe('integration-plan goals', () => {
  let clientId: string;
  let otherClientId: string;
  let goalId: string;
  const goalsOf = async (id: string, cookie = asA) =>
    ((await http.post(GOALS, { id }, cookie)).body.data?.client as { goals: Record<string, unknown>[] })
      .goals;
  beforeAll(async () => {
    const created = await http.post(CREATE, { input: newClient({ caseCode: 'ZIEL-0001' }) }, asA);
    clientId = (created.body.data?.createClient as { id: string }).id;
    const other = await http.post(CREATE, { input: newClient({ caseCode: 'ZIEL-0002' }) }, asA);
    otherClientId = (other.body.data?.createClient as { id: string }).id;
  });

  it('a manager adds a goal to an open case: status OPEN, listed on the client, audited', async () => {
    const reply = await http.post(
      ADD_GOAL,
      { clientId, input: { area: 'LANGUAGE', text: '  B1-Kurs abschließen ', dueOn: '2027-03-31' } },
      asA,
    );
    expect(reply.body.errors).toBeUndefined();
    const goal = reply.body.data?.addGoal as Record<string, string>;
    expect(goal).toMatchObject({
      area: 'LANGUAGE',
      text: 'B1-Kurs abschließen',
      dueOn: '2027-03-31',
      status: 'OPEN',
    });
    expect(goal.createdAt).toBe(goal.updatedAt);
    goalId = goal.id!;
    expect(await goalsOf(clientId)).toEqual([goal]);
    expect(await goalsOf(otherClientId)).toEqual([]);
    expect(await listAuditEvents(engine, { caseId: clientId, limit: 5 })).toContainEqual(
      expect.objectContaining({ actor: 'im.a', operation: 'goal.add', allowed: true }),
    );
  });

  it.each([
    [{ text: '   ' }, 'input.text'],
    [{ text: 'x'.repeat(201) }, 'input.text'],
    [{ area: 'FINANCE' }, 'input.area'],
    [{ dueOn: '31.03.2027' }, 'input.dueOn'],
  ])('refuses %j naming %s and stores nothing', async (overrides, path) => {
    const before = await totals();
    const reply = await http.post(
      ADD_GOAL,
      { clientId, input: { area: 'WORK', text: 'Praktikum finden', ...overrides } },
      asA,
    );
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(field(reply)).toBe(path);
    // Our own rules answer in German and English; an unknown enum value is graphql-js's own message.
    if (path === 'input.text') expect(reply.body.errors?.[0]?.message).toMatch(/ \/ /);
    expect(await totals()).toEqual(before);
  });

  it('marks a goal achieved, reopens and drops it, clears the due date; each change moves updatedAt on', async () => {
    const change = async (patch: Record<string, unknown>) => {
      const reply = await http.post(UPDATE_GOAL, { clientId, goalId, patch }, asA);
      expect(reply.body.errors).toBeUndefined();
      return reply.body.data?.updateGoal as Record<string, string>;
    };
    const [before] = (await goalsOf(clientId)) as Record<string, string>[];
    const achieved = await change({ status: 'ACHIEVED' });
    expect(achieved).toMatchObject({ status: 'ACHIEVED', text: 'B1-Kurs abschließen', dueOn: '2027-03-31' });
    expect(Date.parse(achieved.updatedAt!)).toBeGreaterThan(Date.parse(before!.updatedAt!));
    expect(achieved.createdAt).toBe(before!.createdAt);
    expect(await change({ status: 'OPEN' })).toMatchObject({ status: 'OPEN' });
    const dropped = await change({ status: 'DROPPED', dueOn: null, text: 'B2-Kurs' });
    expect(dropped).toMatchObject({ status: 'DROPPED', dueOn: null, text: 'B2-Kurs', area: 'LANGUAGE' });
    expect(await goalsOf(clientId)).toEqual([dropped]);
    expect(await listAuditEvents(engine, { caseId: clientId, limit: 3 })).toContainEqual(
      expect.objectContaining({ actor: 'im.a', operation: 'goal.update', allowed: true }),
    );
  });

  it('a change needs something to change, valid fields, and a goal of that very client', async () => {
    expect(field(await http.post(UPDATE_GOAL, { clientId, goalId, patch: {} }, asA))).toBe('patch');
    expect(field(await http.post(UPDATE_GOAL, { clientId, goalId, patch: { text: '' } }, asA))).toBe(
      'patch.text',
    );
    expect(field(await http.post(UPDATE_GOAL, { clientId, goalId, patch: { status: 'DONE' } }, asA))).toBe(
      'patch.status',
    );
    const elsewhere = await http.post(
      UPDATE_GOAL,
      { clientId: otherClientId, goalId, patch: { status: 'OPEN' } },
      asA,
    );
    expect(codeOf(elsewhere)).toBe('NOT_FOUND');
    expect((await goalsOf(clientId))[0]).toMatchObject({ status: 'DROPPED' });
  });

  it("manager B and a coordinator cannot add or change manager A's goals: FORBIDDEN, audited, nothing changed", async () => {
    const before = await totals();
    const coordinator = await http.login('koordination', PASSWORD);
    for (const cookie of [asB, coordinator]) {
      const add = await http.post(ADD_GOAL, { clientId, input: { area: 'WORK', text: 'fremd' } }, cookie);
      expect(codeOf(add)).toBe('FORBIDDEN');
      const change = await http.post(UPDATE_GOAL, { clientId, goalId, patch: { status: 'OPEN' } }, cookie);
      expect(codeOf(change)).toBe('FORBIDDEN');
      expect(change.body.data ?? null).toBeNull();
    }
    expect(codeOf(await http.post(GOALS, { id: clientId }, asB))).toBe('FORBIDDEN');
    expect(await totals()).toEqual(before);
    expect((await goalsOf(clientId))[0]).toMatchObject({ status: 'DROPPED' });
    const events = await listAuditEvents(engine, { caseId: clientId, limit: 10 });
    expect(events).toContainEqual(
      expect.objectContaining({ actor: 'im.b', operation: 'goal.add', allowed: false }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ actor: 'koordination', operation: 'goal.update', allowed: false }),
    );
  });

  it('a closed case keeps its goals but takes no goal changes, and no consultation after its closing day', async () => {
    const closed = await http.post(
      CLOSE,
      { id: otherClientId, input: { closedOn: '2026-11-10', outcome: 'eigene Wohnung' } },
      asA,
    );
    expect(closed.body.errors).toBeUndefined();
    const add = await http.post(
      ADD_GOAL,
      { clientId: otherClientId, input: { area: 'HOUSING', text: 'Wohnung finden' } },
      asA,
    );
    expect(codeOf(add)).toBe('CONFLICT');
    expect(add.body.errors?.[0]?.message).toContain('2026-11-10');
    expect(await goalsOf(otherClientId)).toEqual([]);

    const before = await totals();
    // 23:30 UTC on the 10th is already the 11th in Berlin.
    const after = await http.post(
      CONSULT,
      { input: { clientId: otherClientId, at: '2026-11-10T23:30:00.000Z', topics: ['HOUSING'] } },
      asA,
    );
    expect(field(after)).toBe('input.at');
    expect(await totals()).toEqual(before);
    const late = await http.post(
      CONSULT,
      { input: { clientId: otherClientId, at: '2026-11-10T15:00:00.000Z', topics: ['HOUSING'] } },
      asA,
    );
    expect(late.body.data?.recordConsultation).toMatchObject({ topics: ['HOUSING'] });
  });

  it('goals of a case closed later stay readable and frozen', async () => {
    await http.post(CLOSE, { id: clientId, input: { closedOn: '2026-11-20', outcome: 'Arbeit' } }, asA);
    const change = await http.post(UPDATE_GOAL, { clientId, goalId, patch: { status: 'OPEN' } }, asA);
    expect(codeOf(change)).toBe('CONFLICT');
    expect(await goalsOf(clientId)).toEqual([expect.objectContaining({ status: 'DROPPED' })]);
  });
});
