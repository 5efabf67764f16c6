// The demo district's helper network: ~300 organisations of every kind and ~500 services across the
// whole need taxonomy, turned into model rows (hours, languages, responsible area, coordinates).
// Organisation names are plausible but always carry "(Demo)"; people never appear.
import type { OrganizationInput, ServiceInput } from '@lotse/graph';
import { associations, helperCircles, migrantOrganisations, others } from './network/community.ts';
import {
  counsellingProviders,
  employers,
  health,
  languageCourseProviders,
  schools,
} from './network/providers.ts';
import { carriers, publicAdministration } from './network/public-sector.ts';
import {
  createBuilder,
  slug,
  type ContactMode,
  type HoursKind,
  type OrgSpec,
  type ServiceSpec,
  type Slot,
  type Weekday,
} from './network/specs.ts';
import { ALB_DONAU_MUNICIPALITIES, DEMO_MUNICIPALITIES, ULM_AGS } from './municipalities.ts';
import type { Random } from './random.ts';

export { RESIDENCE_STATUSES, type ResidenceStatus } from './network/specs.ts';

export interface DemoNetwork {
  organizations: OrganizationInput[];
  services: ServiceInput[];
}

const LANGUAGE_ODDS: [string, number][] = [
  ['en', 0.5],
  ['ar', 0.28],
  ['fa', 0.18],
  ['tr', 0.14],
  ['ru', 0.14],
  ['fr', 0.12],
  ['ti', 0.07],
  ['ku', 0.08],
  ['uk', 0.05],
  ['so', 0.04],
];

// Public holidays in Baden-Württemberg falling on weekdays in 2020, the demo's last year.
const HOLIDAYS_2020: [string, string][] = [
  ['2020-01-01', 'Neujahr'],
  ['2020-01-06', 'Heilige Drei Könige'],
  ['2020-04-10', 'Karfreitag'],
  ['2020-04-13', 'Ostermontag'],
  ['2020-05-01', 'Tag der Arbeit'],
  ['2020-05-21', 'Christi Himmelfahrt'],
  ['2020-06-01', 'Pfingstmontag'],
  ['2020-06-11', 'Fronleichnam'],
  ['2020-12-25', '1. Weihnachtstag'],
];

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function weeklyHours(kind: HoursKind, random: Random): Slot[] {
  const days = (list: Weekday[], from: string, to: string): Slot[] => list.map((day) => ({ day, from, to }));
  const someDays = (n: number) => {
    const chosen = random.sample(WEEKDAYS, n);
    return WEEKDAYS.filter((d) => chosen.includes(d));
  };
  switch (kind) {
    case 'office':
      return [
        ...days(WEEKDAYS, '08:30', '12:00'),
        ...days(['tue'], '14:00', '16:00'),
        ...days(['thu'], '14:00', '17:30'),
      ];
    case 'town_hall':
      return [
        ...days(WEEKDAYS, '08:00', '12:00'),
        ...days([random.pick(['mon', 'thu'] as Weekday[])], '14:00', '18:00'),
      ];
    case 'counselling': {
      const mornings = someDays(random.int(2, 4));
      return [...days(mornings, '09:00', '12:00'), ...days([random.pick(WEEKDAYS)], '13:30', '16:30')];
    }
    case 'open_hours':
      return days(
        someDays(random.int(1, 2)),
        random.pick(['08:30', '09:00', '10:00']),
        random.pick(['11:30', '12:00', '12:30']),
      );
    case 'evening':
      return days(
        [random.pick(WEEKDAYS)],
        random.pick(['17:30', '18:00', '19:00']),
        random.pick(['20:00', '21:00']),
      );
    case 'course':
      return random.chance(0.7) ? days(WEEKDAYS, '08:30', '11:45') : days(WEEKDAYS, '13:00', '16:15');
    case 'school':
      return days(WEEKDAYS, '07:30', '13:00');
    case 'kita':
      return days(WEEKDAYS, '07:00', random.pick(['13:30', '14:00', '16:30']));
    case 'clinic':
      return (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as Weekday[]).map((day) => ({
        day,
        from: '00:00',
        to: '23:59',
      }));
    case 'practice':
      return [
        ...days(['mon', 'tue', 'thu'], '08:00', '12:00'),
        ...days(['mon', 'tue', 'thu'], '15:00', '18:00'),
        ...days(['wed', 'fri'], '08:00', '12:00'),
      ];
    case 'club':
      return [
        ...days([random.pick(['tue', 'wed', 'thu'] as Weekday[])], '18:00', '20:00'),
        { day: 'sat', from: '10:00', to: '12:00' },
      ];
    case 'employer':
      return days(WEEKDAYS, '08:00', '16:00');
    case 'cafe':
      return days(
        [random.pick(WEEKDAYS)],
        random.pick(['14:30', '15:00', '16:00']),
        random.pick(['17:30', '18:00']),
      );
  }
}

function openingHours(spec: ServiceSpec, random: Random): NonNullable<ServiceInput['openingHours']> {
  const weekly = weeklyHours(spec.hours, random);
  const hasWeekdayHours = weekly.some((s) => WEEKDAYS.includes(s.day));
  const exceptions =
    spec.hours !== 'clinic' && hasWeekdayHours && random.chance(0.4)
      ? [
          ...HOLIDAYS_2020.map(([date, note]) => ({ date, closed: true, ranges: [], note })),
          {
            date: '2020-12-24',
            closed: false,
            ranges: [{ from: '09:00', to: '11:30' }],
            note: 'Heiligabend: verkürzt',
          },
        ]
      : [];
  return { weekly, exceptions, appointmentOnly: spec.appointmentOnly ?? spec.hours === 'employer' };
}

function languagesFor(spec: ServiceSpec, random: Random): string[] {
  const bias = spec.languageBias ?? 1;
  const extra = LANGUAGE_ODDS.filter(([, p]) => random.chance(Math.min(0.95, p * bias))).map(
    ([code]) => code,
  );
  return [...new Set(['de', ...(spec.languages ?? []), ...extra])];
}

function servesFor(spec: ServiceSpec, org: OrgSpec): { servesAll: boolean; servesAgs: string[] } {
  const area = spec.area;
  switch (area.kind) {
    case 'all':
      return { servesAll: true, servesAgs: [] };
    case 'district':
      return { servesAll: false, servesAgs: ALB_DONAU_MUNICIPALITIES.map((m) => m.ags) };
    case 'district_and_ulm':
      return { servesAll: false, servesAgs: DEMO_MUNICIPALITIES.map((m) => m.ags) };
    case 'regions':
      return {
        servesAll: false,
        servesAgs: DEMO_MUNICIPALITIES.filter((m) => area.regions.includes(m.region)).map((m) => m.ags),
      };
    case 'local':
      return { servesAll: false, servesAgs: [org.municipality.ags] };
  }
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function defaultContactModes(spec: ServiceSpec, random: Random): ContactMode[] {
  const modes: ContactMode[] = ['in_person'];
  if (spec.hours !== 'course' && spec.hours !== 'school' && spec.hours !== 'kita' && random.chance(0.65))
    modes.push('phone');
  if (random.chance(0.12)) modes.push('video');
  return modes;
}

/** Builds the network. Deterministic for a given random source. */
export function buildNetwork(random: Random): DemoNetwork {
  const b = createBuilder(random);
  publicAdministration(b);
  carriers(b);
  counsellingProviders(b);
  languageCourseProviders(b);
  helperCircles(b);
  associations(b);
  migrantOrganisations(b);
  employers(b);
  schools(b);
  health(b);
  others(b);

  const organizations: OrganizationInput[] = [];
  const services: ServiceInput[] = [];
  for (const org of b.orgs) {
    const spread = org.municipality.ags === ULM_AGS ? 0.02 : 0.006;
    const lat = round5(org.municipality.lat + (random.next() - 0.5) * spread);
    const lon = round5(org.municipality.lon + (random.next() - 0.5) * spread * 1.5);
    const id = `demo-org-${org.key}`;
    organizations.push({
      id,
      name: org.name,
      kind: org.kind,
      municipalityAgs: org.municipality.ags,
      address: org.address ?? b.address(org.municipality),
      lat,
      lon,
      phone: '',
      email: `info@${slug(org.key)}.demo.example`,
      website: `https://${slug(org.key)}.demo.example`,
      isDemo: true,
      archived: false,
    });
    for (const spec of org.services) {
      const n = services.length + 1;
      const barrierFree = random.chance(org.kind === 'town_hall' || org.kind === 'health' ? 0.75 : 0.5);
      const waitingDays = spec.waiting
        ? random.int(spec.waiting[0], spec.waiting[1])
        : random.chance(0.3)
          ? random.int(0, 14)
          : null;
      // A few offers paused in spring 2020, as many did.
      const status = random.chance(0.03) ? 'temporarily_closed' : 'active';
      const verifiedDay = random.int(0, 540);
      services.push({
        id: `demo-svc-${String(n).padStart(4, '0')}`,
        organizationId: id,
        name: spec.name,
        category: spec.category,
        subcategory: spec.subcategory ?? '',
        description: `Fiktives Demo-Angebot von ${org.name.replace(/ \(Demo\)$/, '')}: ${spec.name}.`,
        address: organizations[organizations.length - 1]!.address ?? '',
        municipalityAgs: org.municipality.ags,
        lat: round5(lat + (random.next() - 0.5) * 0.002),
        lon: round5(lon + (random.next() - 0.5) * 0.003),
        languages: languagesFor(spec, random),
        targetGroups: spec.targetGroups ?? [],
        residenceStatuses: spec.residenceStatuses ?? [],
        minAge: spec.minAge ?? null,
        maxAge: spec.maxAge ?? null,
        gender: spec.gender ?? 'any',
        openingHours: openingHours(spec, random),
        contactModes: spec.contactModes ?? defaultContactModes(spec, random),
        accessibility: barrierFree
          ? random.chance(0.5)
            ? ['step_free_access', 'accessible_toilet']
            : ['step_free_access']
          : [],
        barrierFree,
        cost: spec.cost ?? 'free',
        waitingDays,
        ...servesFor(spec, org),
        status,
        archived: false,
        lastVerified: new Date(Date.UTC(2019, 0, 15) + verifiedDay * 86_400_000).toISOString().slice(0, 10),
        phone: '',
        email: `info@${slug(org.key)}.demo.example`,
        website: `https://${slug(org.key)}.demo.example`,
        isDemo: true,
      });
    }
  }
  return { organizations, services };
}
