// Shared vocabulary of the demo network: how an organisation and its services are described before they
// become model rows, the service templates several providers share, and a small builder.
import type { NeedCategory, OrganizationKind } from '@lotse/graph';
import {
  ALB_DONAU_MUNICIPALITIES,
  DEMO_MUNICIPALITIES,
  ULM_AGS,
  type DistrictMunicipality,
  type Region,
} from '../municipalities.ts';
import type { Random } from '../random.ts';

export type ContactMode = 'in_person' | 'phone' | 'video' | 'home_visit' | 'mobile_office';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Slot = { day: Weekday; from: string; to: string };

/** Residence statuses used for clients and service eligibility in the demo (stable ids). */
export const RESIDENCE_STATUSES = [
  'recognised_refugee',
  'subsidiary_protection',
  'deportation_ban',
  'asylum_procedure',
  'tolerated',
  'other_permit',
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

/** Who may attend an integration course: everyone with a prospect of staying. */
export const COURSE_STATUSES: ResidenceStatus[] = [
  'recognised_refugee',
  'subsidiary_protection',
  'deportation_ban',
  'asylum_procedure',
  'other_permit',
];

/** Where a service is responsible (Zuständigkeit). */
export type Area =
  | { kind: 'all' }
  | { kind: 'district' }
  | { kind: 'district_and_ulm' }
  | { kind: 'regions'; regions: Region[] }
  | { kind: 'local' };

export type HoursKind =
  | 'office'
  | 'town_hall'
  | 'counselling'
  | 'open_hours'
  | 'evening'
  | 'course'
  | 'school'
  | 'kita'
  | 'clinic'
  | 'practice'
  | 'club'
  | 'employer'
  | 'cafe';

export interface ServiceSpec {
  name: string;
  category: NeedCategory;
  subcategory?: string;
  area: Area;
  hours: HoursKind;
  appointmentOnly?: boolean;
  contactModes?: ContactMode[];
  targetGroups?: string[];
  residenceStatuses?: ResidenceStatus[];
  minAge?: number;
  maxAge?: number;
  gender?: 'any' | 'female' | 'male';
  cost?: 'free' | 'reduced' | 'fee';
  /** Typical waiting time in days, [min, max]; absent: not known. */
  waiting?: [number, number];
  /** How likely extra languages are, relative to an average service. */
  languageBias?: number;
  /** Languages this service always offers besides German (e.g. a community's own language). */
  languages?: string[];
}

export interface OrgSpec {
  key: string;
  name: string;
  kind: OrganizationKind;
  municipality: DistrictMunicipality;
  address?: string;
  services: ServiceSpec[];
}

const byName = new Map(DEMO_MUNICIPALITIES.map((m) => [m.name, m]));
export const muni = (name: string): DistrictMunicipality => {
  const m = byName.get(name);
  if (!m) throw new Error(`unknown municipality ${name}`);
  return m;
};

export const LANDRATSAMT_ADDRESS = 'Schillerstraße 30, 89077 Ulm';
const STREETS = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Kirchstraße',
  'Schulstraße',
  'Lindenstraße',
  'Gartenstraße',
  'Donaustraße',
  'Ulmer Straße',
  'Mühlweg',
  'Schillerstraße',
  'Rosenstraße',
  'Bergstraße',
  'Poststraße',
  'Gewerbestraße',
  'Am Marktplatz',
];

export const S = {
  mbe: (): ServiceSpec => ({
    name: 'Migrationsberatung für erwachsene Zugewanderte (MBE)',
    category: 'migration_counselling',
    subcategory: 'mbe',
    area: { kind: 'all' },
    hours: 'counselling',
    minAge: 27,
    targetGroups: ['adults', 'newcomers'],
    contactModes: ['in_person', 'phone', 'video'],
    waiting: [3, 21],
    languageBias: 1.4,
  }),
  jmd: (): ServiceSpec => ({
    name: 'Jugendmigrationsdienst – Beratung',
    category: 'migration_counselling',
    subcategory: 'jmd',
    area: { kind: 'all' },
    hours: 'counselling',
    minAge: 12,
    maxAge: 27,
    targetGroups: ['youth'],
    contactModes: ['in_person', 'phone', 'video'],
    waiting: [2, 14],
    languageBias: 1.3,
  }),
  jmdSchool: (): ServiceSpec => ({
    name: 'Begleitung in Schule und Ausbildung (JMD)',
    category: 'childcare_school',
    subcategory: 'school_transition',
    area: { kind: 'all' },
    hours: 'open_hours',
    minAge: 12,
    maxAge: 27,
    targetGroups: ['youth'],
  }),
  debt: (): ServiceSpec => ({
    name: 'Schuldner- und Insolvenzberatung',
    category: 'debt_counselling',
    area: { kind: 'district_and_ulm' },
    hours: 'counselling',
    appointmentOnly: true,
    contactModes: ['in_person', 'phone'],
    waiting: [14, 75],
  }),
  pregnancy: (): ServiceSpec => ({
    name: 'Schwangerschaftsberatung',
    category: 'pregnancy_counselling',
    subcategory: 'pregnancy',
    area: { kind: 'all' },
    hours: 'counselling',
    gender: 'female',
    targetGroups: ['pregnant_women', 'families'],
    contactModes: ['in_person', 'phone', 'home_visit'],
    waiting: [1, 10],
  }),
  pregnancyConflict: (): ServiceSpec => ({
    name: 'Schwangerschafts- und Schwangerschaftskonfliktberatung',
    category: 'pregnancy_counselling',
    subcategory: 'pregnancy_conflict',
    area: { kind: 'all' },
    hours: 'counselling',
    appointmentOnly: true,
    contactModes: ['in_person', 'phone', 'video'],
    waiting: [0, 5],
  }),
  addiction: (): ServiceSpec => ({
    name: 'Suchtberatung (Alkohol, Medikamente, Drogen, Glücksspiel)',
    category: 'addiction_counselling',
    area: { kind: 'district_and_ulm' },
    hours: 'counselling',
    minAge: 14,
    contactModes: ['in_person', 'phone'],
    waiting: [3, 21],
  }),
  addictionRelatives: (): ServiceSpec => ({
    name: 'Beratung für Angehörige Suchtkranker',
    category: 'addiction_counselling',
    subcategory: 'relatives',
    area: { kind: 'district_and_ulm' },
    hours: 'evening',
  }),
  socialCounselling: (): ServiceSpec => ({
    name: 'Allgemeine Sozialberatung und Hilfe bei Anträgen',
    category: 'benefits',
    subcategory: 'application_support',
    area: { kind: 'all' },
    hours: 'open_hours',
    contactModes: ['in_person', 'phone'],
    languageBias: 0.8,
  }),
  familyCounselling: (): ServiceSpec => ({
    name: 'Erziehungs- und Familienberatung',
    category: 'psychosocial_support',
    subcategory: 'family',
    area: { kind: 'district_and_ulm' },
    hours: 'counselling',
    appointmentOnly: true,
    targetGroups: ['families', 'parents'],
    waiting: [10, 45],
  }),
  tracing: (): ServiceSpec => ({
    name: 'Suchdienst und Beratung zur Familienzusammenführung',
    category: 'legal_advice',
    subcategory: 'family_reunification',
    area: { kind: 'all' },
    hours: 'open_hours',
    languageBias: 1.2,
  }),
  firstAid: (): ServiceSpec => ({
    name: 'Gesundheits- und Erste-Hilfe-Kurse für Zugewanderte',
    category: 'health_care',
    subcategory: 'health_education',
    area: { kind: 'all' },
    hours: 'course',
    cost: 'reduced',
  }),
  sexualHealth: (): ServiceSpec => ({
    name: 'Sexualpädagogik und Gesundheitsberatung',
    category: 'health_care',
    subcategory: 'sexual_health',
    area: { kind: 'all' },
    hours: 'counselling',
  }),
  trauma: (): ServiceSpec => ({
    name: 'Psychosoziale Beratung und Therapie für traumatisierte Geflüchtete',
    category: 'psychosocial_support',
    subcategory: 'trauma',
    area: { kind: 'district_and_ulm' },
    hours: 'counselling',
    appointmentOnly: true,
    targetGroups: ['refugees'],
    waiting: [30, 150],
    languageBias: 2,
  }),
  traumaGroups: (): ServiceSpec => ({
    name: 'Stabilisierungsgruppen mit Sprachmittlung',
    category: 'psychosocial_support',
    subcategory: 'groups',
    area: { kind: 'district_and_ulm' },
    hours: 'evening',
    targetGroups: ['refugees'],
    waiting: [14, 60],
    languageBias: 2,
  }),
  violence: (): ServiceSpec => ({
    name: 'Beratung bei häuslicher und sexualisierter Gewalt',
    category: 'psychosocial_support',
    subcategory: 'violence',
    area: { kind: 'district' },
    hours: 'counselling',
    gender: 'female',
    targetGroups: ['women'],
    contactModes: ['in_person', 'phone', 'video'],
    waiting: [0, 7],
  }),
  consumer: (): ServiceSpec => ({
    name: 'Verbraucherberatung (Verträge, Handy, Inkasso)',
    category: 'consumer_advice',
    area: { kind: 'all' },
    hours: 'counselling',
    cost: 'reduced',
    contactModes: ['in_person', 'phone', 'video'],
  }),
  energy: (): ServiceSpec => ({
    name: 'Energiesparberatung für Haushalte',
    category: 'consumer_advice',
    subcategory: 'energy',
    area: { kind: 'district_and_ulm' },
    hours: 'counselling',
    appointmentOnly: true,
    contactModes: ['in_person', 'home_visit'],
  }),
  tenancy: (): ServiceSpec => ({
    name: 'Mietrechtsberatung',
    category: 'tenancy_advice',
    area: { kind: 'all' },
    hours: 'evening',
    cost: 'fee',
    waiting: [2, 14],
  }),
  asylumLaw: (): ServiceSpec => ({
    name: 'Asyl- und aufenthaltsrechtliche Beratung',
    category: 'legal_advice',
    subcategory: 'asylum_law',
    area: { kind: 'all' },
    hours: 'open_hours',
    targetGroups: ['refugees'],
    waiting: [7, 30],
    languageBias: 1.3,
  }),
  familyReunion: (): ServiceSpec => ({
    name: 'Beratung zum Familiennachzug',
    category: 'legal_advice',
    subcategory: 'family_reunification',
    area: { kind: 'all' },
    hours: 'open_hours',
    targetGroups: ['refugees'],
    residenceStatuses: ['recognised_refugee', 'subsidiary_protection'],
  }),
  recognition: (): ServiceSpec => ({
    name: 'Anerkennungsberatung für ausländische Berufs- und Studienabschlüsse',
    category: 'recognition_counselling',
    area: { kind: 'all' },
    hours: 'counselling',
    appointmentOnly: true,
    minAge: 18,
    contactModes: ['in_person', 'phone', 'video'],
    waiting: [7, 35],
  }),
  qualification: (): ServiceSpec => ({
    name: 'Qualifizierungsberatung (Anpassungs- und Ausgleichsmaßnahmen)',
    category: 'recognition_counselling',
    subcategory: 'qualification',
    area: { kind: 'all' },
    hours: 'counselling',
    minAge: 18,
  }),
  energySavingCheck: (): ServiceSpec => ({
    name: 'Stromspar-Check für Haushalte mit geringem Einkommen',
    category: 'consumer_advice',
    subcategory: 'energy',
    area: { kind: 'district_and_ulm' },
    hours: 'office',
    appointmentOnly: true,
    contactModes: ['home_visit', 'phone'],
  }),
  antiDiscrimination: (): ServiceSpec => ({
    name: 'Antidiskriminierungsberatung',
    category: 'anti_discrimination',
    area: { kind: 'district_and_ulm' },
    hours: 'counselling',
    contactModes: ['in_person', 'phone', 'video'],
  }),
};

export interface Builder {
  random: Random;
  orgs: OrgSpec[];
  add(org: OrgSpec): void;
  address(m: DistrictMunicipality): string;
}

export function createBuilder(random: Random): Builder {
  const orgs: OrgSpec[] = [];
  const keys = new Set<string>();
  return {
    random,
    orgs,
    add(org) {
      if (keys.has(org.key)) throw new Error(`duplicate organisation key ${org.key}`);
      keys.add(org.key);
      orgs.push(org);
    },
    address: (m) => `${random.pick(STREETS)} ${random.int(1, 60)}, ${m.name}`,
  };
}

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const towns = ALB_DONAU_MUNICIPALITIES.filter((m) => m.isTown);
export const townHallName = (m: DistrictMunicipality) =>
  m.ags === ULM_AGS
    ? 'Stadt Ulm – Bürgerdienste (Demo)'
    : m.isTown
      ? `Stadtverwaltung ${m.name} (Demo)`
      : `Bürgermeisteramt ${m.name} (Demo)`;
