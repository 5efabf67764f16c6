// The ranking on a hand-built district where the right order is known by construction: every expected
// score below is the config's formula applied by hand.
import { describe, expect, it } from 'vitest';
import { resolveNeed, type NeedEntry, type ServiceRow } from '@lotse/graph';
import { SUGGEST_CONFIG as C, haversineKm } from './config.ts';
import { NO_SIGNALS, suggest, type ClientFacts, type Signals, type SuggestQuery } from './rank.ts';

const ORIGIN = { lat: 48.3, lon: 9.7, municipalityAgs: '08425033' };
const KM_PER_DEGREE = haversineKm({ lat: 48, lon: 9.7 }, { lat: 49, lon: 9.7 });
/** A point `km` north of the origin. */
const north = (km: number) => ({ lat: ORIGIN.lat + km / KM_PER_DEGREE, lon: ORIGIN.lon });
// Monday 12 January 2026, 08:00 in Berlin (07:00 UTC); the window is the next seven days.
const NOW = Date.UTC(2026, 0, 12, 7);
const WEEK = { from: NOW, to: NOW + 7 * 86_400_000 };
const need = (text: string) => resolveNeed(text)!;
const distanceWeight = (km: number) => C.distance.weight * 0.5 ** (km / C.distance.halfKm);

function service(id: string, km: number, overrides: Partial<ServiceRow> = {}): ServiceRow {
  return {
    id,
    organizationId: `org-${id}`,
    organizationName: `Träger ${id}`,
    organizationKind: 'counselling_provider',
    name: `Beratung ${id}`,
    category: 'pregnancy_counselling',
    subcategory: '',
    description: '',
    address: '',
    municipalityAgs: '08425033',
    municipalityName: 'Ehingen (Donau)',
    ...north(km),
    languages: ['de'],
    targetGroups: [],
    residenceStatuses: [],
    minAge: null,
    maxAge: null,
    gender: 'any',
    // Open every weekday morning unless a test says otherwise.
    openingHours: {
      weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
        day,
        from: '08:00',
        to: '12:00',
      })),
      exceptions: [],
      appointmentOnly: false,
    },
    contactModes: ['in_person'],
    accessibility: [],
    barrierFree: false,
    cost: 'free',
    waitingDays: null,
    servesAll: true,
    servesAgs: [],
    status: 'active',
    archived: false,
    lastVerified: null,
    phone: '',
    email: '',
    website: '',
    isDemo: false,
    ...overrides,
  };
}

function query(overrides: Partial<SuggestQuery> = {}): SuggestQuery {
  return {
    need: need('pregnancy_counselling') as NeedEntry,
    origin: ORIGIN,
    client: null,
    languages: [],
    window: WEEK,
    remoteOnly: false,
    barrierFree: false,
    maxKm: 30,
    limit: 10,
    ...overrides,
  };
}

const CLIENT: ClientFacts = {
  municipalityAgs: '08425033',
  languages: ['ar', 'de'],
  residenceStatus: 'recognised_refugee',
  birthYear: 1996,
  gender: 'female',
  household: 'family',
  minors: 2,
  openedOn: '2024-05-01',
};

const ids = (services: ServiceRow[], q: SuggestQuery, signals: Signals = NO_SIGNALS) =>
  suggest(q, services, signals, NOW).suggestions.map((s) => s.service.id);

describe('ranking trade-offs', () => {
  it('language can outweigh distance, within reason', () => {
    const services = [
      service('near-german', 2),
      service('arabic-12km', 12, { languages: ['de', 'ar'] }),
      service('arabic-30km', 30, { languages: ['de', 'ar'] }),
    ];
    const result = suggest(query({ languages: ['ar'] }), services, NO_SIGNALS, NOW);
    // 40·0.5^1.2 + 25 = 42.4 > 40·0.5^0.2 = 34.8 > 40·0.5^3 + 25 = 30 (all open now: +15 each).
    expect(result.suggestions.map((s) => s.service.id)).toEqual([
      'arabic-12km',
      'near-german',
      'arabic-30km',
    ]);
    const [first] = result.suggestions;
    expect(first!.score).toBeCloseTo(distanceWeight(12) + C.language.weight + C.opening.weight, 6);
    expect(first!.matchedLanguages).toEqual(['ar']);
    expect(first!.reasons.map((r) => r.code)).toEqual(['language', 'distance', 'open_now']);
    expect(first!.reasons[0]).toMatchObject({ de: 'berät auf Arabisch', en: 'counsels in Arabic' });
    expect(first!.reasons[1]).toMatchObject({ de: '12 km entfernt', en: '12 km away' });
    expect(result.suggestions[1]!.reasons.find((r) => r.code === 'language_missing')).toMatchObject({
      weight: 0,
      de: 'berät nicht auf Arabisch',
    });
  });

  it('an opening soon can outweigh a shorter way; no opening in the window earns nothing', () => {
    const fridayOnly = {
      weekly: [{ day: 'fri' as const, from: '09:00', to: '12:00' }],
      exceptions: [],
      appointmentOnly: false,
    };
    const services = [
      service('open-now-5km', 5),
      service('friday-3km', 3, { openingHours: fridayOnly }),
      service('closed-this-week-1km', 1, {
        openingHours: {
          weekly: [{ day: 'mon', from: '13:00', to: '14:00' }],
          exceptions: [{ date: '2026-01-12', closed: true, ranges: [], note: 'Betriebsausflug' }],
          appointmentOnly: false,
        },
      }),
    ];
    const result = suggest(query(), services, NO_SIGNALS, NOW);
    expect(result.suggestions.map((s) => s.service.id)).toEqual([
      'open-now-5km',
      'friday-3km',
      'closed-this-week-1km',
    ]);
    // Friday 09:00 is 4 days and 1 hour into the 7-day window.
    const share = 1 - (4 * 24 + 1) / (7 * 24);
    expect(result.suggestions[1]!.score).toBeCloseTo(distanceWeight(3) + C.opening.weight * share, 6);
    expect(result.suggestions[1]!.reasons.find((r) => r.code === 'next_opening')).toMatchObject({
      de: 'geöffnet Fr., 16.1. ab 09:00',
    });
    expect(result.suggestions[1]!.nextOpening).toEqual({
      start: Date.UTC(2026, 0, 16, 8),
      end: Date.UTC(2026, 0, 16, 11),
      appointmentOnly: false,
    });
    expect(result.suggestions[2]!.reasons.map((r) => r.code)).toContain('no_opening_in_window');
    expect(result.suggestions[0]!.reasons.find((r) => r.code === 'open_now')).toMatchObject({
      de: 'jetzt geöffnet bis 12:00',
    });
  });

  it('explains waiting time, remote counselling, step-free access; temporarily closed goes down', () => {
    const services = [
      service('plain', 5),
      service('extras', 5, { waitingDays: 6, contactModes: ['in_person', 'phone'], barrierFree: true }),
      service('temporarily-closed', 0.5, { status: 'temporarily_closed' }),
    ];
    const result = suggest(query(), services, NO_SIGNALS, NOW);
    expect(result.suggestions.map((s) => s.service.id)).toEqual(['extras', 'plain', 'temporarily-closed']);
    const extras = result.suggestions[0]!;
    expect(extras.score - result.suggestions[1]!.score).toBeCloseTo(
      C.waiting.weight * (1 - 6 / C.waiting.maxDays) + C.remote.weight + C.accessibility.weight,
      6,
    );
    expect(extras.reasons.map((r) => r.de)).toEqual(
      expect.arrayContaining(['Wartezeit etwa 6 Tage', 'berät auch per Telefon', 'barrierefrei']),
    );
    expect(result.suggestions[2]!.reasons.find((r) => r.code === 'temporarily_closed')?.weight).toBe(
      C.opening.temporarilyClosedWeight,
    );
    expect(result.suggestions[2]!.nextOpening).toBeNull();
  });

  it('breaks ties by distance, then by id, so the order never flips', () => {
    const services = [service('b', 4), service('a', 4), service('c', 3.99999)];
    // c is nearer, so it scores a hair higher; a and b are equal and go by id.
    expect(ids(services, query())).toEqual(['c', 'a', 'b']);
    expect(ids([...services].reverse(), query())).toEqual(['c', 'a', 'b']);
  });
});

describe('hard filters', () => {
  it('category with its sub-categories; a sub-category only itself', () => {
    const services = [
      service('general', 1),
      service('conflict', 2, { subcategory: 'pregnancy_conflict' }),
      service('debt', 1, { category: 'debt_counselling' }),
    ];
    expect(ids(services, query()).sort()).toEqual(['conflict', 'general']);
    expect(ids(services, query({ need: need('Schwangerschaftskonflikt') }))).toEqual(['conflict']);
  });

  it('responsible area: a service with a Zuständigkeit only for the places it serves', () => {
    const district = service('district-abh', 5, {
      category: 'residence_matters',
      servesAll: false,
      servesAgs: ['08425011', '08425014'],
    });
    const city = service('city-abh', 1, {
      category: 'residence_matters',
      servesAll: false,
      servesAgs: ['08425033'],
    });
    const q = query({ need: need('Ausländerbehörde') });
    expect(ids([district, city], q)).toEqual(['city-abh']);
    expect(ids([district, city], { ...q, origin: { ...ORIGIN, municipalityAgs: '08425011' } })).toEqual([
      'district-abh',
    ]);
  });

  it("eligibility against the client's facts; unknown facts do not exclude", () => {
    const services = [
      service('women-only', 1, { gender: 'female' }),
      service('men-only', 1, { gender: 'male' }),
      service('youth-14-26', 1, { minAge: 14, maxAge: 26 }),
      service('asylum-procedure-only', 1, { residenceStatuses: ['asylum_procedure'] }),
      service('for-parents', 1, { targetGroups: ['parents'] }),
      service('for-single-youth', 1, { targetGroups: ['youth'] }),
      service('for-any', 1),
    ];
    // Born 1996: 29 or 30 in 2026.
    expect(ids(services, query({ client: CLIENT })).sort()).toEqual(['for-any', 'for-parents', 'women-only']);
    const unknown: ClientFacts = { ...CLIENT, gender: 'unknown', birthYear: null, residenceStatus: '' };
    expect(ids(services, query({ client: unknown })).sort()).toEqual([
      'asylum-procedure-only',
      'for-any',
      'for-parents',
      'for-single-youth',
      'men-only',
      'women-only',
      'youth-14-26',
    ]);
  });

  it('closed services never; remote-only and barrier-free when asked; max distance unless remote', () => {
    const services = [
      service('closed', 1, { status: 'closed' }),
      service('phone-40km', 40, { contactModes: ['phone'] }),
      service('step-free', 10, { barrierFree: true }),
      service('near', 2),
    ];
    expect(ids(services, query()).sort()).toEqual(['near', 'step-free']);
    expect(ids(services, query({ remoteOnly: true }))).toEqual(['phone-40km']);
    expect(ids(services, query({ barrierFree: true }))).toEqual(['step-free']);
    expect(ids(services, query({ maxKm: 5 }))).toEqual(['near']);
  });
});

describe('the distance limit', () => {
  it('holds in every direction, also east and west where degrees of longitude are shorter', () => {
    const east = (km: number) => ({
      lat: ORIGIN.lat,
      lon: ORIGIN.lon + km / (KM_PER_DEGREE * Math.cos((ORIGIN.lat * Math.PI) / 180)),
    });
    const services = [29.8, 30.5, -29.8, -30.5].map((km) => service(`east-${km}`, 0, east(km)));
    services.push(service('north-29.9', 29.9), service('south-29.9', -29.9));
    const within = services
      .filter((s) => haversineKm(ORIGIN, s) <= 30)
      .map((s) => s.id)
      .sort();
    expect(within).toEqual(['east--29.8', 'east-29.8', 'north-29.9', 'south-29.9']);
    expect(ids(services, query()).sort()).toEqual(within);
  });
});

describe('gaps are answers', () => {
  it('says what is missing and names the nearest service that fails one criterion only', () => {
    const services = [
      // Nearer, but fails two criteria: not named.
      service('two-failures', 35, { gender: 'male', servesAll: false, servesAgs: ['08425011'] }),
      service('too-far', 42),
      service('farther', 60),
    ];
    const result = suggest(query({ client: CLIENT }), services, NO_SIGNALS, NOW);
    expect(result.suggestions).toEqual([]);
    expect(result.gap).toMatchObject({
      de: 'Keine Schwangerschaftsberatung im Umkreis von 30 km, die alle Bedingungen erfüllt',
      en: 'No pregnancy counselling within 30 km that meets every condition',
      nearMiss: { failed: 'distance', de: '42 km entfernt, mehr als 30 km' },
    });
    expect(result.gap!.nearMiss!.service.id).toBe('too-far');
    const responsible = suggest(
      query({ client: CLIENT }),
      [service('elsewhere', 3, { servesAll: false, servesAgs: ['08425011'] })],
      NO_SIGNALS,
      NOW,
    );
    expect(responsible.gap?.nearMiss).toMatchObject({ failed: 'responsible_area' });
  });
});

describe('graph signals', () => {
  const outcome = (
    referrals: number,
    clients: number,
    accepted: number,
    declined: number,
    rated = 0,
    helped = 0,
  ) => new Map([['a', { serviceId: 'a', referrals, clients, accepted, declined, rated, helped }]]);
  const codes = (signals: Signals) =>
    suggest(query(), [service('a', 5)], signals, NOW).suggestions[0]!.reasons.map((r) => r.code);

  it("shows the team's figures only from five referrals of five clients", () => {
    expect(codes({ ...NO_SIGNALS, team: outcome(4, 4, 3, 1) })).not.toContain('team_accepted');
    expect(codes({ ...NO_SIGNALS, team: outcome(5, 4, 3, 1) })).not.toContain('team_accepted');
    const shown = suggest(query(), [service('a', 5)], { ...NO_SIGNALS, team: outcome(5, 5, 3, 1) }, NOW);
    const accepted = shown.suggestions[0]!.reasons.find((r) => r.code === 'team_accepted');
    expect(accepted).toMatchObject({
      weight: C.team.acceptedWeight * 0.75,
      de: '3 von 4 Weiterleitungen Ihres Teams angenommen (12 Monate)',
    });
    // Helped rates need five closed referrals with a known outcome.
    expect(codes({ ...NO_SIGNALS, team: outcome(9, 9, 7, 1, 4, 4) })).not.toContain('team_helped');
    expect(codes({ ...NO_SIGNALS, team: outcome(9, 9, 7, 1, 5, 4) })).toContain('team_helped');
  });

  it('names own contacts and shared meetings with the organisation', () => {
    const signals: Signals = {
      team: new Map(),
      contacts: new Map([['org-a', { organizationId: 'org-a', contacts: 3, lastAt: Date.UTC(2020, 4, 12) }]]),
      meetings: new Map([
        [
          'org-a',
          { organizationId: 'org-a', title: 'Netzwerktreffen', kind: 'network_meeting', date: '2020-05-19' },
        ],
      ]),
    };
    const reasons = suggest(query(), [service('a', 5)], signals, NOW).suggestions[0]!.reasons;
    expect(reasons.find((r) => r.code === 'own_contact')).toMatchObject({
      weight: C.contact.weight,
      de: 'Sie hatten 3 Kontakte mit Träger a, zuletzt im Mai 2020',
    });
    expect(reasons.find((r) => r.code === 'shared_meeting')).toMatchObject({
      weight: C.sharedMeeting.weight,
      de: 'Sie kennen Träger a aus dem Netzwerktreffen im Mai 2020',
      en: 'you know Träger a from the network meeting in May 2020',
    });
  });
});
