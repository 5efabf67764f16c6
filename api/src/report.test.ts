// The reports over real HTTP on the embedded engine: density figures against values computed by hand, the
// comparison with the previous period and with a meeting, the trend, the district filter, suppression of
// small counts for viewers (never the number itself) against exact figures for coordinators, who may read
// at all, and bad input named by field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  recordConsultations,
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
import { EHINGEN, seedBase, TEST_PASSWORD } from './testing/fixture.ts';
import { codeOf, graphqlClient, type Reply } from './testing/http.ts';

let engine: GraphEngine;
let dispose: () => Promise<void>;
let server: RunningServer;
const http = graphqlClient(() => server.url);
const cookies: Record<string, string> = {};
const field = (reply: Reply) => reply.body.errors?.[0]?.extensions?.field;

const ULM = { ...EHINGEN, ags: '08421000', name: 'Ulm', lat: 48.4, lon: 9.99, population: 126_000 };
const BIBERACH = {
  ...EHINGEN,
  ags: '08426021',
  name: 'Biberach an der Riß',
  district: 'Biberach',
  lat: 48.1,
  lon: 9.79,
};
const HALF_YEAR = { from: '2020-01-01', to: '2020-06-30' };
const day = (iso: string, hour = 10) => Date.parse(`${iso}T${String(hour).padStart(2, '0')}:00:00Z`);

let contactCount = 0;
const contact = (from: string, to: string, at: number): ContactInput => ({
  id: `c-${++contactCount}`,
  fromLabel: from.startsWith('m-') ? 'Manager' : 'Organization',
  fromId: from,
  toLabel: to.startsWith('m-') ? 'Manager' : 'Organization',
  toId: to,
  at,
  channel: 'phone',
});

const FIGURES = `{ actors { value suppressed } possibleTies { value suppressed } ties { value suppressed }
  density { value suppressed } averageDegree { value suppressed } contacts { value suppressed }
  contactsPerActor { value suppressed } isolatedActors { value suppressed } components { value suppressed }
  externalTies { value suppressed } }`;
const ROW = `current ${FIGURES} previous ${FIGURES} change ${FIGURES} trend { halfYear period { from to } partial figures ${FIGURES} }`;
const DENSITY = `query ($district: String, $period: DayRangeInput!, $compare: ReportComparisonInput, $trend: Int) {
  densityReport(district: $district, period: $period, compare: $compare, trendHalfYears: $trend) {
    district period { from to } suppressed minimumCellSize generatedAt
    comparison { kind period { from to } meeting { id date municipality { name } } }
    trendHalfYears { halfYear period { from to } partial }
    total { ${ROW} }
    municipalities { municipality { ags name boundaryApproximate } ${ROW} } } }`;

const COUNT = '{ value suppressed }';
const ACTIVITY_FIGURES = `{ consultations ${COUNT} consultationsByTopic { topic count ${COUNT} }
  referrals ${COUNT} referralsByGroup { group label labelEn count ${COUNT} } referralsByTargetKind { kind count ${COUNT} }
  contacts ${COUNT} contactsByPartnerGroup { group label count ${COUNT} } contactsByPartnerKind { kind count ${COUNT} }
  referralMatrix { sourceKind targetKind count ${COUNT} } }`;
const ACTIVITY = `query ($district: String, $period: DayRangeInput!) {
  activityReport(district: $district, period: $period) {
  district period { from to } suppressed minimumCellSize
  halfYears { halfYear period { from to } complete figures ${ACTIVITY_FIGURES} }
  total ${ACTIVITY_FIGURES} } }`;

type Cell = { value: number | null; suppressed: boolean };
type FigureKey =
  | 'actors'
  | 'possibleTies'
  | 'ties'
  | 'density'
  | 'averageDegree'
  | 'contacts'
  | 'contactsPerActor'
  | 'isolatedActors'
  | 'components'
  | 'externalTies';
type Figures = Record<FigureKey, Cell>;
interface Row {
  current: Figures;
  previous: Figures | null;
  change: Figures | null;
  trend: { halfYear: string; partial: boolean; figures: Figures }[];
}
interface DensityView {
  district: string | null;
  suppressed: boolean;
  minimumCellSize: number;
  comparison: { kind: string; period: { from: string; to: string }; meeting: { id: string } | null } | null;
  trendHalfYears: { halfYear: string; partial: boolean }[];
  total: Row;
  municipalities: (Row & { municipality: { ags: string; name: string } })[];
}

async function density(variables: Record<string, unknown>, user = 'koordination'): Promise<DensityView> {
  const reply = await http.post(DENSITY, { period: HALF_YEAR, ...variables }, cookies[user]);
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data?.densityReport as DensityView;
}
const values = (figures: Figures) =>
  Object.fromEntries(Object.entries(figures).map(([k, c]) => [k, c.value]));
const ehingen = (view: DensityView) => view.municipalities.find((m) => m.municipality.ags === EHINGEN.ags)!;

/** Every `{ value, suppressed }` under `node` whose key is a count, with its path. */
function countCells(node: unknown, ratioKeys: Set<string>, path = ''): { path: string; cell: Cell }[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => countCells(n, ratioKeys, `${path}[${i}]`));
  return Object.entries(node).flatMap(([key, value]) => {
    if (value && typeof value === 'object' && 'suppressed' in value && 'value' in value)
      return ratioKeys.has(key) ? [] : [{ path: `${path}.${key}`, cell: value as Cell }];
    if (key === 'change') return []; // differences, not counts
    return countCells(value, ratioKeys, `${path}.${key}`);
  });
}

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await seedBase(engine, [
    { username: 'koordination', role: 'coordinator' },
    { username: 'verwaltung', role: 'admin' },
    { username: 'netzwerk', role: 'viewer' },
    { username: 'im.a', role: 'manager', managerId: 'm-a' },
  ]);
  await upsertMunicipalities(engine, [ULM, BIBERACH]);
  const org = (id: string, kind: string, municipalityAgs = EHINGEN.ags) => ({
    id,
    name: `Name ${id}`,
    kind: kind as 'other',
    municipalityAgs,
  });
  await upsertOrganizations(engine, [
    org('org-hk', 'helper_circle'),
    org('org-jc', 'job_centre'),
    org('org-abh', 'immigration_office'),
    org('org-iso', 'helper_circle'),
    org('org-mbe', 'counselling_provider', ULM.ags),
    org('org-bc', 'association', BIBERACH.ags),
  ]);
  // Ehingen, 2020-H1: m-a–org-hk ×3, m-a–org-jc ×2, m-a–m-b, m-b–org-abh, m-b–org-lra; org-iso alone;
  // m-a–org-mbe leaves Ehingen (Ulm). 2019-H2: m-a–org-hk once.
  await recordContacts(engine, [
    contact('m-a', 'org-hk', day('2020-01-10')),
    contact('org-hk', 'm-a', day('2020-02-10')),
    contact('m-a', 'org-hk', day('2020-05-10')),
    contact('m-a', 'org-jc', day('2020-03-03')),
    contact('org-jc', 'm-a', day('2020-06-03')),
    contact('m-a', 'm-b', day('2020-02-02')),
    contact('org-abh', 'm-b', day('2020-05-05')),
    contact('m-b', 'org-lra', day('2020-06-06')),
    contact('m-a', 'org-mbe', day('2020-03-20')),
    contact('m-a', 'org-hk', day('2019-11-05')),
    // the last evening of June in Berlin (22:30 UTC is 00:30 on 1 July there): outside the half-year
    contact('m-b', 'org-iso', Date.parse('2020-06-30T22:30:00Z')),
  ]);
  await recordMeetings(engine, [
    {
      id: 'meeting-april',
      title: 'Netzwerktreffen Ehingen',
      kind: 'network_meeting',
      date: '2020-04-15',
      municipalityAgs: EHINGEN.ags,
      attendees: [],
    },
  ]);

  // Activity: consultations of m-a's clients, referrals to the job centre's service.
  await upsertServices(engine, [
    {
      id: 'svc-jc',
      organizationId: 'org-jc',
      name: 'Arbeitsvermittlung',
      category: 'job_placement',
      municipalityAgs: EHINGEN.ags,
      lat: 48.28,
      lon: 9.72,
    },
  ]);
  await upsertClients(
    engine,
    [1, 2, 3].map((n) => ({
      id: `client-${n}`,
      caseCode: `EHI-000${n}`,
      managerId: 'm-a',
      municipalityAgs: EHINGEN.ags,
      household: 'single' as const,
      householdSize: 1,
      minors: 0,
      openedOn: '2019-07-01',
    })),
  );
  const consultations = [
    ...Array.from({ length: 7 }, (_, i) => ({ at: day(`2019-09-0${i + 1}`), topic: 'children' as const })),
    ...Array.from({ length: 5 }, (_, i) => ({ at: day(`2020-02-0${i + 1}`), topic: 'children' as const })),
    { at: day('2020-03-01'), topic: 'housing' as const },
  ];
  await recordConsultations(
    engine,
    consultations.map((c, i) => ({
      id: `k-${i}`,
      managerId: 'm-a',
      clientId: `client-${(i % 3) + 1}`,
      at: c.at,
      topics: [c.topic, 'other' as const],
      household: 'single' as const,
    })),
  );
  await recordReferrals(
    engine,
    Array.from({ length: 6 }, (_, i) => ({
      id: `r-${i}`,
      clientId: `client-${(i % 3) + 1}`,
      serviceId: 'svc-jc',
      at: day(`2020-04-0${i + 1}`),
      statusAt: day(`2020-04-0${i + 1}`),
      need: 'job_placement' as const,
      by: 'm-a',
    })),
  );

  // Biberach (another district), 2018-H2 only: one client of m-a living there, two consultations, one
  // referral; and a manager covering Biberach alone with one contact.
  await upsertManagers(engine, [
    { id: 'm-bc', name: 'IM Biberach', organizationId: 'org-lra', coversAgs: [BIBERACH.ags] },
  ]);
  await recordContacts(engine, [contact('m-bc', 'org-bc', day('2018-09-10'))]);
  await upsertClients(engine, [
    {
      id: 'client-bc',
      caseCode: 'BC-0001',
      managerId: 'm-a',
      municipalityAgs: BIBERACH.ags,
      household: 'family' as const,
      householdSize: 3,
      minors: 1,
      openedOn: '2018-07-01',
    },
  ]);
  await recordConsultations(
    engine,
    ['2018-08-01', '2018-09-01'].map((d, i) => ({
      id: `k-bc-${i}`,
      managerId: 'm-a',
      clientId: 'client-bc',
      at: day(d),
      topics: ['language' as const],
      household: 'family' as const,
    })),
  );
  await recordReferrals(engine, [
    {
      id: 'r-bc',
      clientId: 'client-bc',
      serviceId: 'svc-jc',
      at: day('2018-10-01'),
      statusAt: day('2018-10-01'),
      need: 'job_placement' as const,
      by: 'm-a',
    },
  ]);

  server = await createServer({ engine, port: 0, clock: () => Date.parse('2020-07-15T10:00:00Z') });
  for (const user of ['koordination', 'verwaltung', 'netzwerk', 'im.a'])
    cookies[user] = await http.login(user, TEST_PASSWORD);
});
afterAll(async () => {
  await server?.close();
  await dispose?.();
});

describe('the density report', () => {
  it('gives each municipality the figures computed by hand, with the previous half-year beside them', async () => {
    const view = await density({ district: 'Alb-Donau-Kreis' });
    expect(view.suppressed).toBe(false);
    expect(view.minimumCellSize).toBe(5);
    expect(view.municipalities.map((m) => m.municipality.name)).toEqual(['Ehingen (Donau)', 'Ulm']);
    const row = ehingen(view);
    // A = org-lra, org-hk, org-jc, org-abh, org-iso, m-a, m-b: 7 actors, 21 possible ties
    expect(values(row.current)).toEqual({
      actors: 7,
      possibleTies: 21,
      ties: 5,
      density: 5 / 21,
      averageDegree: 10 / 7,
      contacts: 8,
      contactsPerActor: 8 / 7,
      isolatedActors: 1, // org-iso: its only contact was on 1 July in Berlin
      components: 2,
      externalTies: 1, // m-a–org-mbe (Ulm)
    });
    expect(view.comparison).toEqual({
      kind: 'PREVIOUS_PERIOD',
      period: { from: '2019-07-01', to: '2019-12-31' },
      meeting: null,
    });
    expect(values(row.previous!)).toMatchObject({ ties: 1, contacts: 1, isolatedActors: 5, components: 6 });
    expect(values(row.change!)).toMatchObject({ actors: 0, ties: 4, contacts: 7, isolatedActors: -4 });
    expect(row.change!.density.value).toBeCloseTo(5 / 21 - 1 / 21, 12);
    // Ulm: one actor, density undefined
    const ulm = view.municipalities[1]!;
    expect(values(ulm.current)).toMatchObject({ actors: 1, density: null, averageDegree: 0, ties: 0 });
  });

  it('the total takes the district as one network; the district filter picks its municipalities', async () => {
    const view = await density({ district: 'Alb-Donau-Kreis' });
    // 8 actors; the tie m-a–org-mbe now lies inside
    expect(values(view.total.current)).toMatchObject({
      actors: 8,
      ties: 6,
      contacts: 9,
      isolatedActors: 1,
      components: 2,
      externalTies: 0,
    });
    const all = await density({});
    expect(all.district).toBeNull();
    expect(all.municipalities.map((m) => m.municipality.name)).toEqual([
      'Biberach an der Riß',
      'Ehingen (Donau)',
      'Ulm',
    ]);
    expect(all.total.current.actors.value).toBe(10); // and m-bc, covering Biberach
  });

  it('draws a trend over the half-years ending with the one containing the end of the period', async () => {
    const view = await density({ district: 'Alb-Donau-Kreis', trend: 3 });
    expect(view.trendHalfYears).toEqual([
      { halfYear: '2019-H1', period: { from: '2019-01-01', to: '2019-06-30' }, partial: false },
      { halfYear: '2019-H2', period: { from: '2019-07-01', to: '2019-12-31' }, partial: false },
      { halfYear: '2020-H1', period: { from: '2020-01-01', to: '2020-06-30' }, partial: false },
    ]);
    const trend = ehingen(view).trend;
    expect(trend.map((p) => p.figures.ties.value)).toEqual([0, 1, 5]);
    expect(trend.map((p) => p.figures.contacts.value)).toEqual([0, 1, 8]);
  });

  it('compares with the network as a meeting met: the same length, ending the day before it', async () => {
    const view = await density({
      district: 'Alb-Donau-Kreis',
      compare: { kind: 'MEETING', meetingId: 'meeting-april' },
    });
    expect(view.comparison).toMatchObject({
      kind: 'MEETING',
      period: { from: '2019-10-16', to: '2020-04-14' },
      meeting: { id: 'meeting-april' },
    });
    // hk (3 contacts incl. 5 Nov 2019), jc (3 March), m-b (2 February)
    expect(values(ehingen(view).previous!)).toMatchObject({ ties: 3, contacts: 5 });
    const custom = await density({
      compare: { kind: 'CUSTOM', period: { from: '2020-01-01', to: '2020-01-31' } },
    });
    expect(custom.comparison?.period).toEqual({ from: '2020-01-01', to: '2020-01-31' });
    const none = await density({ compare: { kind: 'NONE' } });
    expect(none.comparison).toBeNull();
    expect(ehingen(none).previous).toBeNull();
    expect(ehingen(none).change).toBeNull();
  });

  it('a viewer gets counts below 5 suppressed, never the number, and ratios and changes built on them', async () => {
    const view = await density({ district: 'Alb-Donau-Kreis' }, 'netzwerk');
    expect(view.suppressed).toBe(true);
    const row = ehingen(view);
    expect(row.current.actors).toEqual({ value: 7, suppressed: false });
    expect(row.current.density.suppressed).toBe(false);
    for (const key of ['isolatedActors', 'components', 'externalTies'] as const)
      expect(row.current[key]).toEqual({ value: null, suppressed: true });
    // previous: 1 tie, 1 contact → those and the ratios made of them are hidden, and so is their change
    for (const key of ['ties', 'contacts', 'density', 'averageDegree', 'contactsPerActor'] as const)
      expect(row.previous![key]).toEqual({ value: null, suppressed: true });
    expect(row.change!.ties).toEqual({ value: null, suppressed: true });
    expect(row.change!.actors).toEqual({ value: 0, suppressed: false });
    // Ulm's single actor: |A| hidden, and so is the (undefined) density that would tell |A| < 2
    expect(view.municipalities[1]!.current.actors).toEqual({ value: null, suppressed: true });
    expect(view.municipalities[1]!.current.density).toEqual({ value: null, suppressed: true });
    const small = countCells(view, new Set(['density', 'averageDegree', 'contactsPerActor'])).filter(
      ({ cell }) => cell.value !== null && cell.value < 5,
    );
    expect(small).toEqual([]);
    // managers too; coordinators and admins see everything
    expect((await density({ district: 'Alb-Donau-Kreis' }, 'im.a')).suppressed).toBe(true);
    expect(ehingen(await density({}, 'verwaltung')).current.isolatedActors.value).toBe(1);
  });

  it('asks for a login, and names the field of bad input', async () => {
    const anonymous = await http.post(DENSITY, { period: HALF_YEAR });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    const ask = (variables: Record<string, unknown>) =>
      http.post(DENSITY, { period: HALF_YEAR, ...variables }, cookies.koordination);
    const backwards = await ask({ period: { from: '2020-06-30', to: '2020-01-01' } });
    expect([codeOf(backwards), field(backwards)]).toEqual(['BAD_USER_INPUT', 'period.from']);
    expect(backwards.body.errors?.[0]?.message).toMatch(/„von“ liegt nach „bis“ \/ from is after to/);
    const decade = await ask({ period: { from: '2010-01-01', to: '2020-06-30' } });
    expect([codeOf(decade), field(decade)]).toEqual(['BAD_USER_INPUT', 'period.to']);
    const notADay = await ask({ period: { from: '2019-02-29', to: '2019-06-30' } });
    expect([codeOf(notADay), field(notADay)]).toEqual(['BAD_USER_INPUT', 'period.from']);
    const meeting = await ask({ compare: { kind: 'MEETING', meetingId: 'no-such-meeting' } });
    expect([codeOf(meeting), field(meeting)]).toEqual(['NOT_FOUND', 'compare.meetingId']);
    const noMeeting = await ask({ compare: { kind: 'MEETING' } });
    expect([codeOf(noMeeting), field(noMeeting)]).toEqual(['BAD_USER_INPUT', 'compare.meetingId']);
    const district = await ask({ district: 'Atlantis' });
    expect([codeOf(district), field(district)]).toEqual(['BAD_USER_INPUT', 'district']);
    const trend = await ask({ trend: 11 });
    expect([codeOf(trend), field(trend)]).toEqual(['BAD_USER_INPUT', 'trendHalfYears']);
  });
});

describe('the activity report', () => {
  const YEAR = { from: '2019-07-01', to: '2020-06-30' };
  type ActivityFigures = {
    consultations: Cell;
    consultationsByTopic: { topic: string; count: Cell }[];
    referrals: Cell;
    referralsByGroup: { group: string; count: Cell }[];
    referralsByTargetKind: { kind: string; count: Cell }[];
    contacts: Cell;
    contactsByPartnerGroup: { group: string; count: Cell }[];
    referralMatrix: { sourceKind: string; targetKind: string; count: Cell }[];
  };
  interface ActivityView {
    district: string | null;
    suppressed: boolean;
    halfYears: { halfYear: string; complete: boolean; figures: ActivityFigures }[];
    total: ActivityFigures;
  }
  const activity = async (user: string, period = YEAR, district: string | null = null) => {
    const reply = await http.post(ACTIVITY, { period, district }, cookies[user]);
    expect(reply.body.errors).toBeUndefined();
    return { view: reply.body.data?.activityReport as ActivityView, text: JSON.stringify(reply.body) };
  };
  const counts = (f: ActivityFigures) => [f.consultations.value, f.referrals.value, f.contacts.value];
  const topic = (f: ActivityFigures, name: string) =>
    f.consultationsByTopic.find((t) => t.topic === name)!.count;

  it('counts consultations by first topic, referrals and contacts per half-year and in total', async () => {
    const { view } = await activity('koordination');
    expect(view.halfYears.map((h) => [h.halfYear, h.complete])).toEqual([
      ['2019-H2', true],
      ['2020-H1', true],
    ]);
    const [second, first] = view.halfYears.map((h) => h.figures);
    expect(topic(second!, 'CHILDREN').value).toBe(7);
    expect(topic(first!, 'CHILDREN').value).toBe(5);
    expect(topic(first!, 'HOUSING').value).toBe(1);
    expect(topic(view.total, 'CHILDREN').value).toBe(12);
    expect(view.total.consultations.value).toBe(13);
    expect(first!.referralsByGroup.find((g) => g.group === 'EMPLOYMENT')!.count.value).toBe(6);
    expect(first!.referralsByTargetKind.find((k) => k.kind === 'JOB_CENTRE')!.count.value).toBe(6);
    // the referring manager works for the district office (im_carrier)
    expect(
      first!.referralMatrix.find((c) => c.sourceKind === 'IM_CARRIER' && c.targetKind === 'JOB_CENTRE')!.count
        .value,
    ).toBe(6);
    expect(first!.referralMatrix).toHaveLength(17 * 16);
    // contacts managers started in 2020-H1: m-a→hk ×2, m-a→jc, m-a→m-b, m-b→lra, m-a→mbe
    expect(first!.contacts.value).toBe(6);
    expect(
      first!.contactsByPartnerGroup.find((g) => g.group === 'MANAGERS_AND_COMMISSIONERS')!.count.value,
    ).toBe(1);
  });

  it('counts one district: its residents’ consultations and referrals, contacts of managers covering it', async () => {
    const H2_2018 = { from: '2018-07-01', to: '2018-12-31' };
    const biberach = await activity('koordination', H2_2018, 'Biberach');
    expect(biberach.view.district).toBe('Biberach');
    // m-a's client lives in Biberach, but m-a covers only Ehingen: its consultations and referral count for
    // Biberach, m-a's contacts for the Alb-Donau-Kreis; m-bc covers Biberach, so its contact counts there
    expect(counts(biberach.view.total)).toEqual([2, 1, 1]);
    expect(topic(biberach.view.total, 'LANGUAGE').value).toBe(2);
    expect(counts((await activity('koordination', H2_2018, 'Alb-Donau-Kreis')).view.total)).toEqual([
      0, 0, 0,
    ]);
    expect(counts((await activity('koordination', H2_2018)).view.total)).toEqual([2, 1, 1]);
    const alb = await activity('koordination', YEAR, 'Alb-Donau-Kreis');
    expect(counts(alb.view.total)).toEqual([13, 6, 7]);
    // the whole store over two years: everything of both districts
    const TWO_YEARS = { from: '2018-07-01', to: '2020-06-30' };
    expect(counts((await activity('koordination', TWO_YEARS)).view.total)).toEqual([15, 7, 8]);
    expect(counts((await activity('koordination', YEAR, 'Biberach')).view.total)).toEqual([0, 0, 0]);
    const unknown = await http.post(ACTIVITY, { period: YEAR, district: 'Atlantis' }, cookies.koordination);
    expect([codeOf(unknown), field(unknown)]).toEqual(['BAD_USER_INPUT', 'district']);
    const blank = await http.post(ACTIVITY, { period: YEAR, district: '  ' }, cookies.koordination);
    expect([codeOf(blank), field(blank)]).toEqual(['BAD_USER_INPUT', 'district']);
  });

  it('a viewer sees no count below 5, and no client id or case code anywhere', async () => {
    const { view, text } = await activity('netzwerk', YEAR, 'Alb-Donau-Kreis');
    expect(view.suppressed).toBe(true);
    const small = countCells(view, new Set()).filter(({ cell }) => cell.value !== null && cell.value < 5);
    expect(small).toEqual([]);
    const [, first] = view.halfYears.map((h) => h.figures);
    expect(topic(first!, 'CHILDREN')).toEqual({ value: 5, suppressed: false });
    expect(topic(first!, 'HOUSING')).toEqual({ value: null, suppressed: true });
    // 6 contacts in 2020-H1, but the year's 7 minus 2019-H2's (1, hidden) would give them back: hidden too
    expect(first!.contacts).toEqual({ value: null, suppressed: true });
    expect(view.total.contacts).toEqual({ value: 7, suppressed: false });
    for (const secret of ['client-1', 'EHI-0001', 'k-0', 'r-0']) expect(text).not.toContain(secret);
  });

  it('a viewer or manager names a district when there are several (no figures to subtract from)', async () => {
    // The whole store minus the Alb-Donau-Kreis would give back Biberach's hidden 2 consultations.
    for (const user of ['netzwerk', 'im.a']) {
      const all = await http.post(ACTIVITY, { period: YEAR, district: null }, cookies[user]);
      expect([codeOf(all), field(all)]).toEqual(['BAD_USER_INPUT', 'district']);
      expect(all.body.errors?.[0]?.message).toMatch(/bitte einen Landkreis wählen/);
      const density = await http.post(DENSITY, { period: HALF_YEAR }, cookies[user]);
      expect([codeOf(density), field(density)]).toEqual(['BAD_USER_INPUT', 'district']);
    }
  });

  it('asks for a login and refuses a period over five years', async () => {
    expect(codeOf(await http.post(ACTIVITY, { period: YEAR }))).toBe('UNAUTHENTICATED');
    const long = await http.post(
      ACTIVITY,
      { period: { from: '2010-01-01', to: '2020-06-30' } },
      cookies.koordination,
    );
    expect([codeOf(long), field(long)]).toEqual(['BAD_USER_INPUT', 'period.to']);
  });
});
