// Five half-years of activity in the demo district: consultations, referrals, professional contacts and
// network meetings. Totals equal PUBLISHED_TOTALS exactly; how they spread over half-years, managers,
// clients and municipalities is random (seeded) so the reports have something to show.
import {
  contactGroup,
  referralGroup,
  CONTACT_GROUPS,
  REFERRAL_GROUPS,
  type ActorLabel,
  type ConsultationInput,
  type ContactGroup,
  type ContactInput,
  type MeetingInput,
  type OrganizationInput,
  type ReferralGroup,
  type ReferralInput,
  type ServiceInput,
} from '@lotse/graph';
import { PUBLISHED_TOTALS } from '../published-totals.ts';
import {
  HALF_YEARS,
  isoDay,
  noonOf,
  PERIOD_LAST_DAY,
  weekdayOf,
  yearOfDay,
  type HalfYear,
} from './calendar.ts';
import { DEMO_MUNICIPALITIES, type DistrictMunicipality, type Region } from './municipalities.ts';
import type { DemoClient, DemoManager } from './people.ts';
import { splitExactly, WeightedPool, type Random } from './random.ts';

type Topic = keyof typeof PUBLISHED_TOTALS.consultations.byPrimaryTopic;
type Channel = ContactInput['channel'];
type ReferralStatus = NonNullable<ReferralInput['status']>;

export interface DemoActivity {
  consultations: ConsultationInput[];
  referrals: ReferralInput[];
  contacts: ContactInput[];
  meetings: MeetingInput[];
}

interface Context {
  random: Random;
  managers: DemoManager[];
  clients: DemoClient[];
  organizations: OrganizationInput[];
  services: ServiceInput[];
}

const municipalityByAgs = new Map(DEMO_MUNICIPALITIES.map((m) => [m.ags, m]));
const municipalityOf = (ags: string): DistrictMunicipality => municipalityByAgs.get(ags)!;

/** Great-circle distance in km. */
function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Plain code-unit order: ids are ASCII, and localeCompare is far slower on 30,000 rows. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Nearby matters, but a district office 25 km away is still a normal destination. */
const nearness = (km: number) => 1 / (1 + (km / 10) ** 2);

/** A plausible, slightly different curve per series: ramp-up in 2018, a dip in spring 2020. */
function halfYearWeights(random: Random): number[] {
  return [0.16, 0.2, 0.22, 0.22, 0.2].map((w) => w * (0.9 + random.next() * 0.2));
}

/** Clients whose case is open during each half-year, weighted by activity and open days. */
function clientPools(clients: DemoClient[], filter: (c: DemoClient) => boolean): WeightedPool<DemoClient>[] {
  return HALF_YEARS.map((h) => {
    const days = h.lastDay - h.firstDay + 1;
    const open = clients.filter((c) => filter(c) && c.firstDay <= h.lastDay && c.lastDay >= h.firstDay);
    return new WeightedPool(
      open,
      (c) => (c.activity * (Math.min(c.lastDay, h.lastDay) - Math.max(c.firstDay, h.firstDay) + 1)) / days,
    );
  });
}

/** A day within the half-year on which the case is open. */
const dayFor = (random: Random, c: DemoClient, h: HalfYear) =>
  random.int(Math.max(c.firstDay, h.firstDay), Math.min(c.lastDay, h.lastDay));

function buildConsultations(ctx: Context): ConsultationInput[] {
  const { random } = ctx;
  const target = PUBLISHED_TOTALS.consultations;
  const perHalfYear = splitExactly(target.total, halfYearWeights(random));
  const households = random.shuffle([
    ...Array<'single'>(target.byHousehold.single).fill('single'),
    ...Array<'family'>(target.byHousehold.family).fill('family'),
  ]);
  // Children come up mostly with families; the other topics share the rest in their published ratio.
  const familyCount = target.byHousehold.family;
  const familyChildren = Math.min(target.byPrimaryTopic.children, Math.round(familyCount * 0.5));
  const otherTopics = (Object.keys(target.byPrimaryTopic) as Topic[]).filter((t) => t !== 'children');
  const familyOthers = splitExactly(
    familyCount - familyChildren,
    otherTopics.map((t) => target.byPrimaryTopic[t]),
  );
  const familyTopics: Topic[] = [...Array<Topic>(familyChildren).fill('children')];
  const singleTopics: Topic[] = [
    ...Array<Topic>(target.byPrimaryTopic.children - familyChildren).fill('children'),
  ];
  otherTopics.forEach((t, i) => {
    familyTopics.push(...Array<Topic>(familyOthers[i]!).fill(t));
    singleTopics.push(...Array<Topic>(target.byPrimaryTopic[t] - familyOthers[i]!).fill(t));
  });
  random.shuffle(familyTopics);
  random.shuffle(singleTopics);

  const pools = {
    single: clientPools(ctx.clients, (c) => c.household === 'single'),
    family: clientPools(ctx.clients, (c) => c.household === 'family'),
  };
  const allTopics = Object.keys(target.byPrimaryTopic) as Topic[];
  const rows: Omit<ConsultationInput, 'id'>[] = [];
  let next = 0;
  HALF_YEARS.forEach((h, hi) => {
    for (let k = 0; k < perHalfYear[hi]!; k++) {
      const household = households[next++]!;
      const client = pools[household][hi]!.draw(random);
      const primary = (household === 'family' ? familyTopics : singleTopics).pop()!;
      const topics: Topic[] = [primary];
      const extra = random.chance(0.1) ? 2 : random.chance(0.35) ? 1 : 0;
      for (const t of random.sample(
        allTopics.filter((x) => x !== primary),
        extra,
      ))
        topics.push(t);
      rows.push({
        managerId: client.managerId,
        clientId: client.id!,
        at: noonOf(dayFor(random, client, h)),
        topics,
        household,
      });
    }
  });
  return rows
    .sort((a, b) => a.at - b.at || byText(a.clientId, b.clientId))
    .map((r, i) => ({ id: `demo-con-${String(i + 1).padStart(5, '0')}`, ...r }));
}

// Relative weights of service categories within a referral group, so the mix looks like casework.
const CATEGORY_WEIGHTS: Record<ReferralGroup, Partial<Record<ServiceInput['category'], number>>> = {
  employment: { job_placement: 1.3, benefits: 1 },
  immigration_office: { residence_matters: 1 },
  refugee_organisations: {
    volunteer_support: 2,
    language_course: 1.5,
    leisure_participation: 1.2,
    childcare_school: 1,
    anti_discrimination: 0.3,
  },
  health_counselling: {
    psychosocial_support: 1.3,
    health_care: 1.2,
    pregnancy_counselling: 0.8,
    addiction_counselling: 0.4,
  },
  other: {
    language_course: 3,
    migration_counselling: 2.5,
    childcare_school: 1.6,
    debt_counselling: 1.5,
    benefits: 1.5,
    tenancy_advice: 1.2,
    recognition_counselling: 1,
    legal_advice: 1,
    job_placement: 0.8,
    consumer_advice: 0.5,
    volunteer_support: 0.3,
    anti_discrimination: 0.3,
    leisure_participation: 0.2,
  },
};

interface Option {
  service: ServiceInput;
  weight: number;
}

function referralOptions(ctx: Context): Map<string, Map<ReferralGroup, Option[]>> {
  const kindOf = new Map(ctx.organizations.map((o) => [o.id, o.kind]));
  const result = new Map<string, Map<ReferralGroup, Option[]>>();
  for (const m of new Set(ctx.clients.map((c) => c.municipalityAgs))) {
    const place = municipalityOf(m);
    const byGroup = new Map<ReferralGroup, Map<string, { service: ServiceInput; near: number }[]>>();
    for (const s of ctx.services) {
      if (!(s.servesAll ?? true) && !(s.servesAgs ?? []).includes(m)) continue;
      const kind = kindOf.get(s.organizationId)!;
      const group = referralGroup(kind, s.category);
      if (!CATEGORY_WEIGHTS[group][s.category]) continue;
      const kindFactor = kind === 'job_centre' ? 3 : kind === 'helper_circle' ? 2 : 1;
      const near = nearness(distanceKm(place.lat, place.lon, s.lat, s.lon)) * kindFactor;
      const categories = byGroup.get(group) ?? new Map();
      categories.set(s.category, [...(categories.get(s.category) ?? []), { service: s, near }]);
      byGroup.set(group, categories);
    }
    const options = new Map<ReferralGroup, Option[]>();
    for (const [group, categories] of byGroup) {
      // Each category gets its share; within it, nearer offers are chosen more often.
      const list: Option[] = [];
      for (const [category, items] of categories) {
        const sum = items.reduce((a: number, x: { near: number }) => a + x.near, 0);
        for (const x of items)
          list.push({
            service: x.service,
            weight: (CATEGORY_WEIGHTS[group][category as ServiceInput['category']]! * x.near) / sum,
          });
      }
      options.set(group, list);
    }
    result.set(m, options);
  }
  return result;
}

/** Whether a client of a given age may use a service: gender, age and residence status as the service states. */
function fits(client: DemoClient, s: ServiceInput, age: number): boolean {
  const gender = s.gender ?? 'any';
  if (gender !== 'any' && gender !== client.gender && client.household !== 'family') return false;
  if (s.maxAge != null && s.maxAge < 18) {
    // An offer for children is used through the family.
    if (client.minors === 0) return false;
  } else {
    if (s.minAge != null && age < s.minAge) return false;
    if (s.maxAge != null && age > s.maxAge) return false;
  }
  const statuses = s.residenceStatuses ?? [];
  return statuses.length === 0 || statuses.includes(client.residenceStatus);
}

const LIFECYCLE: ReferralStatus[] = ['planned', 'sent', 'accepted', 'attended', 'closed'];
const DECLINE_REASONS = [
  ['no_capacity', 40],
  ['not_eligible', 25],
  ['not_responsible', 15],
  ['client_withdrew', 20],
] as const;

function referralLifecycle(
  random: Random,
  at: number,
): Pick<ReferralInput, 'status' | 'statusAt' | 'reason' | 'outcome' | 'consentAt'> {
  const end = noonOf(PERIOD_LAST_DAY);
  const recent = end - at < 60 * 86_400_000;
  const odds: [ReferralStatus, number][] = recent
    ? [
        ['planned', 20],
        ['sent', 30],
        ['accepted', 25],
        ['declined', 8],
        ['attended', 10],
        ['closed', 7],
      ]
    : [
        ['planned', 4],
        ['sent', 6],
        ['accepted', 8],
        ['declined', 15],
        ['attended', 10],
        ['closed', 57],
      ];
  let status = odds[random.weightedIndex(odds.map(([, w]) => w))]![0];
  const delayDays: Record<ReferralStatus, [number, number]> = {
    planned: [0, 0],
    sent: [0, 3],
    accepted: [3, 20],
    declined: [2, 20],
    attended: [7, 45],
    closed: [20, 120],
  };
  let statusAt = at + random.int(...delayDays[status]) * 86_400_000;
  // A status cannot lie after the end of the demo period: fall back along the lifecycle.
  while (statusAt > end && status !== 'planned') {
    status = status === 'declined' ? 'sent' : LIFECYCLE[LIFECYCLE.indexOf(status) - 1]!;
    statusAt = at + random.int(...delayDays[status]) * 86_400_000;
    if (statusAt > end) statusAt = end;
  }
  const reason =
    status === 'declined' ? DECLINE_REASONS[random.weightedIndex(DECLINE_REASONS.map(([, w]) => w))]![0] : '';
  const outcome: ReferralInput['outcome'] =
    status === 'closed'
      ? random.pick(['helped', 'helped', 'helped', 'helped', 'not_helped', 'unknown', 'unknown'] as const)
      : '';
  // Consent is recorded before a referral leaves the office; planned ones may not have it yet.
  const consentAt = status === 'planned' && random.chance(0.5) ? null : at - random.int(0, 2) * 86_400_000;
  return { status, statusAt, reason, outcome, consentAt };
}

function buildReferrals(ctx: Context): ReferralInput[] {
  const { random } = ctx;
  const options = referralOptions(ctx);
  const pools = clientPools(ctx.clients, () => true);
  const rows: Omit<ReferralInput, 'id'>[] = [];
  for (const group of REFERRAL_GROUPS) {
    const perHalfYear = splitExactly(PUBLISHED_TOTALS.referrals.byGroup[group], halfYearWeights(random));
    HALF_YEARS.forEach((h, hi) => {
      for (let k = 0; k < perHalfYear[hi]!; k++) {
        for (let attempt = 0; ; attempt++) {
          if (attempt > 200) throw new Error(`no eligible ${group} service found for any client in ${h.key}`);
          const client = pools[hi]!.draw(random);
          const day = dayFor(random, client, h);
          const age = yearOfDay(day) - client.birthYear;
          const eligible = (options.get(client.municipalityAgs)?.get(group) ?? []).filter((o) =>
            fits(client, o.service, age),
          );
          if (eligible.length === 0) continue;
          const service = eligible[random.weightedIndex(eligible.map((o) => o.weight))]!.service;
          const at = noonOf(day);
          rows.push({
            clientId: client.id!,
            serviceId: service.id,
            at,
            need: service.category,
            by: client.managerId,
            ...referralLifecycle(random, at),
          });
          break;
        }
      }
    });
  }
  return rows
    .sort((a, b) => a.at - b.at || byText(a.clientId, b.clientId) || byText(a.serviceId, b.serviceId))
    .map((r, i) => ({ id: `demo-ref-${String(i + 1).padStart(5, '0')}`, ...r }));
}

interface Partner {
  label: ActorLabel;
  id: string;
  weight: number;
}

const CONTACT_TOPICS: Record<ContactGroup, string[]> = {
  managers_and_commissioners: [
    'Fallbesprechung',
    'Kollegiale Beratung',
    'Abstimmung Zuständigkeit',
    'Netzwerktreffen vorbereiten',
    'Ehrenamtskoordination',
  ],
  administrations: [
    'Wohnraum in der Anschlussunterbringung',
    'Wohngeld',
    'Kita-Platz',
    'Unterbringung',
    'Meldeangelegenheiten',
  ],
  volunteer_associations: [
    'Patenschaft',
    'Sprachcafé',
    'Begleitung zu Terminen',
    'Wohnungssuche',
    'Freizeitangebote',
  ],
  companies: ['Praktikum', 'Ausbildungsplatz', 'Arbeitsstelle', 'Beschäftigungserlaubnis'],
  other: ['Leistungen', 'Aufenthalt', 'Sprachkurs', 'Beratungstermin', 'Gesundheit', 'Schule'],
};

const OTHER_KIND_WEIGHTS: Partial<Record<OrganizationInput['kind'], number>> = {
  job_centre: 3,
  immigration_office: 2.5,
  employment_agency: 1.5,
  language_course_provider: 1.5,
  im_carrier: 1.2,
  counselling_provider: 1,
  school_kita: 1,
  health: 0.6,
  other: 0.5,
};

function partnerPools(ctx: Context, manager: DemoManager): Map<ContactGroup, WeightedPool<Partner>> {
  const covered = new Set(manager.coversAgs);
  const region: Region = manager.home.region;
  const coveredPlaces = manager.coversAgs.map(municipalityOf);
  const distanceTo = (lat: number, lon: number) =>
    Math.min(...coveredPlaces.map((m) => distanceKm(m.lat, m.lon, lat, lon)));
  const partners: Record<ContactGroup, Partner[]> = {
    managers_and_commissioners: [],
    administrations: [],
    volunteer_associations: [],
    companies: [],
    other: [],
  };
  for (const other of ctx.managers) {
    if (other.id === manager.id) continue;
    const shares = other.coversAgs.some((a) => covered.has(a));
    const weight =
      (shares ? 4 : other.home.region === region ? 1.5 : 0.3) +
      (other.organizationId === manager.organizationId ? 1 : 0);
    partners.managers_and_commissioners.push({ label: 'Manager', id: other.id, weight });
  }
  for (const o of ctx.organizations) {
    const group = contactGroup('Organization', o.kind);
    const place = municipalityOf(o.municipalityAgs);
    const local = covered.has(o.municipalityAgs);
    const sameRegion = place.region === region;
    const near = nearness(distanceTo(o.lat ?? place.lat, o.lon ?? place.lon));
    let weight: number;
    switch (group) {
      case 'managers_and_commissioners':
        weight = local
          ? 6
          : o.id === 'demo-org-lra-integration'
            ? 3
            : sameRegion
              ? 1
              : o.id === 'demo-org-ulm-integration'
                ? 0.5
                : 0.2;
        break;
      case 'administrations':
        if (o.kind === 'town_hall')
          weight = local
            ? 5 * (1 + Math.log10(Math.max(1, place.population / 1000)))
            : sameRegion
              ? 0.4
              : 0.05;
        else
          weight =
            o.id === 'demo-org-lra-sozialamt'
              ? 3
              : o.id === 'demo-org-lra-jugendamt'
                ? 1.5
                : o.id === 'demo-org-lra-sozialamt-ehingen'
                  ? region === 'ehingen' || region === 'alb'
                    ? 2
                    : 0.3
                  : 0.2;
        break;
      case 'volunteer_associations':
        weight = o.kind === 'helper_circle' ? (local ? 6 : sameRegion ? 0.8 : 0.05) : 1.2 * near;
        break;
      case 'companies':
        weight = near;
        break;
      case 'other':
        weight = (OTHER_KIND_WEIGHTS[o.kind] ?? 0.5) * near;
        break;
    }
    partners[group].push({ label: 'Organization', id: o.id, weight });
  }
  return new Map(CONTACT_GROUPS.map((g) => [g, new WeightedPool(partners[g], (p) => p.weight)]));
}

const CHANNELS: Channel[] = ['in_person', 'phone', 'email', 'video', 'meeting'];
const CHANNEL_ODDS = { usual: [36, 30, 22, 2, 10], spring2020: [22, 34, 26, 12, 6] };

function buildContacts(ctx: Context): ContactInput[] {
  const { random } = ctx;
  const managerPool = new WeightedPool(ctx.managers, (m) => m.activity);
  const pools = new Map(ctx.managers.map((m) => [m.id, partnerPools(ctx, m)]));
  const rows: Omit<ContactInput, 'id'>[] = [];
  for (const group of CONTACT_GROUPS) {
    const perHalfYear = splitExactly(PUBLISHED_TOTALS.contacts.byGroup[group], halfYearWeights(random));
    HALF_YEARS.forEach((h, hi) => {
      const odds = h.key === '2020-H1' ? CHANNEL_ODDS.spring2020 : CHANNEL_ODDS.usual;
      for (let k = 0; k < perHalfYear[hi]!; k++) {
        const manager = managerPool.draw(random);
        const partner = pools.get(manager.id)!.get(group)!.draw(random);
        let day = random.int(h.firstDay, h.lastDay);
        // Professional contacts happen on working days.
        while (weekdayOf(day) > 4) day -= 1;
        if (day < h.firstDay) day += 3;
        rows.push({
          fromLabel: 'Manager',
          fromId: manager.id,
          toLabel: partner.label,
          toId: partner.id,
          at: noonOf(day),
          channel: CHANNELS[random.weightedIndex(odds)]!,
          topic: random.pick(CONTACT_TOPICS[group]),
        });
      }
    });
  }
  return rows
    .sort((a, b) => a.at - b.at || byText(a.fromId, b.fromId) || byText(a.toId, b.toId))
    .map((r, i) => ({ id: `demo-contact-${String(i + 1).padStart(5, '0')}`, ...r }));
}

function buildMeetings(ctx: Context): MeetingInput[] {
  const { random } = ctx;
  const venues: { ags: string; name: string; regions: Region[] }[] = [
    { ags: '08425033', name: 'Raum Ehingen und Alb', regions: ['ehingen', 'alb'] },
    {
      ags: '08425072',
      name: 'Raum Langenau, Ulm-Nord und Iller',
      regions: ['langenau', 'ulm_north', 'iller'],
    },
  ];
  const districtOffices = [
    'lra-integration',
    'lra-abh',
    'lra-sozialamt',
    'jc-adk-ulm',
    'aa-ulm',
    'im-lra',
  ].map((k) => `demo-org-${k}`);
  const meetings: MeetingInput[] = [];
  HALF_YEARS.forEach((h, hi) => {
    for (const venue of venues) {
      let day = random.int(h.firstDay + 45, h.lastDay - 20);
      // Network meetings are held Tuesday to Thursday.
      while (weekdayOf(day) < 1 || weekdayOf(day) > 3) day += 1;
      const managers = ctx.managers.filter(
        (m) =>
          m.coversAgs.some((a) => venue.regions.includes(municipalityOf(a).region)) && random.chance(0.85),
      );
      const local = ctx.organizations.filter(
        (o) =>
          venue.regions.includes(municipalityOf(o.municipalityAgs).region) &&
          [
            'integration_commissioner',
            'town_hall',
            'helper_circle',
            'counselling_provider',
            'job_centre',
            'immigration_office',
            'migrant_organisation',
            'language_course_provider',
            'im_carrier',
          ].includes(o.kind),
      );
      const organizations = [
        ...random.sample(districtOffices, random.int(3, 5)),
        ...random.sample(local, random.int(10, 18)).map((o) => o.id),
      ];
      const half = h.key.endsWith('H1') ? '1.' : '2.';
      meetings.push({
        id: `demo-meeting-${String(hi * venues.length + venues.indexOf(venue) + 1).padStart(2, '0')}`,
        title: `Netzwerktreffen Integration ${venue.name} – ${half} Halbjahr ${h.key.slice(0, 4)}`,
        kind: 'network_meeting',
        date: isoDay(day),
        municipalityAgs: venue.ags,
        attendees: [
          ...managers.map((m) => ({ label: 'Manager' as const, id: m.id })),
          ...[...new Set(organizations)].map((id) => ({ label: 'Organization' as const, id })),
        ],
      });
    }
  });
  return meetings;
}

export function buildActivity(ctx: Context): DemoActivity {
  const consultations = buildConsultations(ctx);
  const referrals = buildReferrals(ctx);
  const contacts = buildContacts(ctx);
  const meetings = buildMeetings(ctx);
  return { consultations, referrals, contacts, meetings };
}
