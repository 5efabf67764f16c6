// Suggestions over real HTTP on a small hand-built district: who may ask what, responsibility, synonyms,
// the graph signals and their thresholds (and that they tell nothing about other managers' clients),
// gaps, and the referral from a suggestion with the client's consent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countGraph,
  listAuditEvents,
  recordContacts,
  recordReferrals,
  upsertClients,
  upsertManagers,
  upsertMunicipalities,
  upsertOrganizations,
  upsertServices,
  type GraphEngine,
  type ReferralInput,
} from '@lotse/graph';
import { openTemporaryGraph } from '@lotse/graph/testing';
import { createServer, type RunningServer } from './server.ts';
import { EHINGEN, seedBase, TEST_PASSWORD } from './testing/fixture.ts';
import { codeOf, graphqlClient, type Reply } from './testing/http.ts';

let engine: GraphEngine;
let dispose: () => Promise<void>;
let server: RunningServer;
const http = graphqlClient(() => server.url);
const cookies: Record<string, string> = {};

// The server's clock: Monday 15 June 2026, 10:00 in Berlin. Team figures cover June 2025 – May 2026.
const NOW = Date.UTC(2026, 5, 15, 8);
const DAY = 86_400_000;
const SCHELKLINGEN = {
  ...EHINGEN,
  ags: '08425108',
  name: 'Schelklingen',
  lat: 48.375,
  lon: 9.732,
  population: 7000,
};
const ULM = {
  ...EHINGEN,
  ags: '08421000',
  name: 'Ulm',
  district: 'Ulm',
  lat: 48.4,
  lon: 9.99,
  population: 126_000,
};

const SUGGEST = `query ($input: SuggestInput!) { suggestServices(input: $input) {
  need { id category subcategory label }
  origin { municipality { ags } }
  suggestions { service { id } distanceKm score matchedLanguages reasons { code weight text textEn } }
  gap { text textEn nearMiss { service { id } failed text } } } }`;
const REFER = `mutation ($input: ReferFromSuggestionInput!) { referFromSuggestion(input: $input) {
  id status need consentAt service { id } } }`;
type Result = {
  need: { id: string; category: string; subcategory: string | null; label: string };
  origin: { municipality: { ags: string } };
  suggestions: { service: { id: string }; distanceKm: number; reasons: { code: string; text: string }[] }[];
  gap: { text: string; nearMiss: { service: { id: string }; failed: string; text: string } | null } | null;
};
const field = (reply: Reply) => reply.body.errors?.[0]?.extensions?.field;
const result = (reply: Reply) => {
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data?.suggestServices as Result;
};
const suggestFor = async (input: Record<string, unknown>, cookie?: string) =>
  http.post(SUGGEST, { input: { maxKm: 50, ...input } }, cookie);
const codesOf = (r: Result, serviceId: string) =>
  r.suggestions.find((s) => s.service.id === serviceId)?.reasons.map((reason) => reason.code) ?? [];

const service = (
  id: string,
  organizationId: string,
  category: string,
  at: { lat: number; lon: number },
  extra = {},
) => ({
  id,
  organizationId,
  name: `Angebot ${id}`,
  category: category as 'pregnancy_counselling',
  municipalityAgs: EHINGEN.ags,
  ...at,
  openingHours: {
    weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
      day,
      from: '08:00',
      to: '16:00',
    })),
    exceptions: [],
    appointmentOnly: false,
  },
  ...extra,
});

let referralCount = 0;
const referral = (
  clientId: string,
  serviceId: string,
  at: number,
  status: ReferralInput['status'],
): ReferralInput => ({
  id: `ref-${++referralCount}`,
  clientId,
  serviceId,
  at,
  statusAt: at,
  need: 'debt_counselling',
  status,
  by: 'test',
  consentAt: at,
});

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await upsertMunicipalities(engine, [EHINGEN, SCHELKLINGEN, ULM]);
  await upsertOrganizations(engine, [
    { id: 'org-awo', name: 'AWO Ulm', kind: 'im_carrier', municipalityAgs: ULM.ags },
    {
      id: 'org-caritas',
      name: 'Caritas Ehingen',
      kind: 'counselling_provider',
      municipalityAgs: EHINGEN.ags,
    },
    { id: 'org-profamilia', name: 'pro familia', kind: 'counselling_provider', municipalityAgs: EHINGEN.ags },
    { id: 'org-diakonie', name: 'Diakonie Ulm', kind: 'counselling_provider', municipalityAgs: ULM.ags },
    {
      id: 'org-lra-abh',
      name: 'Ausländerbehörde Landratsamt',
      kind: 'immigration_office',
      municipalityAgs: EHINGEN.ags,
    },
    {
      id: 'org-city-abh',
      name: 'Ausländerbehörde Ehingen',
      kind: 'immigration_office',
      municipalityAgs: EHINGEN.ags,
    },
  ]);
  // m-c works for another employer: not in the team of m-a and m-b.
  await upsertManagers(engine, [
    { id: 'm-c', name: 'IM C', organizationId: 'org-awo', coversAgs: [ULM.ags] },
  ]);
  await seedBase(engine, [
    { username: 'im.a', role: 'manager', managerId: 'm-a' },
    { username: 'im.b', role: 'manager', managerId: 'm-b' },
    { username: 'im.c', role: 'manager', managerId: 'm-c' },
    { username: 'koordination', role: 'coordinator' },
    { username: 'netzwerk', role: 'viewer' },
  ]);
  await upsertServices(engine, [
    // Pregnancy counselling: German next door, Arabic 6 km away, Arabic in Ulm (≈ 21 km).
    service('preg-de', 'org-caritas', 'pregnancy_counselling', { lat: 48.281, lon: 9.721 }),
    service(
      'preg-ar',
      'org-profamilia',
      'pregnancy_counselling',
      { lat: 48.334, lon: 9.72 },
      { languages: ['de', 'ar'] },
    ),
    service(
      'preg-ulm',
      'org-diakonie',
      'pregnancy_counselling',
      { lat: 48.4, lon: 9.99 },
      { languages: ['de', 'ar'] },
    ),
    // Debt counselling, for the team figures.
    service('debt-caritas', 'org-caritas', 'debt_counselling', { lat: 48.282, lon: 9.722 }),
    service('debt-diakonie', 'org-diakonie', 'debt_counselling', { lat: 48.283, lon: 9.723 }),
    // Residence matters: the district office serves the district except Ehingen, which has its own.
    service(
      'abh-district',
      'org-lra-abh',
      'residence_matters',
      { lat: 48.282, lon: 9.72 },
      {
        subcategory: 'residence_permit',
        servesAll: false,
        servesAgs: [SCHELKLINGEN.ags],
      },
    ),
    service(
      'abh-city',
      'org-city-abh',
      'residence_matters',
      { lat: 48.285, lon: 9.725 },
      {
        subcategory: 'residence_permit',
        servesAll: false,
        servesAgs: [EHINGEN.ags],
      },
    ),
  ]);
  const client = (id: string, managerId: string, extra = {}) => ({
    id,
    caseCode: id.toUpperCase().replace('_', '-'),
    managerId,
    municipalityAgs: EHINGEN.ags,
    household: 'single' as const,
    householdSize: 1,
    minors: 0,
    openedOn: '2025-03-01',
    ...extra,
  });
  await upsertClients(engine, [
    client('ca-1', 'm-a', { languages: ['ar', 'de'], gender: 'female', birthYear: 1995 }),
    client('ca-2', 'm-a', { municipalityAgs: SCHELKLINGEN.ags }),
    ...Array.from({ length: 6 }, (_, i) => client(`cb-${i + 1}`, 'm-b')),
    ...Array.from({ length: 8 }, (_, i) => client(`cc-${i + 1}`, 'm-c')),
  ]);
  // Signals are read for every suggestion here (the tests change the graph between questions).
  server = await createServer({ engine, port: 0, clock: () => NOW, signalTtlMs: 0 });
  for (const user of ['im.a', 'im.b', 'im.c', 'koordination', 'netzwerk'])
    cookies[user] = await http.login(user, TEST_PASSWORD);
});
afterAll(async () => {
  await server?.close();
  await dispose?.();
});

describe('suggestServices: who may ask', () => {
  it('the public asks from a municipality or a point, without graph signals; never from a client', async () => {
    const byPlace = result(await suggestFor({ need: 'schwanger', origin: { municipalityAgs: EHINGEN.ags } }));
    expect(byPlace.need).toMatchObject({ id: 'pregnancy_counselling', label: 'Schwangerschaftsberatung' });
    expect(byPlace.suggestions.map((s) => s.service.id)).toEqual(['preg-de', 'preg-ar', 'preg-ulm']);
    const byPoint = result(
      await suggestFor({ need: 'schwanger', origin: { point: { lat: 48.37, lon: 9.73 } } }),
    );
    expect(byPoint.origin.municipality.ags).toBe(SCHELKLINGEN.ags);
    expect(codeOf(await suggestFor({ need: 'schwanger', origin: { clientId: 'ca-1' } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it("a manager asks for an own client (audited); another manager's client is refused and audited", async () => {
    const before = (await listAuditEvents(engine, { caseId: 'ca-1', limit: 50 })).length;
    const own = result(
      await suggestFor({ need: 'schwanger', origin: { clientId: 'ca-1' } }, cookies['im.a']),
    );
    // The client's languages are used: Arabic within 6 km outweighs German next door.
    expect(own.suggestions.map((s) => s.service.id)).toEqual(['preg-ar', 'preg-de', 'preg-ulm']);
    const events = await listAuditEvents(engine, { caseId: 'ca-1', limit: 50 });
    expect(events).toHaveLength(before + 1);
    expect(events[0]).toMatchObject({ actor: 'im.a', operation: 'suggestion.client', allowed: true });

    const foreign = await suggestFor({ need: 'schwanger', origin: { clientId: 'ca-1' } }, cookies['im.b']);
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    expect(foreign.body.data).toBeNull();
    const after = await listAuditEvents(engine, { caseId: 'ca-1', limit: 50 });
    expect(after[0]).toMatchObject({ actor: 'im.b', operation: 'suggestion.client', allowed: false });
    expect(
      codeOf(await suggestFor({ need: 'schwanger', origin: { clientId: 'ca-1' } }, cookies['koordination'])),
    ).toBe('FORBIDDEN');
  });
});

describe('suggestServices: needs, responsibility, bad input', () => {
  it('maps free text to the taxonomy, and a sub-category narrows the services', async () => {
    for (const [text, id] of [
      ['Schulden', 'debt_counselling'],
      ['pregnant', 'pregnancy_counselling'],
      ['Aufenthaltserlaubnis', 'residence_matters/residence_permit'],
    ] as const) {
      const r = result(await suggestFor({ need: text, origin: { municipalityAgs: EHINGEN.ags } }));
      expect(r.need.id).toBe(id);
    }
    const unknown = await suggestFor({ need: 'Quantenphysik', origin: { municipalityAgs: EHINGEN.ags } });
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(field(unknown)).toBe('input.need');
    expect(unknown.body.errors?.[0]?.message).toMatch(/Kein Bedarf passt.*no need matches/);
  });

  it('a service with a Zuständigkeit is suggested only for the places it serves', async () => {
    const ehingen = result(
      await suggestFor({ need: 'Aufenthaltserlaubnis', origin: { clientId: 'ca-1' } }, cookies['im.a']),
    );
    expect(ehingen.suggestions.map((s) => s.service.id)).toEqual(['abh-city']);
    const schelklingen = result(
      await suggestFor({ need: 'Aufenthaltserlaubnis', origin: { clientId: 'ca-2' } }, cookies['im.a']),
    );
    expect(schelklingen.suggestions.map((s) => s.service.id)).toEqual(['abh-district']);
  });

  it('refuses bad input naming the field', async () => {
    const two = await suggestFor({
      need: 'Schulden',
      origin: { municipalityAgs: EHINGEN.ags, clientId: 'ca-1' },
    });
    expect(field(two)).toBe('input.origin');
    const none = await suggestFor({ need: 'Schulden', origin: {} });
    expect(field(none)).toBe('input.origin');
    expect(field(await suggestFor({ need: 'Schulden', origin: { municipalityAgs: '123' } }))).toBe(
      'input.origin.municipalityAgs',
    );
    expect(field(await suggestFor({ need: 'Schulden', origin: { municipalityAgs: '08999999' } }))).toBe(
      'input.origin.municipalityAgs',
    );
    expect(field(await suggestFor({ need: 'Schulden', origin: { point: { lat: 91, lon: 9 } } }))).toBe(
      'input.origin.point.lat',
    );
    expect(
      field(await suggestFor({ need: 'Schulden', origin: { municipalityAgs: EHINGEN.ags }, maxKm: 0 })),
    ).toBe('input.maxKm');
    expect(
      field(await suggestFor({ need: 'Schulden', origin: { municipalityAgs: EHINGEN.ags }, limit: 500 })),
    ).toBe('input.limit');
    const window = { from: new Date(NOW).toISOString(), to: new Date(NOW - DAY).toISOString() };
    expect(
      field(await suggestFor({ need: 'Schulden', origin: { municipalityAgs: EHINGEN.ags }, window })),
    ).toBe('input.window.to');
    expect(
      field(
        await suggestFor({
          need: 'Schulden',
          origin: { municipalityAgs: EHINGEN.ags },
          languages: ['Arabisch'],
        }),
      ),
    ).toBe('input.languages[0]');
  });

  it('when nothing fits, says so and names the nearest service failing one criterion', async () => {
    const r = result(
      await http.post(SUGGEST, {
        input: { need: 'schwanger', origin: { municipalityAgs: ULM.ags }, maxKm: 5, barrierFree: true },
      }),
    );
    expect(r.suggestions).toEqual([]);
    expect(r.gap?.text).toBe(
      'Keine Schwangerschaftsberatung im Umkreis von 5 km, die alle Bedingungen erfüllt',
    );
    // preg-ulm is in Ulm but not step-free; the Ehingen ones fail both distance and step-free access.
    expect(r.gap?.nearMiss).toMatchObject({
      service: { id: 'preg-ulm' },
      failed: 'BARRIER_FREE',
      text: 'nicht barrierefrei',
    });
  });
});

describe('graph signals', () => {
  const inPeriod = NOW - 60 * DAY; // April 2026
  const thisMonth = NOW - 2 * DAY; // June 2026: not yet counted

  it("team figures count from five referrals of five clients; other teams' referrals never count", async () => {
    // Four referrals by the team (m-b's clients) to Caritas, and ten by m-c (another employer) to Diakonie.
    await recordReferrals(engine, [
      referral('cb-1', 'debt-caritas', inPeriod, 'accepted'),
      referral('cb-2', 'debt-caritas', inPeriod, 'closed'),
      referral('cb-3', 'debt-caritas', inPeriod, 'declined'),
      referral('cb-4', 'debt-caritas', inPeriod, 'sent'),
      // This month's referral does not count yet (figures change once a month).
      referral('cb-5', 'debt-caritas', thisMonth, 'accepted'),
      ...Array.from({ length: 8 }, (_, i) => referral(`cc-${i + 1}`, 'debt-diakonie', inPeriod, 'accepted')),
    ]);
    const ask = async (user: string) =>
      result(await suggestFor({ need: 'Schulden', origin: { municipalityAgs: EHINGEN.ags } }, cookies[user]));
    let r = await ask('im.a');
    expect(codesOf(r, 'debt-caritas')).not.toContain('TEAM_ACCEPTED');
    expect(codesOf(r, 'debt-diakonie')).not.toContain('TEAM_ACCEPTED');

    // The fifth referral of a fifth client in the period: now the team's figure shows.
    await recordReferrals(engine, [referral('cb-6', 'debt-caritas', inPeriod, 'accepted')]);
    r = await ask('im.a');
    const reason = r.suggestions
      .find((s) => s.service.id === 'debt-caritas')!
      .reasons.find((x) => x.code === 'TEAM_ACCEPTED');
    expect(reason?.text).toBe('3 von 4 Weiterleitungen Ihres Teams angenommen (12 Monate)');
    // m-c's eight referrals are another team's: not shown to m-a, shown to m-c.
    expect(codesOf(r, 'debt-diakonie')).not.toContain('TEAM_ACCEPTED');
    expect(codesOf(await ask('im.c'), 'debt-diakonie')).toContain('TEAM_ACCEPTED');
    // Coordinators, viewers and the public have no team: no figures at all.
    expect(codesOf(await ask('koordination'), 'debt-caritas')).not.toContain('TEAM_ACCEPTED');
    const anonymous = result(
      await suggestFor({ need: 'Schulden', origin: { municipalityAgs: EHINGEN.ags } }),
    );
    expect(codesOf(anonymous, 'debt-caritas')).not.toContain('TEAM_ACCEPTED');

    // Nothing in the answer names another manager's client or case.
    const text = JSON.stringify(r);
    for (const id of ['cb-1', 'CB-1', 'cb-6', 'CB-6', 'cc-1', 'CC-1']) expect(text).not.toContain(id);
  });

  it('own contacts and shared meetings are the caller’s own', async () => {
    await recordContacts(engine, [
      {
        id: 'k-1',
        fromLabel: 'Manager',
        fromId: 'm-a',
        toLabel: 'Organization',
        toId: 'org-profamilia',
        at: Date.UTC(2026, 3, 20, 10),
        channel: 'phone',
        topic: '',
      },
    ]);
    const mine = result(
      await suggestFor({ need: 'schwanger', origin: { municipalityAgs: EHINGEN.ags } }, cookies['im.a']),
    );
    const reason = mine.suggestions
      .find((s) => s.service.id === 'preg-ar')!
      .reasons.find((x) => x.code === 'OWN_CONTACT');
    expect(reason?.text).toBe('Sie hatten einen Kontakt mit pro familia, zuletzt im April 2026');
    const theirs = result(
      await suggestFor({ need: 'schwanger', origin: { municipalityAgs: EHINGEN.ags } }, cookies['im.b']),
    );
    expect(codesOf(theirs, 'preg-ar')).not.toContain('OWN_CONTACT');
  });
});

describe('serviceGaps', () => {
  it('lists per municipality the nearest suitable service and marks the gaps', async () => {
    const GAPS = `query ($language: String) { serviceGaps(need: "schwanger", maxKm: 10, language: $language) {
      municipality { ags } nearest { id } distanceKm gap text textEn } }`;
    const reply = await http.post(GAPS, { language: 'ar' }, cookies['netzwerk']);
    expect(reply.body.errors).toBeUndefined();
    const rows = reply.body.data?.serviceGaps as {
      municipality: { ags: string };
      nearest: { id: string } | null;
      gap: boolean;
      text: string | null;
      textEn: string | null;
    }[];
    const byAgs = Object.fromEntries(rows.map((r) => [r.municipality.ags, r]));
    expect(byAgs[EHINGEN.ags]).toMatchObject({ nearest: { id: 'preg-ar' }, gap: false, text: null });
    expect(byAgs[ULM.ags]).toMatchObject({ nearest: { id: 'preg-ulm' }, gap: false });
    expect(byAgs[SCHELKLINGEN.ags]).toMatchObject({ nearest: { id: 'preg-ar' }, gap: false });
    const far = (
      await http.post(GAPS.replace('maxKm: 10', 'maxKm: 1'), { language: 'ar' }, cookies['netzwerk'])
    ).body.data?.serviceGaps as typeof rows;
    expect(far.find((r) => r.municipality.ags === SCHELKLINGEN.ags)).toMatchObject({
      gap: true,
      text: 'keine arabischsprachige Schwangerschaftsberatung im Umkreis von 1 km',
      textEn: 'no Arabic-speaking pregnancy counselling within 1 km',
    });
    expect(codeOf(await http.post(GAPS, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('referFromSuggestion', () => {
  const refer = (input: Record<string, unknown>, user = 'im.a') =>
    http.post(
      REFER,
      {
        input: { clientId: 'ca-1', serviceId: 'preg-ar', need: 'schwanger', consentToShare: true, ...input },
      },
      cookies[user],
    );
  const referrals = async () => (await countGraph(engine)).relationships.REFERRED_TO;

  it('records the referral with the consent acknowledged, and refuses without it', async () => {
    const before = await referrals();
    const refused = await refer({ consentToShare: false });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(field(refused)).toBe('input.consentToShare');
    expect(refused.body.errors?.[0]?.message).toMatch(/Einwilligung.*consent/);
    expect(await referrals()).toBe(before);

    const done = await refer({});
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data?.referFromSuggestion).toMatchObject({
      status: 'PLANNED',
      need: 'PREGNANCY_COUNSELLING',
      service: { id: 'preg-ar' },
    });
    expect((done.body.data?.referFromSuggestion as { consentAt: string | null }).consentAt).not.toBeNull();
    expect(await referrals()).toBe(before + 1);
  });

  it('refuses a service that does not fit the client, and clients of other managers', async () => {
    const before = await referrals();
    const wrongNeed = await refer({ serviceId: 'debt-caritas' });
    expect(field(wrongNeed)).toBe('input.serviceId');
    // The district's immigration office is not responsible for Ehingen.
    const notResponsible = await refer({ serviceId: 'abh-district', need: 'Aufenthaltserlaubnis' });
    expect(field(notResponsible)).toBe('input.serviceId');
    expect(notResponsible.body.errors?.[0]?.message).toMatch(/nicht zuständig/);
    expect(codeOf(await refer({}, 'im.b'))).toBe('FORBIDDEN');
    expect(await referrals()).toBe(before);
  });
});
