// Professional providers in the demo network: counselling, language courses, employers, schools and kitas, health.
import { ALB_DONAU_MUNICIPALITIES, ULM } from '../municipalities.ts';
import { COURSE_STATUSES, S, muni, slug, towns, type Builder, type ServiceSpec } from './specs.ts';

export function counsellingProviders(b: Builder): void {
  const brands: { key: string; name: string; sites: string[]; portfolio: (() => ServiceSpec)[] }[] = [
    {
      key: 'caritas',
      name: 'Caritas Ulm-Alb-Donau',
      sites: ['Ulm', 'Ehingen (Donau)', 'Laichingen', 'Dietenheim'],
      portfolio: [S.mbe, S.debt, S.pregnancy, S.socialCounselling, S.addiction, S.energySavingCheck],
    },
    {
      key: 'diakonie',
      name: 'Diakonie Ulm/Alb-Donau',
      sites: ['Ulm', 'Blaubeuren', 'Langenau', 'Ehingen (Donau)'],
      portfolio: [S.debt, S.pregnancyConflict, S.addiction, S.mbe, S.socialCounselling],
    },
    {
      key: 'awo',
      name: 'AWO Ulm/Alb-Donau',
      sites: ['Ulm', 'Blaustein', 'Erbach'],
      portfolio: [S.mbe, S.debt, S.familyCounselling, S.socialCounselling],
    },
    {
      key: 'drk',
      name: 'DRK-Kreisverband Ulm',
      sites: ['Ulm', 'Ehingen (Donau)', 'Langenau'],
      portfolio: [S.tracing, S.firstAid, S.mbe],
    },
    {
      key: 'profamilia',
      name: 'pro familia Ulm',
      sites: ['Ulm', 'Ehingen (Donau)'],
      portfolio: [S.pregnancyConflict, S.sexualHealth],
    },
    {
      key: 'jmd',
      name: 'Jugendmigrationsdienst Ulm/Alb-Donau',
      sites: ['Ulm', 'Ehingen (Donau)', 'Langenau'],
      portfolio: [S.jmd, S.jmdSchool],
    },
    {
      key: 'psz',
      name: 'Psychosoziales Zentrum für Geflüchtete Ulm',
      sites: ['Ulm'],
      portfolio: [S.trauma, S.traumaGroups],
    },
    {
      key: 'sucht',
      name: 'Suchtberatung Alb-Donau',
      sites: ['Ehingen (Donau)', 'Blaubeuren', 'Langenau'],
      portfolio: [S.addiction, S.addictionRelatives],
    },
    {
      key: 'vz',
      name: 'Verbraucherzentrale Baden-Württemberg – Beratungsstelle Ulm',
      sites: ['Ulm'],
      portfolio: [S.consumer, S.energy],
    },
    {
      key: 'mieter',
      name: 'Mieterverein Ulm/Alb-Donau',
      sites: ['Ulm', 'Ehingen (Donau)'],
      portfolio: [S.tenancy],
    },
    { key: 'rlc', name: 'Refugee Law Clinic Ulm', sites: ['Ulm'], portfolio: [S.asylumLaw, S.familyReunion] },
    {
      key: 'rechtsberatung',
      name: 'Rechtsberatung für Geflüchtete Alb-Donau',
      sites: ['Ehingen (Donau)'],
      portfolio: [S.asylumLaw],
    },
    {
      key: 'iq',
      name: 'IQ-Anerkennungsberatung Donau-Iller',
      sites: ['Ulm', 'Ehingen (Donau)'],
      portfolio: [S.recognition, S.qualification],
    },
    {
      key: 'adb',
      name: 'Antidiskriminierungsberatung Ulm/Alb-Donau',
      sites: ['Ulm'],
      portfolio: [S.antiDiscrimination],
    },
    {
      key: 'frauen',
      name: 'Frauen- und Kinderschutzberatung Alb-Donau',
      sites: ['Ehingen (Donau)', 'Ulm'],
      portfolio: [S.violence],
    },
    {
      key: 'lebensberatung',
      name: 'Psychologische Familien- und Lebensberatung',
      sites: ['Ehingen (Donau)', 'Laichingen', 'Langenau'],
      portfolio: [S.familyCounselling],
    },
  ];
  for (const brand of brands) {
    for (const site of brand.sites) {
      const m = muni(site);
      // Branch offices offer most, not always all, of their organisation's portfolio.
      const portfolio =
        site === brand.sites[0] ? brand.portfolio : brand.portfolio.filter(() => b.random.chance(0.6));
      const services = (portfolio.length ? portfolio : brand.portfolio.slice(0, 1)).map((make) => make());
      b.add({
        key: `${brand.key}-${slug(m.shortName)}`,
        name: brand.sites.length > 1 ? `${brand.name} – ${m.shortName} (Demo)` : `${brand.name} (Demo)`,
        kind: 'counselling_provider',
        municipality: m,
        services,
      });
    }
  }
}

export function languageCourseProviders(b: Builder): void {
  const integrationCourse = (variant: string): ServiceSpec => ({
    name: `Integrationskurs ${variant}`,
    category: 'language_course',
    subcategory: 'integration_course',
    area: { kind: 'all' },
    hours: 'course',
    cost: 'reduced',
    minAge: 16,
    residenceStatuses: COURSE_STATUSES,
    waiting: [14, 90],
    languageBias: 0.5,
  });
  const extras: (() => ServiceSpec)[] = [
    () => ({
      name: 'Alphabetisierungskurs',
      category: 'language_course',
      subcategory: 'literacy',
      area: { kind: 'all' },
      hours: 'course',
      cost: 'reduced',
      minAge: 16,
      residenceStatuses: COURSE_STATUSES,
      waiting: [21, 120],
      languageBias: 0.8,
    }),
    () => ({
      name: 'Frauenintegrationskurs mit Kinderbetreuung',
      category: 'language_course',
      subcategory: 'women_course',
      area: { kind: 'all' },
      hours: 'course',
      cost: 'reduced',
      gender: 'female',
      targetGroups: ['women', 'parents'],
      residenceStatuses: COURSE_STATUSES,
      waiting: [21, 120],
    }),
    () => ({
      name: 'Jugendintegrationskurs',
      category: 'language_course',
      subcategory: 'youth_course',
      area: { kind: 'all' },
      hours: 'course',
      cost: 'reduced',
      minAge: 16,
      maxAge: 27,
      targetGroups: ['youth'],
      waiting: [14, 90],
    }),
    () => ({
      name: 'Berufssprachkurs (DeuFöV) B1/B2',
      category: 'language_course',
      subcategory: 'job_language',
      area: { kind: 'all' },
      hours: 'course',
      cost: 'free',
      minAge: 18,
      waiting: [14, 60],
    }),
    () => ({
      name: 'Deutsch-Abendkurs für Berufstätige',
      category: 'language_course',
      subcategory: 'evening_course',
      area: { kind: 'all' },
      hours: 'evening',
      cost: 'fee',
    }),
  ];
  const providers: [string, string, string][] = [
    ['vhs-ulm', 'Volkshochschule Ulm (Demo)', 'Ulm'],
    ['vhs-ehingen', 'Volkshochschule Ehingen (Demo)', 'Ehingen (Donau)'],
    ['vhs-laichingen', 'Volkshochschule Laichingen (Demo)', 'Laichingen'],
    ['vhs-langenau', 'Volkshochschule Langenau (Demo)', 'Langenau'],
    ['vhs-blaubeuren', 'Volkshochschule Blaubeuren (Demo)', 'Blaubeuren'],
    ['vhs-blaustein', 'Volkshochschule Blaustein (Demo)', 'Blaustein'],
    ['vhs-erbach', 'Volkshochschule Erbach (Demo)', 'Erbach'],
    ['sprachschule-donau-iller', 'Sprachschule Donau-Iller (Demo)', 'Ulm'],
    ['bildungswerk-alb-donau', 'Bildungswerk Alb-Donau (Demo)', 'Ehingen (Donau)'],
    ['kolping-ulm', 'Kolping-Bildungswerk Ulm (Demo)', 'Ulm'],
    ['sprachinstitut-dietenheim', 'Sprachinstitut an der Iller (Demo)', 'Dietenheim'],
    ['bfa-langenau', 'Berufsbildungsakademie Langenau (Demo)', 'Langenau'],
  ];
  for (const [key, name, site] of providers) {
    const m = muni(site);
    const big = m.population > 20000;
    const services = [
      integrationCourse(big ? 'Vormittag' : ''),
      ...b.random.sample(extras, big ? 4 : b.random.int(1, 3)).map((x) => x()),
    ];
    if (big) services.push(integrationCourse('Nachmittag'));
    b.add({
      key,
      name,
      kind: 'language_course_provider',
      municipality: m,
      services: services.map((s) => ({ ...s, name: s.name.trim() })),
    });
  }
}

export function employers(b: Builder): void {
  const names = [
    'Maschinenbau Donautal GmbH',
    'Alb-Logistik GmbH',
    'Bäckerei Sonnenkorn',
    'Seniorenzentrum am Stadtgarten',
    'Gasthof zum Hirsch',
    'Holzbau Alb GmbH',
    'Gebäudereinigung Blautal',
    'Elektro Brenner GmbH',
    'Kunststofftechnik Schwäbische Alb',
    'Autohaus Iller',
    'Metzgerei Landgut',
    'Pflegedienst Donau-Iller',
    'Gärtnerei Grünwerk',
    'Stahlbau Lonetal',
    'Hotel Albblick',
    'Supermarkt Frischeck',
    'Zimmerei Riedmann',
    'Druckerei Blaudruck',
    'Landtechnik Ries-Alb',
    'Sanitär Wasserwerk GmbH',
    'Verpackungswerk Hochsträß',
    'Kita-Träger Sonnenblume gGmbH',
    'Malerbetrieb Farbenfroh',
    'Spedition Donauwelle',
    'Klinikservice Alb GmbH',
    'Feinmechanik Laichinger Alb',
    'Brauerei zum Ochsen',
    'Recyclinghof Service GmbH',
    'Café Schwabenstolz',
    'Lagerlogistik Ulm-Nord',
  ];
  const weights = ALB_DONAU_MUNICIPALITIES.map((m) => Math.pow(m.population, 1.1));
  names.forEach((name, i) => {
    // Most employers sit in the district; a few in Ulm, where many clients commute to.
    const m = i % 6 === 5 ? ULM : ALB_DONAU_MUNICIPALITIES[b.random.weightedIndex(weights)]!;
    const services: ServiceSpec[] = [
      {
        name: 'Praktikums- und Ausbildungsplätze',
        category: 'job_placement',
        subcategory: 'apprenticeship',
        area: { kind: 'all' },
        hours: 'employer',
        appointmentOnly: true,
        minAge: 16,
      },
    ];
    if (b.random.chance(0.3))
      services.push({
        name: 'Einstiegsqualifizierung und Helferstellen',
        category: 'job_placement',
        subcategory: 'entry_level',
        area: { kind: 'all' },
        hours: 'employer',
        appointmentOnly: true,
        minAge: 18,
      });
    b.add({ key: `firma-${i + 1}`, name: `${name} (Demo)`, kind: 'employer', municipality: m, services });
  });
}

export function schools(b: Builder): void {
  for (const m of towns) {
    b.add({
      key: `schule-${m.ags}`,
      name: `Gemeinschaftsschule ${m.shortName} (Demo)`,
      kind: 'school_kita',
      municipality: m,
      services: [
        {
          name: 'Vorbereitungsklasse für Seiteneinsteiger',
          category: 'childcare_school',
          subcategory: 'preparatory_class',
          area: { kind: 'local' },
          hours: 'school',
          minAge: 10,
          maxAge: 16,
        },
      ],
    });
    b.add({
      key: `kita-${m.ags}`,
      name: `Kita ${b.random.pick(['Regenbogen', 'Sonnenschein', 'Löwenzahn', 'Pusteblume', 'Arche'])} ${m.shortName} (Demo)`,
      kind: 'school_kita',
      municipality: m,
      services: [
        {
          name: 'Kindergartenplatz und Sprachförderung',
          category: 'childcare_school',
          subcategory: 'kita',
          area: { kind: 'local' },
          hours: 'kita',
          minAge: 1,
          maxAge: 6,
          waiting: [30, 180],
        },
      ],
    });
  }
  const villages = b.random.sample(
    ALB_DONAU_MUNICIPALITIES.filter((m) => !m.isTown && m.population > 1800),
    6,
  );
  for (const m of villages) {
    b.add({
      key: `grundschule-${m.ags}`,
      name: `Grundschule ${m.shortName} (Demo)`,
      kind: 'school_kita',
      municipality: m,
      services: [
        {
          name: 'Grundschule mit Sprachförderung',
          category: 'childcare_school',
          subcategory: 'primary',
          area: { kind: 'local' },
          hours: 'school',
          minAge: 6,
          maxAge: 10,
        },
      ],
    });
  }
  const vabo: [string, string, string][] = [
    ['bs-ehingen', 'Berufliches Schulzentrum Ehingen – VABO-Klassen (Demo)', 'Ehingen (Donau)'],
    ['bs-ulm', 'Berufliches Schulzentrum Ulm – VABO-Klassen (Demo)', 'Ulm'],
    ['bs-laichingen', 'Berufliche Schule Laichingen (Demo)', 'Laichingen'],
  ];
  for (const [key, name, site] of vabo) {
    b.add({
      key,
      name,
      kind: 'school_kita',
      municipality: muni(site),
      services: [
        {
          name: 'VABO – Vorqualifizierungsjahr Arbeit/Beruf ohne Deutschkenntnisse',
          category: 'language_course',
          subcategory: 'vabo',
          area: { kind: 'district_and_ulm' },
          hours: 'school',
          minAge: 15,
          maxAge: 20,
        },
        {
          name: 'Berufsorientierung für junge Zugewanderte',
          category: 'childcare_school',
          subcategory: 'vocational_school',
          area: { kind: 'district_and_ulm' },
          hours: 'school',
          minAge: 15,
          maxAge: 21,
        },
      ],
    });
  }
}

export function health(b: Builder): void {
  const clinics: [string, string][] = [
    ['klinik-ehingen', 'Ehingen (Donau)'],
    ['klinik-blaubeuren', 'Blaubeuren'],
    ['klinik-langenau', 'Langenau'],
  ];
  for (const [key, site] of clinics) {
    const m = muni(site);
    b.add({
      key,
      name: `Kreisklinik ${m.shortName} (Demo)`,
      kind: 'health',
      municipality: m,
      services: [
        {
          name: 'Notaufnahme und stationäre Versorgung',
          category: 'health_care',
          subcategory: 'hospital',
          area: { kind: 'all' },
          hours: 'clinic',
          contactModes: ['in_person', 'phone'],
        },
        ...(b.random.chance(0.6)
          ? [
              {
                name: 'Geburtshilfe und Hebammensprechstunde',
                category: 'pregnancy_counselling' as const,
                subcategory: 'midwife',
                area: { kind: 'all' } as const,
                hours: 'practice' as const,
                gender: 'female' as const,
              },
            ]
          : []),
      ],
    });
  }
  b.add({
    key: 'uniklinik-kinder',
    name: 'Universitätsklinikum Ulm – Klinik für Kinder- und Jugendmedizin (Demo)',
    kind: 'health',
    municipality: ULM,
    services: [
      {
        name: 'Kinderärztliche Ambulanz',
        category: 'health_care',
        subcategory: 'paediatrics',
        area: { kind: 'all' },
        hours: 'practice',
        maxAge: 17,
      },
    ],
  });
  const practiceTowns = b.random.sample(towns, 7);
  for (const m of practiceTowns) {
    b.add({
      key: `hausarzt-${m.ags}`,
      name: `Hausarztpraxis am Marktplatz ${m.shortName} (Demo)`,
      kind: 'health',
      municipality: m,
      services: [
        {
          name: 'Hausärztliche Versorgung',
          category: 'health_care',
          subcategory: 'general_practice',
          area: { kind: 'all' },
          hours: 'practice',
          waiting: [0, 10],
        },
      ],
    });
  }
  for (const m of b.random.sample(towns, 3)) {
    b.add({
      key: `kinderarzt-${m.ags}`,
      name: `Kinderarztpraxis ${m.shortName} (Demo)`,
      kind: 'health',
      municipality: m,
      services: [
        {
          name: 'Kinder- und Jugendmedizin, Vorsorgeuntersuchungen',
          category: 'health_care',
          subcategory: 'paediatrics',
          area: { kind: 'all' },
          hours: 'practice',
          maxAge: 17,
          waiting: [3, 30],
        },
      ],
    });
  }
  for (const m of b.random.sample(towns, 2)) {
    b.add({
      key: `frauenarzt-${m.ags}`,
      name: `Frauenarztpraxis ${m.shortName} (Demo)`,
      kind: 'health',
      municipality: m,
      services: [
        {
          name: 'Frauenärztliche Versorgung und Schwangerschaftsvorsorge',
          category: 'health_care',
          subcategory: 'gynaecology',
          area: { kind: 'all' },
          hours: 'practice',
          gender: 'female',
          waiting: [7, 45],
        },
      ],
    });
  }
  b.add({
    key: 'pia-ehingen',
    name: 'Psychiatrische Institutsambulanz Ehingen (Demo)',
    kind: 'health',
    municipality: muni('Ehingen (Donau)'),
    services: [
      {
        name: 'Psychiatrische Ambulanz',
        category: 'psychosocial_support',
        subcategory: 'psychiatry',
        area: { kind: 'district' },
        hours: 'practice',
        minAge: 18,
        waiting: [14, 90],
      },
    ],
  });
  b.add({
    key: 'hebammen',
    name: 'Hebammenzentrale Ulm/Alb-Donau (Demo)',
    kind: 'health',
    municipality: ULM,
    services: [
      {
        name: 'Vermittlung von Hebammen',
        category: 'pregnancy_counselling',
        subcategory: 'midwife',
        area: { kind: 'district_and_ulm' },
        hours: 'office',
        gender: 'female',
        contactModes: ['phone', 'home_visit'],
      },
    ],
  });
  b.add({
    key: 'dolmetscher-gesundheit',
    name: 'Gesundheitslotsen Alb-Donau (Demo)',
    kind: 'health',
    municipality: muni('Blaustein'),
    services: [
      {
        name: 'Begleitung zu Arztterminen mit Sprachmittlung',
        category: 'health_care',
        subcategory: 'health_navigation',
        area: { kind: 'district' },
        hours: 'office',
        languageBias: 2.2,
      },
    ],
  });
}
