// Civil society in the demo network: helper circles (AK Asyl), associations, migrant organisations, other actors.
import { ALB_DONAU_MUNICIPALITIES, ULM } from '../municipalities.ts';
import type { OrganizationInput } from '@lotse/graph';
import { muni, type Builder, type ServiceSpec } from './specs.ts';

export function helperCircles(b: Builder): void {
  const forms = ['AK Asyl', 'Helferkreis Asyl', 'Freundeskreis Flüchtlinge', 'Arbeitskreis Integration'];
  const candidates = ALB_DONAU_MUNICIPALITIES.filter((m) => m.population >= 1000 || b.random.chance(0.35));
  for (const m of candidates) {
    const services: ServiceSpec[] = [
      {
        name: 'Alltagsbegleitung und Patenschaften',
        category: 'volunteer_support',
        subcategory: 'mentoring',
        area: { kind: 'local' },
        hours: 'cafe',
        contactModes: ['in_person', 'phone', 'home_visit'],
      },
    ];
    if (b.random.chance(0.45))
      services.push({
        name: 'Sprachcafé – Deutsch üben',
        category: 'language_course',
        subcategory: 'conversation',
        area: { kind: 'all' },
        hours: 'cafe',
        languageBias: 0.7,
      });
    if (b.random.chance(0.3))
      services.push({
        name: 'Hausaufgabenhilfe für Kinder',
        category: 'childcare_school',
        subcategory: 'homework',
        area: { kind: 'local' },
        hours: 'cafe',
        minAge: 6,
        maxAge: 16,
      });
    if (b.random.chance(0.25))
      services.push({
        name: 'Begegnungscafé',
        category: 'leisure_participation',
        area: { kind: 'all' },
        hours: 'cafe',
      });
    b.add({
      key: `helferkreis-${m.ags}`,
      name: `${b.random.pick(forms)} ${m.shortName} (Demo)`,
      kind: 'helper_circle',
      municipality: m,
      services,
    });
  }
  b.add({
    key: 'helferkreis-ulm-west',
    name: 'Freundeskreis Asyl Ulm-Weststadt (Demo)',
    kind: 'helper_circle',
    municipality: ULM,
    services: [
      {
        name: 'Patenschaften und Wohnungssuche',
        category: 'volunteer_support',
        subcategory: 'mentoring',
        area: { kind: 'all' },
        hours: 'cafe',
      },
    ],
  });
}

export function associations(b: Builder): void {
  const sportTowns = b.random.sample(
    ALB_DONAU_MUNICIPALITIES.filter((m) => m.population > 2500),
    14,
  );
  for (const m of sportTowns) {
    const club = b.random.pick(['TSV', 'SV', 'TV', 'SC', 'FC']);
    const services: ServiceSpec[] = [
      {
        name: 'Sport für alle – Schnuppertraining',
        category: 'leisure_participation',
        subcategory: 'sports',
        area: { kind: 'all' },
        hours: 'club',
        cost: 'reduced',
      },
    ];
    if (b.random.chance(0.3))
      services.push({
        name: 'Schwimmkurs für Kinder',
        category: 'leisure_participation',
        subcategory: 'swimming',
        area: { kind: 'all' },
        hours: 'club',
        minAge: 5,
        maxAge: 14,
        cost: 'reduced',
      });
    b.add({
      key: `sport-${m.ags}`,
      name: `${club} ${m.shortName} (Demo)`,
      kind: 'association',
      municipality: m,
      services,
    });
  }
  const musicTowns = b.random.sample(
    ALB_DONAU_MUNICIPALITIES.filter((m) => m.population > 1500),
    5,
  );
  for (const m of musicTowns) {
    b.add({
      key: `musik-${m.ags}`,
      name: `Musikverein ${m.shortName} (Demo)`,
      kind: 'association',
      municipality: m,
      services: [
        {
          name: 'Offene Musikprobe und Instrumentenunterricht',
          category: 'leisure_participation',
          subcategory: 'music',
          area: { kind: 'all' },
          hours: 'evening',
          cost: 'reduced',
        },
      ],
    });
  }
  const fixed: [string, string, string, ServiceSpec[]][] = [
    [
      'tafel-ehingen',
      'Tafelladen Ehingen (Demo)',
      'Ehingen (Donau)',
      [
        {
          name: 'Lebensmittel zum kleinen Preis',
          category: 'volunteer_support',
          subcategory: 'food_bank',
          area: { kind: 'regions', regions: ['ehingen'] },
          hours: 'open_hours',
          cost: 'reduced',
        },
      ],
    ],
    [
      'tafel-laichingen',
      'Laichinger Tafel (Demo)',
      'Laichingen',
      [
        {
          name: 'Lebensmittel zum kleinen Preis',
          category: 'volunteer_support',
          subcategory: 'food_bank',
          area: { kind: 'regions', regions: ['alb'] },
          hours: 'open_hours',
          cost: 'reduced',
        },
      ],
    ],
    [
      'tafel-langenau',
      'Tafel Langenau (Demo)',
      'Langenau',
      [
        {
          name: 'Lebensmittel zum kleinen Preis',
          category: 'volunteer_support',
          subcategory: 'food_bank',
          area: { kind: 'regions', regions: ['langenau'] },
          hours: 'open_hours',
          cost: 'reduced',
        },
      ],
    ],
    [
      'kleiderkammer-blaubeuren',
      'Kleiderkammer Blaubeuren e. V. (Demo)',
      'Blaubeuren',
      [
        {
          name: 'Kleidung und Hausrat',
          category: 'volunteer_support',
          subcategory: 'second_hand',
          area: { kind: 'all' },
          hours: 'cafe',
        },
      ],
    ],
    [
      'kinderschutzbund',
      'Kinderschutzbund Ulm/Alb-Donau (Demo)',
      'Ulm',
      [
        {
          name: 'Elternkurse „Starke Eltern – starke Kinder“',
          category: 'childcare_school',
          subcategory: 'parenting',
          area: { kind: 'all' },
          hours: 'evening',
          targetGroups: ['parents'],
        },
        {
          name: 'Begleiteter Umgang und Familienpaten',
          category: 'psychosocial_support',
          subcategory: 'family',
          area: { kind: 'district_and_ulm' },
          hours: 'counselling',
          targetGroups: ['families'],
        },
      ],
    ],
    [
      'netzwerk-rassismus',
      'Netzwerk gegen Rassismus Ulm/Alb-Donau (Demo)',
      'Ulm',
      [
        {
          name: 'Begleitung bei Diskriminierungserfahrungen',
          category: 'anti_discrimination',
          subcategory: 'peer_support',
          area: { kind: 'all' },
          hours: 'evening',
        },
      ],
    ],
    [
      'frauencafe-ehingen',
      'Internationales Frauencafé Ehingen e. V. (Demo)',
      'Ehingen (Donau)',
      [
        {
          name: 'Frauentreff mit Kinderbetreuung',
          category: 'leisure_participation',
          subcategory: 'women',
          area: { kind: 'all' },
          hours: 'cafe',
          gender: 'female',
        },
      ],
    ],
    [
      'fahrradwerkstatt-erbach',
      'Fahrradwerkstatt Erbach e. V. (Demo)',
      'Erbach',
      [
        {
          name: 'Offene Fahrradwerkstatt',
          category: 'leisure_participation',
          subcategory: 'mobility',
          area: { kind: 'all' },
          hours: 'club',
        },
      ],
    ],
    [
      'lesepaten-langenau',
      'Lesepaten Langenau e. V. (Demo)',
      'Langenau',
      [
        {
          name: 'Lesepatenschaften für Grundschulkinder',
          category: 'childcare_school',
          subcategory: 'reading',
          area: { kind: 'regions', regions: ['langenau'] },
          hours: 'cafe',
          minAge: 6,
          maxAge: 11,
        },
      ],
    ],
    [
      'buergerstiftung-blaustein',
      'Bürgerstiftung Blaustein (Demo)',
      'Blaustein',
      [
        {
          name: 'Ehrenamtliche Fahrdienste',
          category: 'volunteer_support',
          subcategory: 'transport',
          area: { kind: 'regions', regions: ['ulm_north'] },
          hours: 'office',
        },
      ],
    ],
    [
      'gartenprojekt-dornstadt',
      'Interkultureller Garten Dornstadt e. V. (Demo)',
      'Dornstadt',
      [
        {
          name: 'Gemeinschaftsgarten',
          category: 'leisure_participation',
          subcategory: 'garden',
          area: { kind: 'all' },
          hours: 'club',
        },
      ],
    ],
  ];
  for (const [key, name, site, services] of fixed)
    b.add({ key, name, kind: 'association', municipality: muni(site), services });
}

export function migrantOrganisations(b: Builder): void {
  const list: [string, string, string, string[]][] = [
    ['syrisch-ulm', 'Syrisch-Deutscher Kulturverein Ulm (Demo)', 'Ulm', ['ar', 'ku']],
    ['afghanisch-ulm', 'Afghanischer Kulturverein Ulm/Alb-Donau (Demo)', 'Ulm', ['fa']],
    ['eritreisch-ulm', 'Eritreische Gemeinschaft Ulm (Demo)', 'Ulm', ['ti']],
    ['arabisch-ehingen', 'Arabischer Eltern- und Kulturverein Ehingen (Demo)', 'Ehingen (Donau)', ['ar']],
    ['kurdisch-ulm', 'Kurdischer Kulturverein Ulm (Demo)', 'Ulm', ['ku', 'tr']],
    ['tuerkisch-ehingen', 'Türkisch-Deutscher Verein Ehingen (Demo)', 'Ehingen (Donau)', ['tr']],
    ['frauentreff-langenau', 'Internationaler Frauentreff Langenau (Demo)', 'Langenau', ['ar', 'fa', 'ti']],
    ['somalisch-ulm', 'Somalische Gemeinschaft Donau-Iller (Demo)', 'Ulm', ['so']],
    ['russisch-ehingen', 'Russischsprachiger Kulturverein Ehingen (Demo)', 'Ehingen (Donau)', ['ru', 'uk']],
    ['afrikanisch-ulm', 'Afrikanischer Verein Donau-Iller (Demo)', 'Ulm', ['en', 'fr']],
    ['ukrainisch-ulm', 'Ukrainischer Verein Ulm (Demo)', 'Ulm', ['uk', 'ru']],
    ['iranisch-blaustein', 'Persischer Kulturverein Blaustein (Demo)', 'Blaustein', ['fa']],
  ];
  for (const [key, name, site, languages] of list) {
    const services: ServiceSpec[] = [
      {
        name: 'Kultur- und Begegnungsangebote',
        category: 'leisure_participation',
        subcategory: 'culture',
        area: { kind: 'all' },
        hours: 'club',
        languages,
      },
      {
        name: 'Ehrenamtliche Sprachmittlung',
        category: 'volunteer_support',
        subcategory: 'interpreting',
        area: { kind: 'all' },
        hours: 'evening',
        languages,
      },
    ];
    if (b.random.chance(0.5))
      services.push({
        name: 'Herkunftssprachlicher Unterricht und Hausaufgabenhilfe',
        category: 'childcare_school',
        subcategory: 'heritage_language',
        area: { kind: 'all' },
        hours: 'club',
        minAge: 6,
        maxAge: 16,
        languages,
      });
    if (b.random.chance(0.3))
      services.push({
        name: 'Empowerment-Beratung',
        category: 'anti_discrimination',
        subcategory: 'empowerment',
        area: { kind: 'all' },
        hours: 'evening',
        languages,
      });
    b.add({ key, name, kind: 'migrant_organisation', municipality: muni(site), services });
  }
}

export function others(b: Builder): void {
  const list: [string, string, string, ServiceSpec[]][] = [
    [
      'mgh-ehingen',
      'Mehrgenerationenhaus Ehingen (Demo)',
      'Ehingen (Donau)',
      [
        {
          name: 'Offener Treff für Jung und Alt',
          category: 'leisure_participation',
          area: { kind: 'all' },
          hours: 'cafe',
        },
        {
          name: 'Eltern-Kind-Gruppe',
          category: 'childcare_school',
          subcategory: 'parent_child',
          area: { kind: 'all' },
          hours: 'cafe',
          targetGroups: ['parents'],
        },
      ],
    ],
    [
      'familienzentrum-langenau',
      'Familienzentrum Langenau (Demo)',
      'Langenau',
      [
        {
          name: 'Familiencafé und Elternberatung',
          category: 'childcare_school',
          subcategory: 'family_centre',
          area: { kind: 'all' },
          hours: 'cafe',
          targetGroups: ['families'],
        },
      ],
    ],
    [
      'bibliothek-ulm',
      'Stadtbibliothek Ulm (Demo)',
      'Ulm',
      [
        {
          name: 'Lernwerkstatt Deutsch',
          category: 'language_course',
          subcategory: 'self_study',
          area: { kind: 'all' },
          hours: 'office',
          cost: 'free',
        },
      ],
    ],
    [
      'sprachmittler-pool',
      'Sprachmittlerpool Alb-Donau (Demo)',
      'Ehingen (Donau)',
      [
        {
          name: 'Sprachmittlung für Beratungsgespräche',
          category: 'volunteer_support',
          subcategory: 'interpreting',
          area: { kind: 'district' },
          hours: 'office',
          languageBias: 3,
        },
      ],
    ],
    [
      'polizei-praevention',
      'Polizeipräsidium Ulm – Prävention (Demo)',
      'Ulm',
      [
        {
          name: 'Opferschutz und Beratung nach Straftaten',
          category: 'legal_advice',
          subcategory: 'victim_support',
          area: { kind: 'district_and_ulm' },
          hours: 'office',
        },
      ],
    ],
    [
      'wohnraumboerse',
      'Wohnraumbörse Alb-Donau (Demo)',
      'Blaubeuren',
      [
        {
          name: 'Vermittlung von Mietwohnungen',
          category: 'tenancy_advice',
          subcategory: 'housing_search',
          area: { kind: 'district' },
          hours: 'office',
        },
      ],
    ],
  ];
  for (const [key, name, site, services] of list)
    b.add({ key, name, kind: 'other', municipality: muni(site), services });
}

/**
 * A helper circle founded in the demo's last month, with no contact yet: what the network map's
 * "isolated actors" are for (and what its end-to-end test looks for). Added after the activity is
 * drawn, so it has none and the rest of the district stays as it was.
 */
export function newHelperCircle(existing: readonly OrganizationInput[]): OrganizationInput {
  const withCircle = new Set(
    existing.filter((o) => o.kind === 'helper_circle').map((o) => o.municipalityAgs),
  );
  const place = [...ALB_DONAU_MUNICIPALITIES]
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .find((m) => !withCircle.has(m.ags));
  if (!place) throw new Error('every demo municipality already has a helper circle');
  return {
    id: `demo-org-helferkreis-neu-${place.ags}`,
    name: `Neuer Helferkreis ${place.shortName} (Demo)`,
    kind: 'helper_circle',
    municipalityAgs: place.ags,
    address: `Rathausplatz 1, ${place.shortName}`,
    lat: Number((place.lat + 0.002).toFixed(5)),
    lon: Number((place.lon - 0.002).toFixed(5)),
    isDemo: true,
  };
}
