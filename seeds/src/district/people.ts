// The demo's 27 integration managers and ~2,500 fictional clients. Managers are named "IM Demo NN";
// clients are case codes only (ADK-YYYY-NNNN): the graph never holds a client's name.
import type { ClientInput, ManagerInput, NeedCategory } from '@lotse/graph';
import { dayNumber, isoDay, PERIOD_LAST_DAY } from './calendar.ts';
import type { ResidenceStatus } from './catalogue.ts';
import { ALB_DONAU_MUNICIPALITIES, type DistrictMunicipality } from './municipalities.ts';
import type { Random } from './random.ts';

/** Which carrier employs a manager and which municipalities the manager covers (by name). */
const MANAGER_PLAN: [employer: string, covers: string[]][] = [
  ['rathaus-08425033', ['Ehingen (Donau)']],
  ['rathaus-08425033', ['Ehingen (Donau)']],
  ['im-caritas', ['Ehingen (Donau)', 'Griesingen', 'Oberdischingen', 'Öpfingen']],
  ['im-lra', ['Munderkingen', 'Rottenacker', 'Emerkingen', 'Untermarchtal']],
  [
    'im-caritas',
    [
      'Munderkingen',
      'Obermarchtal',
      'Rechtenstein',
      'Emeringen',
      'Lauterach',
      'Hausen am Bussen',
      'Unterwachingen',
    ],
  ],
  ['im-lra', ['Oberstadion', 'Unterstadion', 'Grundsheim', 'Allmendingen', 'Altheim']],
  ['im-lra', ['Schelklingen', 'Allmendingen']],
  ['im-drk', ['Ehingen (Donau)', 'Schelklingen']],
  ['rathaus-08425020', ['Blaubeuren']],
  ['im-diakonie', ['Blaubeuren', 'Berghülen']],
  ['rathaus-08425071', ['Laichingen']],
  ['im-lra', ['Laichingen', 'Heroldstatt', 'Merklingen']],
  ['im-diakonie', ['Nellingen', 'Westerheim', 'Merklingen', 'Heroldstatt']],
  ['rathaus-08425141', ['Blaustein']],
  ['im-awo', ['Blaustein', 'Dornstadt']],
  ['im-lra', ['Dornstadt', 'Beimerstetten', 'Westerstetten']],
  ['im-awo', ['Lonsee', 'Amstetten']],
  ['im-drk', ['Amstetten', 'Lonsee', 'Westerstetten']],
  ['rathaus-08425072', ['Langenau']],
  ['im-diakonie', ['Langenau', 'Rammingen', 'Asselfingen', 'Öllingen', 'Setzingen']],
  [
    'im-lra',
    [
      'Bernstadt',
      'Altheim (Alb)',
      'Ballendorf',
      'Börslingen',
      'Breitingen',
      'Holzkirch',
      'Neenstetten',
      'Nerenstetten',
      'Weidenstetten',
    ],
  ],
  ['rathaus-08425039', ['Erbach']],
  ['im-drk', ['Erbach', 'Hüttisheim']],
  ['im-lra', ['Illerkirchberg', 'Staig', 'Schnürpflingen', 'Hüttisheim']],
  ['im-awo', ['Staig', 'Illerkirchberg']],
  ['im-caritas', ['Dietenheim', 'Balzheim', 'Illerrieden']],
  ['im-lra', ['Dietenheim', 'Illerrieden', 'Balzheim']],
];

export interface DemoManager extends ManagerInput {
  coversAgs: string[];
  /** How busy this manager is relative to colleagues (drives contacts). */
  activity: number;
  home: DistrictMunicipality;
}

export interface DemoClient extends ClientInput {
  managerId: string;
  municipalityAgs: string;
  household: 'single' | 'family';
  residenceStatus: ResidenceStatus;
  gender: 'female' | 'male' | 'diverse' | 'unknown';
  birthYear: number;
  openedOn: string;
  closedOn: string | null;
  needs: NeedCategory[];
  /** How often this case comes up, relative to others (drives consultations and referrals). */
  activity: number;
  /** First and last day the case is open within the demo period. */
  firstDay: number;
  lastDay: number;
}

const byName = new Map(ALB_DONAU_MUNICIPALITIES.map((m) => [m.name, m]));

export function buildManagers(random: Random): DemoManager[] {
  return MANAGER_PLAN.map(([employer, covers], i) => {
    const municipalities = covers.map((name) => {
      const m = byName.get(name);
      if (!m) throw new Error(`unknown municipality ${name}`);
      return m;
    });
    const number = String(i + 1).padStart(2, '0');
    const home = municipalities[0]!;
    return {
      id: `demo-im-${number}`,
      name: `IM Demo ${number} (${home.shortName})`,
      email: `im-demo-${number}@lotse.demo.example`,
      organizationId: `demo-org-${employer}`,
      coversAgs: municipalities.map((m) => m.ags),
      isDemo: true,
      activity: 0.6 + random.next() * 0.9,
      home,
    };
  });
}

const pickWeighted = <T extends string>(random: Random, table: readonly (readonly [T, number])[]): T =>
  table[random.weightedIndex(table.map(([, w]) => w))]![0];

const PRIMARY_LANGUAGES = [
  ['ar', 34],
  ['fa', 20],
  ['ti', 11],
  ['ku', 8],
  ['en', 7],
  ['tr', 5],
  ['fr', 4],
  ['so', 4],
  ['ru', 4],
  ['uk', 3],
] as const;

const RESIDENCE_ODDS: readonly (readonly [ResidenceStatus, number])[] = [
  ['recognised_refugee', 44],
  ['subsidiary_protection', 20],
  ['deportation_ban', 8],
  ['asylum_procedure', 12],
  ['tolerated', 11],
  ['other_permit', 5],
];

const GERMAN_ODDS = [
  ['none', 14],
  ['A1', 30],
  ['A2', 26],
  ['B1', 20],
  ['B2', 8],
  ['C1', 2],
] as const;

const EMPLOYMENT_ODDS = [
  ['unemployed', 34],
  ['language_course', 22],
  ['employed', 16],
  ['mini_job', 10],
  ['apprenticeship', 7],
  ['school', 4],
  ['parental_leave', 7],
] as const;

const BASE_NEEDS: readonly (readonly [NeedCategory, number])[] = [
  ['language_course', 30],
  ['job_placement', 28],
  ['benefits', 16],
  ['residence_matters', 14],
  ['tenancy_advice', 12],
  ['childcare_school', 10],
  ['health_care', 8],
  ['migration_counselling', 7],
  ['recognition_counselling', 5],
  ['debt_counselling', 4],
  ['volunteer_support', 4],
  ['leisure_participation', 4],
  ['psychosocial_support', 3],
  ['legal_advice', 3],
];

// When cases were opened: many at the programme's start in 2018 (people already in follow-up housing),
// fewer later.
const OPENING_PERIODS: [first: number, last: number, weight: number][] = [
  [dayNumber(2018, 1, 8), dayNumber(2018, 6, 29), 44],
  [dayNumber(2018, 7, 2), dayNumber(2018, 12, 20), 20],
  [dayNumber(2019, 1, 7), dayNumber(2019, 6, 28), 15],
  [dayNumber(2019, 7, 1), dayNumber(2019, 12, 20), 12],
  [dayNumber(2020, 1, 7), dayNumber(2020, 6, 15), 9],
];

const CLOSURE_OUTCOMES = ['goals_reached', 'moved_away', 'handed_over', 'no_longer_needed'] as const;

export function buildClients(random: Random, managers: DemoManager[], count: number): DemoClient[] {
  // Uneven density: refugees are placed roughly by population, but some places took in many more.
  const placement = ALB_DONAU_MUNICIPALITIES.map(
    (m) => Math.pow(m.population, 0.95) * (0.3 + random.next() * 1.7),
  );
  const coveringManagers = new Map(
    ALB_DONAU_MUNICIPALITIES.map((m) => [m.ags, managers.filter((mg) => mg.coversAgs.includes(m.ags))]),
  );
  const drafts = Array.from({ length: count }, () => {
    const m = ALB_DONAU_MUNICIPALITIES[random.weightedIndex(placement)]!;
    const candidates = coveringManagers.get(m.ags)!;
    // A manager with many municipalities has fewer cases in each of them.
    const manager = candidates[random.weightedIndex(candidates.map((c) => 1 / c.coversAgs.length))]!;
    const family = random.chance(0.3);
    const householdSize = family ? random.int(3, 8) : 1;
    const minors = family ? random.int(1, householdSize - 1) : 0;
    const primary = pickWeighted(random, PRIMARY_LANGUAGES);
    const germanLevel = pickWeighted(random, GERMAN_ODDS);
    const languages = [primary as string];
    if (primary !== 'en' && random.chance(0.3)) languages.push('en');
    if (primary === 'ku' || (primary === 'fa' && random.chance(0.3)))
      languages.push(primary === 'ku' ? 'ar' : 'tr');
    if (germanLevel !== 'none' && germanLevel !== 'A1') languages.push('de');
    const [first, last] = OPENING_PERIODS[random.weightedIndex(OPENING_PERIODS.map(([, , w]) => w))]!;
    const opened = random.int(first, last);
    // Some cases close before the end of the period, none before nine months.
    const closes = opened + 270 < PERIOD_LAST_DAY - 30 && random.chance(0.3);
    const closed = closes ? random.int(opened + 270, PERIOD_LAST_DAY - 1) : null;
    const needCount = random.int(1, 3);
    const needs = new Set<NeedCategory>();
    while (needs.size < needCount) needs.add(pickWeighted(random, BASE_NEEDS));
    if (family) needs.add('childcare_school');
    const gender: DemoClient['gender'] = family
      ? random.chance(0.55)
        ? 'female'
        : 'male'
      : pickWeighted(random, [
          ['male', 70],
          ['female', 29],
          ['diverse', 1],
        ] as const);
    return {
      municipality: m,
      manager,
      household: family ? ('family' as const) : ('single' as const),
      householdSize,
      minors,
      languages: [...new Set(languages)],
      residenceStatus: pickWeighted(random, RESIDENCE_ODDS),
      needs: [...needs],
      germanLevel,
      employmentStatus: pickWeighted(random, EMPLOYMENT_ODDS),
      birthYear: family ? random.int(1968, 1996) : random.int(1960, 2001),
      gender,
      opened,
      closed,
      closureOutcome: closed === null ? '' : random.pick(CLOSURE_OUTCOMES),
      activity: 0.35 + random.next() * 1.2 + random.next() * 0.6,
    };
  });
  // Case codes count up per year in order of opening, as a case register would.
  drafts.sort((a, b) => a.opened - b.opened);
  const perYear = new Map<string, number>();
  return drafts.map((d, i) => {
    const openedOn = isoDay(d.opened);
    const year = openedOn.slice(0, 4);
    const sequence = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, sequence);
    return {
      id: `demo-client-${String(i + 1).padStart(4, '0')}`,
      caseCode: `ADK-${year}-${String(sequence).padStart(4, '0')}`,
      managerId: d.manager.id,
      municipalityAgs: d.municipality.ags,
      household: d.household,
      householdSize: d.householdSize,
      minors: d.minors,
      languages: d.languages,
      residenceStatus: d.residenceStatus,
      needs: d.needs,
      germanLevel: d.germanLevel,
      employmentStatus: d.employmentStatus,
      birthYear: d.birthYear,
      gender: d.gender,
      caseStatus: d.closed === null ? 'open' : 'closed',
      openedOn,
      closedOn: d.closed === null ? null : isoDay(d.closed),
      closureOutcome: d.closureOutcome,
      isDemo: true,
      activity: d.activity,
      firstDay: d.opened,
      lastDay: d.closed ?? PERIOD_LAST_DAY,
    };
  });
}
