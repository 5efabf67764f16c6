// The contract suite: the same rules on every engine (embedded always, Neo4j when NEO4J_URI is set).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GraphValidationError,
  actorContactTimes,
  addGoal,
  contactPairs,
  egoNetwork,
  mergeOrganizations,
  networkActors,
  changeGoal,
  countGraph,
  getGoal,
  goalsOfClient,
  municipalityNetwork,
  listMeetings,
  ownContactsWithOrganizations,
  recordContacts,
  recordMeetings,
  recordReferrals,
  sharedMeetingsWithOrganizations,
  teamReferralOutcomes,
  upsertClients,
  upsertManagers,
  upsertMunicipalities,
  upsertOrganizations,
  upsertServices,
  readReportNetwork,
  listReportMunicipalities,
  referralMatrices,
  periodActivity,
  recordConsultations,
  getMeeting,
  existingMunicipalities,
  setOfficialBoundaries,
  listMunicipalities,
  type GraphEngine,
  type ReferralInput,
} from '@lotse/graph';
import { CONTRACT_QUERIES as Q } from '@lotse/graph/testing';
import { engines } from './engines.ts';
import { aClient, aContact, aManager, aMunicipality, anOrganization, aService } from './factories.ts';

const INJECTIONS = [
  "x'}) MATCH (n) DETACH DELETE n //",
  '"}) DETACH DELETE n RETURN 1 //',
  '$rows',
  '`Municipality`) DELETE n; //',
  "\\' OR 1=1 --",
];

const totals = async (engine: GraphEngine) => {
  const { nodes, relationships } = await countGraph(engine);
  return {
    nodes: Object.values(nodes).reduce((a, b) => a + b, 0),
    relationships: Object.values(relationships).reduce((a, b) => a + b, 0),
  };
};

for (const target of engines) {
  describe.skipIf(!target.available)(`graph contract on ${target.name}`, () => {
    let engine: GraphEngine;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ engine, dispose } = await target.open());
      await upsertMunicipalities(engine, [
        aMunicipality({ ags: '99000001' }),
        aMunicipality({ ags: '99000002', name: 'Zweitort' }),
      ]);
      await upsertOrganizations(engine, [anOrganization({ id: 'ct-org-1' })]);
      await upsertManagers(engine, [aManager({ id: 'ct-manager-1' })]);
    });
    afterAll(async () => dispose?.());

    it('upserting the same rows twice leaves the same counts', async () => {
      const rows = {
        municipalities: [aMunicipality({ ags: '99000010' })],
        organizations: [anOrganization({ id: 'ct-org-idem', municipalityAgs: '99000010' })],
        services: [
          aService({
            id: 'ct-svc-idem',
            organizationId: 'ct-org-idem',
            municipalityAgs: '99000010',
            servesAll: false,
            servesAgs: ['99000010', '99000001'],
          }),
        ],
        managers: [aManager({ id: 'ct-mgr-idem', organizationId: 'ct-org-idem', coversAgs: ['99000010'] })],
        clients: [aClient({ id: 'ct-cli-idem', managerId: 'ct-mgr-idem', municipalityAgs: '99000010' })],
      };
      const load = async () => {
        await upsertMunicipalities(engine, rows.municipalities);
        await upsertOrganizations(engine, rows.organizations);
        await upsertServices(engine, rows.services);
        await upsertManagers(engine, rows.managers);
        return upsertClients(engine, rows.clients);
      };
      expect(await load()).toEqual({ created: 1, updated: 0 });
      const first = await countGraph(engine);
      expect(await load()).toEqual({ created: 0, updated: 1 });
      expect(await countGraph(engine)).toEqual(first);
    });

    it('an update replaces structural relationships instead of adding to them', async () => {
      await upsertServices(engine, [
        aService({ id: 'ct-svc-move', servesAll: false, servesAgs: ['99000001', '99000002'] }),
      ]);
      await upsertServices(engine, [
        aService({
          id: 'ct-svc-move',
          municipalityAgs: '99000002',
          servesAll: false,
          servesAgs: ['99000002'],
        }),
      ]);
      const rows = await engine.read(Q.serviceLocation, { id: 'ct-svc-move' });
      expect(rows).toEqual([{ ags: '99000002' }]);
    });

    it('every property type round-trips: lists, umlauts and ß, Arabic script, empty strings, large integers', async () => {
      await upsertMunicipalities(engine, [
        aMunicipality({
          ags: '99000020',
          name: 'Öpfingen-Straßdorf',
          district: '',
          population: Number.MAX_SAFE_INTEGER,
          lat: 48,
          lon: -9.5,
        }),
      ]);
      const [m] = await engine.read(Q.municipality, { ags: '99000020' });
      expect(m).toEqual({
        name: 'Öpfingen-Straßdorf',
        district: '',
        population: Number.MAX_SAFE_INTEGER,
        lat: 48,
        lon: -9.5,
      });

      await upsertServices(engine, [
        aService({
          id: 'ct-svc-rt',
          name: 'استشارة الحمل – Schwangerschaftsberatung',
          description: '',
          languages: ['ar', 'de', 'fa'],
          targetGroups: [],
          lat: 48.123456789,
          lon: 9,
          minAge: 0,
          barrierFree: true,
        }),
      ]);
      const [s] = await engine.read(Q.service, { id: 'ct-svc-rt' });
      expect({ ...s, targetGroups: s?.targetGroups ?? [] }).toEqual({
        name: 'استشارة الحمل – Schwangerschaftsberatung',
        description: '',
        languages: ['ar', 'de', 'fa'],
        targetGroups: [],
        lat: 48.123456789,
        lon: 9,
        minAge: 0,
        barrierFree: true,
      });

      await recordContacts(engine, [
        aContact({ id: 'ct-contact-rt', at: Number.MAX_SAFE_INTEGER, topic: 'Übergabe – تسليم' }),
      ]);
      const [c] = await engine.read(Q.contact, { id: 'ct-contact-rt' });
      expect(c).toEqual({ at: Number.MAX_SAFE_INTEGER, topic: 'Übergabe – تسليم', channel: 'phone' });
    });

    it('Cypher-injection strings are stored verbatim and never executed', async () => {
      const before = await totals(engine);
      await upsertOrganizations(
        engine,
        INJECTIONS.map((name, i) =>
          anOrganization({ id: `ct-inj-${i}`, name, address: name, website: name }),
        ),
      );
      const after = await totals(engine);
      expect(after.nodes).toBe(before.nodes + INJECTIONS.length);
      expect(after.relationships).toBe(before.relationships + INJECTIONS.length);
      const stored = await engine.read(Q.organizationsByPrefix, { prefix: 'ct-inj-' });
      expect(stored).toEqual(INJECTIONS.map((name) => ({ name, address: name })));
    });

    it('a failing transaction leaves no partial write', async () => {
      const before = await totals(engine);
      await expect(
        engine.transaction(async (tx) => {
          await tx.write(Q.createManager, { id: 'ct-tx-1', name: 'A', email: '' });
          throw new Error('abgebrochen');
        }),
      ).rejects.toThrow('abgebrochen');
      expect(await totals(engine)).toEqual(before);
      expect(await engine.read(Q.managerName, { id: 'ct-tx-1' })).toEqual([]);
    });

    it('a batch with one bad row stores nothing and names the field', async () => {
      const before = await totals(engine);
      const bad = [
        aMunicipality({ ags: '99000030' }),
        aMunicipality({ ags: '9900003' }),
        aMunicipality({ ags: '99000031', lat: 123 }),
      ];
      const error = await upsertMunicipalities(engine, bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphValidationError);
      expect((error as GraphValidationError).issues.map((i) => i.path.join('.'))).toEqual([
        'rows.1.ags',
        'rows.2.lat',
      ]);
      const missingId = await upsertOrganizations(engine, [anOrganization({ id: '' })]).catch(
        (e: unknown) => e,
      );
      expect((missingId as GraphValidationError).issues[0]?.path).toEqual(['rows', 0, 'id']);
      const dangling = await upsertServices(engine, [
        aService({ id: 'ct-svc-dangling', organizationId: 'ct-nope' }),
      ]).catch((e: unknown) => e);
      expect((dangling as GraphValidationError).issues[0]?.path).toEqual(['rows', 0, 'organizationId']);
      expect(await totals(engine)).toEqual(before);
    });

    it('the same event recorded twice at once is stored once', async () => {
      const twin = aContact({ id: 'ct-twin-1' });
      const reports = await Promise.all([recordContacts(engine, [twin]), recordContacts(engine, [twin])]);
      expect(reports.map((r) => r.created).sort()).toEqual([0, 1]);
      expect(await engine.read(Q.contact, { id: 'ct-twin-1' })).toHaveLength(1);
    });

    it('the same new node upserted twice at once is created once and updated once', async () => {
      const twin = aManager({ id: 'ct-twin-manager' });
      const reports = await Promise.all([upsertManagers(engine, [twin]), upsertManagers(engine, [twin])]);
      expect(reports.map((r) => r.created).sort()).toEqual([0, 1]);
      expect(await engine.read(Q.managerName, { id: 'ct-twin-manager' })).toHaveLength(1);
    });

    it('an application error thrown inside a transaction reaches the caller unchanged', async () => {
      class NotMine extends Error {
        code = 'FORBIDDEN';
      }
      const error = await engine
        .transaction(async (tx) => {
          await tx.read(Q.managerName, { id: 'ct-manager-1' });
          throw new NotMine('nicht Ihr Fall');
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotMine);
    });

    it("a client's goals: added, listed, changed check-and-set, a due date set and cleared; text verbatim", async () => {
      await upsertClients(engine, [aClient({ id: 'ct-goal-client' })]);
      const goal = {
        id: 'ct-goal-1',
        clientId: 'ct-goal-client',
        area: 'language' as const,
        text: INJECTIONS[0]!,
        createdAt: 1_000,
        updatedAt: 1_000,
      };
      await addGoal(engine, goal);
      await addGoal(engine, {
        ...goal,
        id: 'ct-goal-2',
        area: 'work',
        dueOn: '2027-03-31',
        createdAt: 2_000,
        updatedAt: 2_000,
      });
      expect(await goalsOfClient(engine, 'ct-goal-client')).toEqual([
        { ...goal, dueOn: null, status: 'open' },
        {
          ...goal,
          id: 'ct-goal-2',
          area: 'work',
          dueOn: '2027-03-31',
          status: 'open',
          createdAt: 2_000,
          updatedAt: 2_000,
        },
      ]);
      const stored = (await getGoal(engine, 'ct-goal-client', 'ct-goal-2'))!;
      const achieved = { ...stored, status: 'achieved' as const, dueOn: null, updatedAt: 3_000 };
      expect(await changeGoal(engine, achieved, 2_000)).toBe(true);
      // A second change that saw the old state loses.
      expect(await changeGoal(engine, { ...stored, status: 'dropped', updatedAt: 3_001 }, 2_000)).toBe(false);
      expect(await getGoal(engine, 'ct-goal-client', 'ct-goal-2')).toEqual(achieved);
      expect(await changeGoal(engine, { ...achieved, dueOn: '2027-06-30', updatedAt: 4_000 }, 3_000)).toBe(
        true,
      );
      expect((await getGoal(engine, 'ct-goal-client', 'ct-goal-2'))?.dueOn).toBe('2027-06-30');
      // A goal is found only through its own client.
      expect(await getGoal(engine, 'ct-client-1', 'ct-goal-2')).toBeNull();
      const dangling = await addGoal(engine, { ...goal, id: 'ct-goal-3', clientId: 'ct-nobody' }).catch(
        (e: unknown) => e,
      );
      expect((dangling as GraphValidationError).issues[0]?.path).toEqual(['rows', 0, 'clientId']);
    });

    it('the network of one municipality: its actors and their contacts in the period, each once', async () => {
      await upsertMunicipalities(engine, [
        aMunicipality({ ags: '99000030' }),
        aMunicipality({ ags: '99000031' }),
      ]);
      await upsertOrganizations(engine, [
        anOrganization({
          id: 'ct-net-a',
          name: 'Helferkreis A',
          kind: 'helper_circle',
          municipalityAgs: '99000030',
        }),
        anOrganization({
          id: 'ct-net-b',
          name: 'Verein B',
          kind: 'association',
          municipalityAgs: '99000031',
        }),
      ]);
      await upsertManagers(engine, [
        aManager({ id: 'ct-net-m', name: 'IM Netz', organizationId: 'ct-net-b', coversAgs: ['99000030'] }),
        aManager({
          id: 'ct-net-x',
          name: 'IM Anderswo',
          organizationId: 'ct-net-b',
          coversAgs: ['99000031'],
        }),
      ]);
      const inPeriod = Date.UTC(2019, 2, 1);
      await recordContacts(engine, [
        // between two actors of the municipality: found from both sides, reported once
        aContact({
          id: 'ct-net-1',
          fromId: 'ct-net-m',
          toLabel: 'Organization',
          toId: 'ct-net-a',
          at: inPeriod,
        }),
        // to an actor outside the municipality
        aContact({
          id: 'ct-net-2',
          fromLabel: 'Organization',
          fromId: 'ct-net-a',
          toLabel: 'Manager',
          toId: 'ct-net-x',
          at: inPeriod + 1,
          channel: 'meeting',
        }),
        // outside the period
        aContact({ id: 'ct-net-3', fromId: 'ct-net-m', toId: 'ct-net-b', at: Date.UTC(2019, 6, 1) }),
        // between two actors of other municipalities
        aContact({ id: 'ct-net-4', fromId: 'ct-net-x', toId: 'ct-net-b', at: inPeriod }),
      ]);
      const network = await municipalityNetwork(engine, {
        ags: '99000030',
        from: Date.UTC(2019, 0, 1),
        to: Date.UTC(2019, 6, 1),
      });
      expect(network.actors).toEqual([
        { id: 'ct-net-a', label: 'Organization', name: 'Helferkreis A', kind: 'helper_circle' },
        { id: 'ct-net-m', label: 'Manager', name: 'IM Netz', kind: 'manager' },
      ]);
      expect(network.contacts.map((c) => [c.id, c.partnerLabel, c.channel, c.at])).toEqual([
        ['ct-net-1', expect.stringMatching(/^(Organization|Manager)$/), 'phone', inPeriod],
        ['ct-net-2', 'Manager', 'meeting', inPeriod + 1],
      ]);
      const first = network.contacts[0]!;
      // whichever side found it, actor and partner are the two ends
      expect([first.actorId, first.partnerId].sort()).toEqual(['ct-net-a', 'ct-net-m']);
      expect(network.contacts[1]).toMatchObject({ actorId: 'ct-net-a', partnerId: 'ct-net-x' });
      expect(
        await municipalityNetwork(engine, { ags: '99000099', from: 0, to: Date.UTC(2030, 0, 1) }),
      ).toEqual({ actors: [], contacts: [] });
    });

    it("a manager's suggestion signals: team outcomes, own contacts, shared meetings; meetings listed", async () => {
      await upsertOrganizations(engine, [anOrganization({ id: 'ct-sig-emp', name: 'Arbeitgeber (Test)' })]);
      await upsertManagers(engine, [
        aManager({ id: 'ct-sig-m1', organizationId: 'ct-sig-emp' }),
        aManager({ id: 'ct-sig-m2', organizationId: 'ct-sig-emp' }),
        aManager({ id: 'ct-sig-m3', organizationId: 'ct-org-1' }),
      ]);
      await upsertServices(engine, [aService({ id: 'ct-sig-svc' })]);
      await upsertClients(engine, [
        aClient({ id: 'ct-sig-c1', caseCode: 'CT-SIG-1', managerId: 'ct-sig-m2' }),
        aClient({ id: 'ct-sig-c2', caseCode: 'CT-SIG-2', managerId: 'ct-sig-m2' }),
        aClient({ id: 'ct-sig-c3', caseCode: 'CT-SIG-3', managerId: 'ct-sig-m2' }),
        aClient({ id: 'ct-sig-c4', caseCode: 'CT-SIG-4', managerId: 'ct-sig-m3' }),
      ]);
      const inPeriod = Date.UTC(2019, 8, 1);
      const referral = (id: string, clientId: string, status: ReferralInput['status'], extra = {}) => ({
        id,
        clientId,
        serviceId: 'ct-sig-svc',
        at: inPeriod,
        statusAt: inPeriod,
        need: 'debt_counselling' as const,
        status,
        by: 'ct',
        ...extra,
      });
      await recordReferrals(engine, [
        referral('ct-sig-r1', 'ct-sig-c1', 'accepted'),
        referral('ct-sig-r2', 'ct-sig-c1', 'declined', { reason: 'no_capacity' }),
        referral('ct-sig-r3', 'ct-sig-c3', 'closed', { outcome: 'helped' }),
        referral('ct-sig-r4', 'ct-sig-c2', 'sent', {
          at: Date.UTC(2018, 0, 1),
          statusAt: Date.UTC(2018, 0, 1),
        }),
        // another team's referral
        referral('ct-sig-r5', 'ct-sig-c4', 'accepted'),
      ]);
      const team = await teamReferralOutcomes(engine, 'ct-sig-m1', {
        from: Date.UTC(2019, 6, 1),
        to: Date.UTC(2020, 6, 1),
      });
      expect([...team.values()]).toEqual([
        { serviceId: 'ct-sig-svc', referrals: 3, clients: 2, accepted: 2, declined: 1, rated: 1, helped: 1 },
      ]);
      expect(
        (await teamReferralOutcomes(engine, 'ct-sig-m3', { from: 0, to: Date.UTC(2030, 0, 1) })).get(
          'ct-sig-svc',
        ),
      ).toMatchObject({ referrals: 1, clients: 1, accepted: 1 });

      await recordContacts(engine, [
        aContact({ id: 'ct-sig-k1', fromId: 'ct-sig-m1', toId: 'ct-org-1', at: Date.UTC(2019, 1, 1) }),
        aContact({
          id: 'ct-sig-k2',
          fromLabel: 'Organization',
          fromId: 'ct-org-1',
          toLabel: 'Manager',
          toId: 'ct-sig-m1',
          at: Date.UTC(2019, 3, 1),
        }),
      ]);
      expect((await ownContactsWithOrganizations(engine, 'ct-sig-m1')).get('ct-org-1')).toEqual({
        organizationId: 'ct-org-1',
        contacts: 2,
        lastAt: Date.UTC(2019, 3, 1),
      });

      await recordMeetings(engine, [
        {
          id: 'ct-sig-meet-1',
          title: 'Netzwerktreffen (Test)',
          kind: 'network_meeting',
          date: '2019-05-20',
          municipalityAgs: '99000002',
          attendees: [
            { label: 'Manager', id: 'ct-sig-m1' },
            { label: 'Organization', id: 'ct-org-1' },
            { label: 'Organization', id: 'ct-sig-emp' },
          ],
        },
        {
          id: 'ct-sig-meet-2',
          title: 'AK (Test)',
          kind: 'working_group',
          date: '2019-02-11',
          municipalityAgs: '99000002',
          attendees: [],
        },
      ]);
      expect((await sharedMeetingsWithOrganizations(engine, 'ct-sig-m1')).get('ct-org-1')).toEqual({
        organizationId: 'ct-org-1',
        title: 'Netzwerktreffen (Test)',
        kind: 'network_meeting',
        date: '2019-05-20',
      });
      const listed = await listMeetings(engine, { municipalityAgs: '99000002', limit: 10, offset: 0 });
      expect(listed.total).toBe(2);
      expect(listed.items.map((m) => [m.id, m.attendees])).toEqual([
        [
          'ct-sig-meet-1',
          [
            { label: 'Manager', id: 'ct-sig-m1' },
            { label: 'Organization', id: 'ct-org-1' },
            { label: 'Organization', id: 'ct-sig-emp' },
          ],
        ],
        ['ct-sig-meet-2', []],
      ]);
      const workingGroups = await listMeetings(engine, {
        municipalityAgs: '99000002',
        kind: 'working_group',
        from: '2019-01-01',
        to: '2019-03-31',
        limit: 10,
        offset: 0,
      });
      expect(workingGroups.items.map((m) => m.id)).toEqual(['ct-sig-meet-2']);
    });

    it('the network map: actors of a scope, contact pairs per period, ego networks, contact times', async () => {
      await upsertMunicipalities(engine, [
        aMunicipality({ ags: '99000040', name: 'Kartenort' }),
        aMunicipality({ ags: '99000041', name: 'Nachbarort' }),
      ]);
      await upsertOrganizations(engine, [
        anOrganization({ id: 'ct-map-a', kind: 'helper_circle', municipalityAgs: '99000040' }),
        anOrganization({ id: 'ct-map-b', kind: 'association', municipalityAgs: '99000041' }),
        anOrganization({ id: 'ct-map-old', municipalityAgs: '99000040', archived: true }),
      ]);
      await upsertManagers(engine, [
        aManager({ id: 'ct-map-m', organizationId: 'ct-map-b', coversAgs: ['99000041', '99000040'] }),
        aManager({ id: 'ct-map-n', organizationId: 'ct-map-b', coversAgs: [] }),
      ]);
      const t = Date.UTC(2019, 2, 1);
      await recordContacts(engine, [
        aContact({ id: 'ct-map-1', fromId: 'ct-map-m', toLabel: 'Organization', toId: 'ct-map-a', at: t }),
        aContact({
          id: 'ct-map-2',
          fromLabel: 'Organization',
          fromId: 'ct-map-a',
          toLabel: 'Manager',
          toId: 'ct-map-m',
          at: t + 5,
        }),
        aContact({
          id: 'ct-map-3',
          fromId: 'ct-map-m',
          toLabel: 'Organization',
          toId: 'ct-map-b',
          at: t + 1,
        }),
        aContact({ id: 'ct-map-4', fromId: 'ct-map-n', toLabel: 'Manager', toId: 'ct-map-m', at: t + 2 }),
        aContact({
          id: 'ct-map-5',
          fromId: 'ct-map-n',
          toLabel: 'Organization',
          toId: 'ct-map-a',
          at: Date.UTC(2019, 8, 1),
        }),
      ]);
      expect(await networkActors(engine, { municipalityAgs: ['99000040'] })).toEqual([
        {
          label: 'Organization',
          id: 'ct-map-a',
          name: 'Beratungsstelle (Test)',
          kind: 'helper_circle',
          places: ['99000040'],
        },
        {
          label: 'Manager',
          id: 'ct-map-m',
          name: 'IM Test',
          kind: 'manager',
          places: ['99000040', '99000041'],
        },
      ]);
      // without coverage a manager belongs where the employer is; archived organisations are never drawn
      const byId = await networkActors(engine, {
        actors: [
          { label: 'Manager', id: 'ct-map-n' },
          { label: 'Organization', id: 'ct-map-old' },
        ],
      });
      expect(byId).toEqual([
        { label: 'Manager', id: 'ct-map-n', name: 'IM Test', kind: 'manager', places: ['99000041'] },
      ]);
      const district = await networkActors(engine, { district: true });
      expect(district.map((a) => a.id)).toEqual(
        expect.arrayContaining(['ct-map-a', 'ct-map-b', 'ct-map-m', 'ct-map-n']),
      );
      expect(district.map((a) => a.id)).not.toContain('ct-map-old');

      const period = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 6, 1) };
      const mine = (pairs: Awaited<ReturnType<typeof contactPairs>>) =>
        pairs.filter((p) => p.a.id.startsWith('ct-map-') && p.b.id.startsWith('ct-map-'));
      // each pair with its ends in key order (`Manager:…` before `Organization:…`), pairs in that order too
      const expected = [
        {
          a: { label: 'Manager', id: 'ct-map-m' },
          b: { label: 'Manager', id: 'ct-map-n' },
          aKey: 'Manager:ct-map-m',
          bKey: 'Manager:ct-map-n',
          contacts: 1,
          lastAt: t + 2,
        },
        {
          a: { label: 'Manager', id: 'ct-map-m' },
          b: { label: 'Organization', id: 'ct-map-a' },
          aKey: 'Manager:ct-map-m',
          bKey: 'Organization:ct-map-a',
          contacts: 2,
          lastAt: t + 5,
        },
        {
          a: { label: 'Manager', id: 'ct-map-m' },
          b: { label: 'Organization', id: 'ct-map-b' },
          aKey: 'Manager:ct-map-m',
          bKey: 'Organization:ct-map-b',
          contacts: 1,
          lastAt: t + 1,
        },
      ];
      expect(mine(await contactPairs(engine, period))).toEqual(expected);
      // found from both ends, each pair once
      expect(
        await contactPairs(engine, period, [
          { label: 'Manager', id: 'ct-map-m' },
          { label: 'Organization', id: 'ct-map-a' },
          { label: 'Manager', id: 'ct-map-n' },
        ]),
      ).toEqual(expected);
      expect(await contactPairs(engine, period, [{ label: 'Organization', id: 'ct-map-b' }])).toEqual([
        expected[2],
      ]);

      const ego = (steps: number) =>
        egoNetwork(engine, { ego: { label: 'Organization', id: 'ct-map-b' }, steps, ...period });
      expect(await ego(1)).toEqual([
        { label: 'Organization', id: 'ct-map-b' },
        { label: 'Manager', id: 'ct-map-m' },
      ]);
      expect(await ego(2)).toEqual([
        { label: 'Organization', id: 'ct-map-b' },
        { label: 'Manager', id: 'ct-map-m' },
        { label: 'Manager', id: 'ct-map-n' },
        { label: 'Organization', id: 'ct-map-a' },
      ]);
      expect(await actorContactTimes(engine, { label: 'Organization', id: 'ct-map-a' }, period)).toEqual([
        t,
        t + 5,
      ]);
    });

    it('an ego network does not reach through an archived organisation', async () => {
      await upsertMunicipalities(engine, [aMunicipality({ ags: '99000042', name: 'Egoort' })]);
      await upsertOrganizations(engine, [
        anOrganization({ id: 'ct-ego-a', municipalityAgs: '99000042' }),
        anOrganization({ id: 'ct-ego-old', municipalityAgs: '99000042', archived: true }),
        anOrganization({ id: 'ct-ego-c', municipalityAgs: '99000042' }),
        anOrganization({ id: 'ct-ego-d', municipalityAgs: '99000042' }),
      ]);
      const t = Date.UTC(2019, 2, 1);
      const organisations = (id: string, fromId: string, toId: string) =>
        aContact({ id, fromLabel: 'Organization', fromId, toLabel: 'Organization', toId, at: t });
      // a – old – c, and a – d – c: c is two steps from a only through d.
      await recordContacts(engine, [
        organisations('ct-ego-1', 'ct-ego-a', 'ct-ego-old'),
        organisations('ct-ego-2', 'ct-ego-old', 'ct-ego-c'),
        organisations('ct-ego-3', 'ct-ego-a', 'ct-ego-d'),
      ]);
      const period = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 6, 1) };
      const ego = (steps: number) =>
        egoNetwork(engine, { ego: { label: 'Organization', id: 'ct-ego-a' }, steps, ...period });
      expect(await ego(2)).toEqual([
        { label: 'Organization', id: 'ct-ego-a' },
        { label: 'Organization', id: 'ct-ego-d' },
      ]);
      await recordContacts(engine, [organisations('ct-ego-4', 'ct-ego-d', 'ct-ego-c')]);
      expect(await ego(1)).toEqual([
        { label: 'Organization', id: 'ct-ego-a' },
        { label: 'Organization', id: 'ct-ego-d' },
      ]);
      expect(await ego(2)).toEqual([
        { label: 'Organization', id: 'ct-ego-a' },
        { label: 'Organization', id: 'ct-ego-d' },
        { label: 'Organization', id: 'ct-ego-c' },
      ]);
    });

    it('the report network: actors with their municipalities, contacts per bucket of the periods, each once', async () => {
      await upsertMunicipalities(engine, [
        aMunicipality({ ags: '99000050', name: 'Berichtsort' }),
        aMunicipality({ ags: '99000051', name: 'Berichtsnachbar' }),
      ]);
      await upsertOrganizations(engine, [
        anOrganization({ id: 'ct-rep-a', kind: 'helper_circle', municipalityAgs: '99000050' }),
        anOrganization({ id: 'ct-rep-b', kind: 'job_centre', municipalityAgs: '99000051' }),
        anOrganization({ id: 'ct-rep-old', municipalityAgs: '99000050', archived: true }),
      ]);
      await upsertManagers(engine, [
        aManager({ id: 'ct-rep-m', organizationId: 'ct-rep-b', coversAgs: ['99000051', '99000050'] }),
        aManager({ id: 'ct-rep-n', organizationId: 'ct-rep-a', coversAgs: [] }),
      ]);
      const h1 = { from: Date.UTC(2019, 0, 1), to: Date.UTC(2019, 6, 1) };
      const h2 = { from: Date.UTC(2019, 6, 1), to: Date.UTC(2020, 0, 1) };
      const later = { from: Date.UTC(2021, 0, 1), to: Date.UTC(2021, 6, 1) };
      await recordContacts(engine, [
        aContact({ id: 'ct-rep-1', fromId: 'ct-rep-m', toId: 'ct-rep-a', at: h1.from }),
        aContact({ id: 'ct-rep-2', fromId: 'ct-rep-m', toId: 'ct-rep-a', at: h1.from + 10 }),
        aContact({
          id: 'ct-rep-3',
          fromLabel: 'Organization',
          fromId: 'ct-rep-a',
          toLabel: 'Manager',
          toId: 'ct-rep-m',
          at: h2.from,
        }),
        aContact({ id: 'ct-rep-4', fromId: 'ct-rep-n', toLabel: 'Manager', toId: 'ct-rep-m', at: h2.to - 1 }),
        aContact({
          id: 'ct-rep-5',
          fromLabel: 'Organization',
          fromId: 'ct-rep-a',
          toId: 'ct-rep-b',
          at: later.from + 5,
        }),
        // with an archived organisation: not an actor, left out
        aContact({ id: 'ct-rep-6', fromId: 'ct-rep-m', toId: 'ct-rep-old', at: h1.from + 20 }),
        // between the periods: not read
        aContact({ id: 'ct-rep-7', fromId: 'ct-rep-m', toId: 'ct-rep-b', at: Date.UTC(2020, 5, 1) }),
      ]);
      const network = await readReportNetwork(engine, [h2, { from: h1.from, to: h2.to }, later]);
      const ours = network.actors.filter((a) => a.id.startsWith('ct-rep-'));
      expect(ours).toEqual([
        { label: 'Organization', id: 'ct-rep-a', kind: 'helper_circle', municipalities: ['99000050'] },
        { label: 'Organization', id: 'ct-rep-b', kind: 'job_centre', municipalities: ['99000051'] },
        { label: 'Manager', id: 'ct-rep-m', kind: 'manager', municipalities: ['99000050', '99000051'] },
        { label: 'Manager', id: 'ct-rep-n', kind: 'manager', municipalities: [] },
      ]);
      expect(network.buckets).toEqual([h1, h2, later]);
      expect((await listReportMunicipalities(engine)).find((m) => m.ags === '99000050')).toEqual({
        ags: '99000050',
        name: 'Berichtsort',
        district: 'Testkreis',
      });
      const name = (i: number) => network.actors[i]!.id;
      const contactsIn = (bucket: number) => {
        const list = network.contacts[bucket]!;
        const pairs: string[] = [];
        for (let i = 0; i < list.length; i += 2)
          if (name(list[i]!).startsWith('ct-rep-')) pairs.push(`${name(list[i]!)}>${name(list[i + 1]!)}`);
        return pairs.sort();
      };
      expect(contactsIn(0)).toEqual(['ct-rep-m>ct-rep-a', 'ct-rep-m>ct-rep-a']);
      expect(contactsIn(1)).toEqual(['ct-rep-a>ct-rep-m', 'ct-rep-n>ct-rep-m']);
      expect(contactsIn(2)).toEqual(['ct-rep-a>ct-rep-b']);
      // more buckets than one statement sorts by: read in parts, the same contacts
      const months = Array.from({ length: 20 }, (_, i) => ({
        from: Date.UTC(2019, i, 1),
        to: Date.UTC(2019, i + 1, 1),
      }));
      const monthly = await readReportNetwork(engine, months);
      expect(monthly.buckets).toEqual(months);
      const ourContacts = (list: Int32Array) => {
        let n = 0;
        for (let i = 0; i < list.length; i += 2) if (monthly.actors[list[i]!]!.id.startsWith('ct-rep-')) n++;
        return n;
      };
      expect(monthly.contacts.map(ourContacts)).toEqual([
        2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0,
      ]);

      // the referral matrix: the referring manager's employer × the offering organisation
      await upsertServices(engine, [
        aService({ id: 'ct-rep-svc', organizationId: 'ct-rep-b', municipalityAgs: '99000051' }),
      ]);
      await upsertClients(engine, [
        aClient({
          id: 'ct-rep-client',
          caseCode: 'CT-REP1',
          managerId: 'ct-rep-m',
          municipalityAgs: '99000050',
        }),
      ]);
      const referral = (id: string, by: string, at: number): ReferralInput => ({
        id,
        clientId: 'ct-rep-client',
        serviceId: 'ct-rep-svc',
        at,
        statusAt: at,
        need: 'debt_counselling',
        by,
      });
      await recordReferrals(engine, [
        referral('ct-rep-r1', 'ct-rep-m', h1.from + 1),
        referral('ct-rep-r2', 'ct-rep-m', h1.from + 2),
        referral('ct-rep-r3', 'ct-rep-n', h2.from + 1),
        referral('ct-rep-r4', 'somebody-else', h2.from + 2),
      ]);
      const [first, second] = await referralMatrices(engine, [h1, h2]);
      expect(first).toContainEqual({ sourceKind: 'job_centre', targetKind: 'job_centre', referrals: 2 });
      expect(second).toContainEqual({ sourceKind: 'helper_circle', targetKind: 'job_centre', referrals: 1 });
      expect(second).toContainEqual({ sourceKind: 'unknown', targetKind: 'job_centre', referrals: 1 });

      // a meeting by id, with who attended
      await recordMeetings(engine, [
        {
          id: 'ct-rep-meeting',
          title: 'Netzwerktreffen',
          kind: 'network_meeting',
          date: '2019-10-08',
          municipalityAgs: '99000050',
          attendees: [
            { label: 'Organization', id: 'ct-rep-a' },
            { label: 'Manager', id: 'ct-rep-m' },
          ],
        },
      ]);
      expect(await getMeeting(engine, 'ct-rep-meeting')).toEqual({
        id: 'ct-rep-meeting',
        title: 'Netzwerktreffen',
        kind: 'network_meeting',
        date: '2019-10-08',
        municipalityAgs: '99000050',
        attendees: [
          { label: 'Manager', id: 'ct-rep-m' },
          { label: 'Organization', id: 'ct-rep-a' },
        ],
      });
      expect(await getMeeting(engine, 'ct-rep-none')).toBeNull();
    });

    it('activity of one district: its residents’ consultations and referrals, contacts of managers covering it', async () => {
      const inKreis = 'Kreis Vertragstest';
      await upsertMunicipalities(engine, [
        aMunicipality({ ags: '99000070', name: 'Kreisort', district: inKreis }),
        aMunicipality({ ags: '99000071', name: 'Auswärts', district: 'Anderer Kreis (Vertragstest)' }),
      ]);
      await upsertOrganizations(engine, [
        anOrganization({ id: 'ct-act-org', kind: 'job_centre', municipalityAgs: '99000070' }),
      ]);
      await upsertServices(engine, [
        aService({ id: 'ct-act-svc', organizationId: 'ct-act-org', municipalityAgs: '99000070' }),
      ]);
      await upsertManagers(engine, [
        aManager({ id: 'ct-act-in', organizationId: 'ct-act-org', coversAgs: ['99000071', '99000070'] }),
        aManager({ id: 'ct-act-out', organizationId: 'ct-act-org', coversAgs: ['99000071'] }),
      ]);
      await upsertClients(engine, [
        aClient({
          id: 'ct-act-c1',
          caseCode: 'CT-ACT1',
          managerId: 'ct-act-in',
          municipalityAgs: '99000070',
        }),
        aClient({
          id: 'ct-act-c2',
          caseCode: 'CT-ACT2',
          managerId: 'ct-act-in',
          municipalityAgs: '99000071',
        }),
      ]);
      const at = Date.UTC(2031, 2, 1);
      const period = { from: Date.UTC(2031, 0, 1), to: Date.UTC(2031, 6, 1) };
      await recordConsultations(engine, [
        {
          id: 'ct-act-b1',
          managerId: 'ct-act-in',
          clientId: 'ct-act-c1',
          at,
          topics: ['housing'],
          household: 'single',
        },
        {
          id: 'ct-act-b2',
          managerId: 'ct-act-in',
          clientId: 'ct-act-c1',
          at: at + 1,
          topics: ['language', 'other'],
          household: 'single',
        },
        {
          id: 'ct-act-b3',
          managerId: 'ct-act-in',
          clientId: 'ct-act-c2',
          at,
          topics: ['housing'],
          household: 'family',
        },
      ]);
      const referral = (id: string, clientId: string): ReferralInput => ({
        id,
        clientId,
        serviceId: 'ct-act-svc',
        at,
        statusAt: at,
        need: 'debt_counselling',
        by: 'ct-act-in',
      });
      await recordReferrals(engine, [referral('ct-act-r1', 'ct-act-c1'), referral('ct-act-r2', 'ct-act-c2')]);
      await recordContacts(engine, [
        aContact({ id: 'ct-act-k1', fromId: 'ct-act-in', toId: 'ct-act-org', at }),
        aContact({ id: 'ct-act-k2', fromId: 'ct-act-out', toId: 'ct-act-org', at }),
        aContact({ id: 'ct-act-k3', fromId: 'ct-act-out', toId: 'ct-act-org', at: at + 1 }),
      ]);

      const [kreis] = await periodActivity(engine, [period], { district: inKreis });
      expect(kreis!.consultations.total).toBe(2);
      expect(kreis!.consultations.byPrimaryTopic).toMatchObject({ housing: 1, language: 1 });
      expect(kreis!.referrals.total).toBe(1);
      expect(kreis!.referralMatrix).toEqual([
        { sourceKind: 'job_centre', targetKind: 'job_centre', referrals: 1 },
      ]);
      expect(kreis!.contacts.total).toBe(1);
      // the whole store counts everything of the period; a district nobody lives in, nothing
      const [all] = await periodActivity(engine, [period]);
      expect([all!.consultations.total, all!.referrals.total, all!.contacts.total]).toEqual([3, 2, 3]);
      const [empty] = await periodActivity(engine, [period], { district: "Kein Kreis' OR 1=1 --" });
      expect([empty!.consultations.total, empty!.referrals.total, empty!.contacts.total]).toEqual([0, 0, 0]);
    });

    it('official outlines replace approximate ones; unknown AGS are left alone', async () => {
      await upsertMunicipalities(engine, [
        aMunicipality({
          ags: '99000060',
          boundary: '{"type":"Polygon","coordinates":[]}',
          boundaryApproximate: true,
        }),
      ]);
      const outline = JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [9, 48],
            [9.1, 48],
            [9, 48.1],
            [9, 48],
          ],
        ],
      });
      expect(await existingMunicipalities(engine, ['99000060', '99000069'])).toEqual(new Set(['99000060']));
      expect(
        await setOfficialBoundaries(engine, [
          { ags: '99000060', boundary: outline },
          { ags: '99000069', boundary: outline },
        ]),
      ).toEqual(['99000060']);
      const stored = (await listMunicipalities(engine)).find((m) => m.ags === '99000060');
      expect(stored).toMatchObject({ boundary: outline, boundaryApproximate: false });
      expect((await listMunicipalities(engine)).some((m) => m.ags === '99000069')).toBe(false);
    });

    it('merging two organisations moves every contact (ids and properties kept), service, attendance and employment', async () => {
      await upsertOrganizations(engine, [
        anOrganization({ id: 'ct-mo-keep', name: 'Caritas (Test)' }),
        anOrganization({ id: 'ct-mo-merge', name: 'Caritasverband (Test)' }),
        anOrganization({ id: 'ct-mo-x', name: 'Partner (Test)' }),
      ]);
      await upsertManagers(engine, [aManager({ id: 'ct-mo-m', organizationId: 'ct-mo-merge' })]);
      await upsertServices(engine, [aService({ id: 'ct-mo-svc', organizationId: 'ct-mo-merge' })]);
      await upsertClients(engine, [aClient({ id: 'ct-mo-c', caseCode: 'CT-MO-1', managerId: 'ct-mo-m' })]);
      await recordReferrals(engine, [
        {
          id: 'ct-mo-r',
          clientId: 'ct-mo-c',
          serviceId: 'ct-mo-svc',
          at: 1,
          statusAt: 1,
          need: 'debt_counselling',
          status: 'sent',
          by: 'ct',
        },
      ]);
      await recordMeetings(engine, [
        {
          id: 'ct-mo-mt1',
          title: 'AK',
          kind: 'working_group',
          date: '2019-05-01',
          municipalityAgs: '99000001',
          attendees: [{ label: 'Organization', id: 'ct-mo-merge' }],
        },
        {
          id: 'ct-mo-mt2',
          title: 'Treffen',
          kind: 'network_meeting',
          date: '2019-05-02',
          municipalityAgs: '99000001',
          attendees: [
            { label: 'Organization', id: 'ct-mo-merge' },
            { label: 'Organization', id: 'ct-mo-keep' },
          ],
        },
      ]);
      const at = Date.UTC(2019, 4, 1);
      await recordContacts(engine, [
        aContact({
          id: 'ct-mo-1',
          fromId: 'ct-mo-m',
          toLabel: 'Organization',
          toId: 'ct-mo-merge',
          at,
          topic: INJECTIONS[0]!,
        }),
        aContact({
          id: 'ct-mo-2',
          fromLabel: 'Organization',
          fromId: 'ct-mo-merge',
          toLabel: 'Manager',
          toId: 'ct-mo-m',
          at: at + 1,
          channel: 'email',
        }),
        aContact({
          id: 'ct-mo-3',
          fromLabel: 'Organization',
          fromId: 'ct-mo-x',
          toLabel: 'Organization',
          toId: 'ct-mo-merge',
          at: at + 2,
        }),
        aContact({
          id: 'ct-mo-4',
          fromLabel: 'Organization',
          fromId: 'ct-mo-merge',
          toLabel: 'Organization',
          toId: 'ct-mo-x',
          at: at + 3,
          topic: 'Sprachkurse',
        }),
        aContact({
          id: 'ct-mo-5',
          fromLabel: 'Organization',
          fromId: 'ct-mo-merge',
          toLabel: 'Organization',
          toId: 'ct-mo-keep',
          at: at + 4,
        }),
      ]);
      const contactsBefore = await engine.read(Q.contactsByPrefix, { prefix: 'ct-mo-' });
      const countsBefore = await countGraph(engine);
      const ids = { keepId: 'ct-mo-keep', mergeId: 'ct-mo-merge' };
      const preview = await mergeOrganizations(engine, ids, false);
      expect(preview.counts).toEqual({
        contacts: 4,
        contactsBetween: 1,
        services: 1,
        meetings: 2,
        referrals: 1,
        employees: 1,
      });
      expect(await countGraph(engine)).toEqual(countsBefore);

      const applied = await mergeOrganizations(engine, ids, true);
      expect(applied).toEqual({ ...preview, applied: true });
      const moved = (id: string) => (id === 'ct-mo-merge' ? 'ct-mo-keep' : id);
      expect(await engine.read(Q.contactsByPrefix, { prefix: 'ct-mo-' })).toEqual(
        contactsBefore.map((c) =>
          c.id === 'ct-mo-5' ? c : { ...c, fromId: moved(c.fromId as string), toId: moved(c.toId as string) },
        ),
      );
      const countsAfter = await countGraph(engine);
      // the shared meeting keeps one attendance; everything else is still there
      expect(countsAfter).toEqual({
        nodes: countsBefore.nodes,
        relationships: { ...countsBefore.relationships, ATTENDED: countsBefore.relationships.ATTENDED - 1 },
      });
      const meetings = await listMeetings(engine, {
        from: '2019-05-01',
        to: '2019-05-02',
        limit: 10,
        offset: 0,
      });
      expect(meetings.items.filter((m) => m.id.startsWith('ct-mo-')).map((m) => [m.id, m.attendees])).toEqual(
        [
          ['ct-mo-mt2', [{ label: 'Organization', id: 'ct-mo-keep' }]],
          ['ct-mo-mt1', [{ label: 'Organization', id: 'ct-mo-keep' }]],
        ],
      );
      await expect(mergeOrganizations(engine, ids, true)).rejects.toThrow(GraphValidationError);
      await expect(
        mergeOrganizations(engine, { keepId: 'ct-mo-x', mergeId: 'ct-mo-x' }, false),
      ).rejects.toMatchObject({
        issues: [{ path: ['mergeId'] }],
      });
    });

    it('50 concurrent writes all land', async () => {
      const before = await totals(engine);
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          i % 2
            ? recordContacts(engine, [aContact({ id: `ct-conc-${i}` })])
            : upsertManagers(engine, [aManager({ id: `ct-conc-mgr-${i}` })]),
        ),
      );
      const after = await totals(engine);
      // 25 managers (+ EMPLOYED_BY and COVERS each) and 25 contacts.
      expect(after.nodes - before.nodes).toBe(25);
      expect(after.relationships - before.relationships).toBe(25 * 2 + 25);
    });
  });
}
