// Public administration of the demo district and Ulm: immigration, job centres, employment agency,
// social welfare, health office, integration commissioners, town halls, and the carriers of integration management.
import {
  ULM,
  ULM_AGS,
  DEMO_MUNICIPALITIES,
  type DistrictMunicipality,
  type Region,
} from '../municipalities.ts';
import {
  LANDRATSAMT_ADDRESS,
  muni,
  slug,
  towns,
  townHallName,
  type Area,
  type Builder,
  type ServiceSpec,
} from './specs.ts';

export function publicAdministration(b: Builder): void {
  const ehingen = muni('Ehingen (Donau)');
  // The Landratsamt sits in Ulm although Ulm is not part of the district; its offices serve the 55
  // municipalities only, Ulm has its own.
  b.add({
    key: 'lra-abh',
    name: 'Landratsamt Alb-Donau-Kreis – Ausländerbehörde (Demo)',
    kind: 'immigration_office',
    municipality: ULM,
    address: LANDRATSAMT_ADDRESS,
    services: [
      {
        name: 'Aufenthaltstitel: Erteilung und Verlängerung',
        category: 'residence_matters',
        subcategory: 'residence_permit',
        area: { kind: 'district' },
        hours: 'office',
        appointmentOnly: true,
        waiting: [10, 45],
      },
      {
        name: 'Familiennachzug: Antrag und Beratung',
        category: 'residence_matters',
        subcategory: 'family_reunification',
        area: { kind: 'district' },
        hours: 'office',
        appointmentOnly: true,
        waiting: [14, 60],
      },
      {
        name: 'Duldung, Ausbildungs- und Beschäftigungsduldung',
        category: 'residence_matters',
        subcategory: 'toleration',
        area: { kind: 'district' },
        hours: 'office',
        residenceStatuses: ['tolerated', 'asylum_procedure', 'deportation_ban'],
      },
      {
        name: 'Beschäftigungserlaubnis',
        category: 'residence_matters',
        subcategory: 'work_permit',
        area: { kind: 'district' },
        hours: 'office',
        waiting: [7, 30],
      },
      {
        name: 'Einbürgerung',
        category: 'residence_matters',
        subcategory: 'naturalisation',
        area: { kind: 'district' },
        hours: 'office',
        appointmentOnly: true,
        minAge: 16,
        waiting: [30, 120],
      },
    ],
  });
  b.add({
    key: 'lra-abh-ehingen',
    name: 'Landratsamt Alb-Donau-Kreis – Ausländerbehörde, Außenstelle Ehingen (Demo)',
    kind: 'immigration_office',
    municipality: ehingen,
    address: 'Adolffstraße 1, Ehingen (Donau)',
    services: [
      {
        name: 'Sprechstunde Aufenthaltsangelegenheiten',
        category: 'residence_matters',
        subcategory: 'residence_permit',
        area: { kind: 'district' },
        hours: 'open_hours',
        contactModes: ['in_person', 'phone'],
      },
      {
        name: 'Beschäftigungserlaubnis (Außenstelle)',
        category: 'residence_matters',
        subcategory: 'work_permit',
        area: { kind: 'district' },
        hours: 'office',
        appointmentOnly: true,
      },
    ],
  });
  b.add({
    key: 'ulm-abh',
    name: 'Stadt Ulm – Ausländerbehörde (Demo)',
    kind: 'immigration_office',
    municipality: ULM,
    services: [
      {
        name: 'Aufenthaltstitel (Stadt Ulm)',
        category: 'residence_matters',
        subcategory: 'residence_permit',
        area: { kind: 'regions', regions: ['ulm'] },
        hours: 'office',
        appointmentOnly: true,
        waiting: [14, 60],
      },
      {
        name: 'Familiennachzug (Stadt Ulm)',
        category: 'residence_matters',
        subcategory: 'family_reunification',
        area: { kind: 'regions', regions: ['ulm'] },
        hours: 'office',
        appointmentOnly: true,
      },
      {
        name: 'Einbürgerung (Stadt Ulm)',
        category: 'residence_matters',
        subcategory: 'naturalisation',
        area: { kind: 'regions', regions: ['ulm'] },
        hours: 'office',
        appointmentOnly: true,
        minAge: 16,
      },
    ],
  });

  // Jobcenter Alb-Donau: one site per part of the district; Ulm has its own job centre.
  const jobCentreSites: [string, DistrictMunicipality, Region[]][] = [
    ['jc-adk-ulm', ULM, ['ulm_north', 'iller']],
    ['jc-adk-ehingen', ehingen, ['ehingen']],
    ['jc-adk-laichingen', muni('Laichingen'), ['alb']],
    ['jc-adk-langenau', muni('Langenau'), ['langenau']],
  ];
  for (const [key, m, regions] of jobCentreSites) {
    b.add({
      key,
      name: `Jobcenter Alb-Donau – Standort ${m.shortName} (Demo)`,
      kind: 'job_centre',
      municipality: m,
      address: m === ULM ? LANDRATSAMT_ADDRESS : b.address(m),
      services: [
        {
          name: 'Arbeitsvermittlung für Geflüchtete',
          category: 'job_placement',
          subcategory: 'placement',
          area: { kind: 'regions', regions },
          hours: 'office',
          appointmentOnly: true,
          waiting: [7, 28],
        },
        {
          name: 'Leistungen zur Sicherung des Lebensunterhalts (SGB II)',
          category: 'benefits',
          subcategory: 'sgb2',
          area: { kind: 'regions', regions },
          hours: 'office',
          waiting: [3, 21],
        },
        {
          name: 'Beratung für junge Erwachsene unter 25',
          category: 'job_placement',
          subcategory: 'u25',
          area: { kind: 'regions', regions },
          hours: 'office',
          minAge: 15,
          maxAge: 24,
        },
      ],
    });
  }
  b.add({
    key: 'jc-ulm',
    name: 'Jobcenter Ulm (Demo)',
    kind: 'job_centre',
    municipality: ULM,
    services: [
      {
        name: 'Arbeitsvermittlung (Stadt Ulm)',
        category: 'job_placement',
        subcategory: 'placement',
        area: { kind: 'regions', regions: ['ulm'] },
        hours: 'office',
        appointmentOnly: true,
      },
      {
        name: 'Leistungen SGB II (Stadt Ulm)',
        category: 'benefits',
        subcategory: 'sgb2',
        area: { kind: 'regions', regions: ['ulm'] },
        hours: 'office',
      },
    ],
  });
  b.add({
    key: 'aa-ulm',
    name: 'Agentur für Arbeit Ulm (Demo)',
    kind: 'employment_agency',
    municipality: ULM,
    services: [
      {
        name: 'Berufsberatung',
        category: 'job_placement',
        subcategory: 'career_guidance',
        area: { kind: 'district_and_ulm' },
        hours: 'office',
        appointmentOnly: true,
        minAge: 14,
        waiting: [7, 30],
      },
      {
        name: 'Arbeitsvermittlung und Arbeitslosengeld (SGB III)',
        category: 'job_placement',
        subcategory: 'placement',
        area: { kind: 'district_and_ulm' },
        hours: 'office',
      },
      {
        name: 'Beratung Ausbildung für Geflüchtete',
        category: 'job_placement',
        subcategory: 'apprenticeship',
        area: { kind: 'district_and_ulm' },
        hours: 'open_hours',
        minAge: 16,
        maxAge: 35,
        targetGroups: ['refugees', 'youth'],
      },
    ],
  });
  b.add({
    key: 'aa-ehingen',
    name: 'Agentur für Arbeit Ulm – Geschäftsstelle Ehingen (Demo)',
    kind: 'employment_agency',
    municipality: ehingen,
    services: [
      {
        name: 'Berufsberatung (Geschäftsstelle Ehingen)',
        category: 'job_placement',
        subcategory: 'career_guidance',
        area: { kind: 'regions', regions: ['ehingen', 'alb'] },
        hours: 'office',
        appointmentOnly: true,
        minAge: 14,
      },
      {
        name: 'Arbeitsvermittlung (Geschäftsstelle Ehingen)',
        category: 'job_placement',
        subcategory: 'placement',
        area: { kind: 'regions', regions: ['ehingen', 'alb'] },
        hours: 'office',
      },
    ],
  });

  b.add({
    key: 'lra-sozialamt',
    name: 'Landratsamt Alb-Donau-Kreis – Kreissozialamt (Demo)',
    kind: 'social_welfare_office',
    municipality: ULM,
    address: LANDRATSAMT_ADDRESS,
    services: [
      {
        name: 'Leistungen nach dem Asylbewerberleistungsgesetz',
        category: 'benefits',
        subcategory: 'asylblg',
        area: { kind: 'district' },
        hours: 'office',
        residenceStatuses: ['asylum_procedure', 'tolerated'],
      },
      {
        name: 'Grundsicherung im Alter und bei Erwerbsminderung',
        category: 'benefits',
        subcategory: 'sgb12',
        area: { kind: 'district' },
        hours: 'office',
        appointmentOnly: true,
      },
      {
        name: 'Wohnraumversorgung in der Anschlussunterbringung',
        category: 'tenancy_advice',
        subcategory: 'follow_up_housing',
        area: { kind: 'district' },
        hours: 'office',
      },
    ],
  });
  b.add({
    key: 'lra-sozialamt-ehingen',
    name: 'Landratsamt Alb-Donau-Kreis – Kreissozialamt, Außenstelle Ehingen (Demo)',
    kind: 'social_welfare_office',
    municipality: ehingen,
    services: [
      {
        name: 'Sprechstunde Sozialleistungen (Außenstelle Ehingen)',
        category: 'benefits',
        subcategory: 'asylblg',
        area: { kind: 'regions', regions: ['ehingen', 'alb'] },
        hours: 'open_hours',
      },
    ],
  });
  b.add({
    key: 'lra-jugendamt',
    name: 'Landratsamt Alb-Donau-Kreis – Kreisjugendamt (Demo)',
    kind: 'social_welfare_office',
    municipality: ULM,
    address: LANDRATSAMT_ADDRESS,
    services: [
      {
        name: 'Frühe Hilfen für Familien mit Kleinkindern',
        category: 'childcare_school',
        subcategory: 'early_support',
        area: { kind: 'district' },
        hours: 'office',
        targetGroups: ['families'],
        contactModes: ['in_person', 'phone', 'home_visit'],
      },
      {
        name: 'Psychologische Beratungsstelle für Eltern, Kinder und Jugendliche',
        category: 'psychosocial_support',
        subcategory: 'family',
        area: { kind: 'district' },
        hours: 'counselling',
        appointmentOnly: true,
        waiting: [14, 60],
      },
    ],
  });
  b.add({
    key: 'ulm-soziales',
    name: 'Stadt Ulm – Abteilung Soziales (Demo)',
    kind: 'social_welfare_office',
    municipality: ULM,
    services: [
      {
        name: 'Sozialhilfe und Asylbewerberleistungen (Stadt Ulm)',
        category: 'benefits',
        subcategory: 'sgb12',
        area: { kind: 'regions', regions: ['ulm'] },
        hours: 'office',
      },
      {
        name: 'Fachstelle Wohnungssicherung (Stadt Ulm)',
        category: 'tenancy_advice',
        subcategory: 'housing_security',
        area: { kind: 'regions', regions: ['ulm'] },
        hours: 'office',
      },
    ],
  });
  b.add({
    key: 'lra-gesundheitsamt',
    name: 'Landratsamt Alb-Donau-Kreis – Gesundheitsamt (Demo)',
    kind: 'health',
    municipality: ULM,
    address: LANDRATSAMT_ADDRESS,
    services: [
      // The district's health office also serves the city of Ulm.
      {
        name: 'Impfberatung und Gesundheitsuntersuchungen',
        category: 'health_care',
        subcategory: 'public_health',
        area: { kind: 'district_and_ulm' },
        hours: 'office',
      },
      {
        name: 'Staatlich anerkannte Schwangerenberatung',
        category: 'pregnancy_counselling',
        subcategory: 'pregnancy',
        area: { kind: 'district_and_ulm' },
        hours: 'counselling',
        gender: 'female',
      },
      {
        name: 'Sozialpsychiatrischer Dienst',
        category: 'psychosocial_support',
        subcategory: 'social_psychiatry',
        area: { kind: 'district_and_ulm' },
        hours: 'counselling',
        contactModes: ['in_person', 'phone', 'home_visit'],
        minAge: 18,
      },
    ],
  });

  b.add({
    key: 'lra-integration',
    name: 'Landratsamt Alb-Donau-Kreis – Integrationsbeauftragte (Demo)',
    kind: 'integration_commissioner',
    municipality: ULM,
    address: LANDRATSAMT_ADDRESS,
    services: [
      {
        name: 'Koordination Ehrenamt in der Flüchtlingshilfe',
        category: 'volunteer_support',
        subcategory: 'coordination',
        area: { kind: 'district' },
        hours: 'office',
      },
      {
        name: 'Anlaufstelle bei Diskriminierung (Landkreis)',
        category: 'anti_discrimination',
        area: { kind: 'district' },
        hours: 'counselling',
      },
    ],
  });
  b.add({
    key: 'ulm-integration',
    name: 'Stadt Ulm – Koordinierungsstelle Integration (Demo)',
    kind: 'integration_commissioner',
    municipality: ULM,
    services: [
      {
        name: 'Ehrenamtsbörse Integration',
        category: 'volunteer_support',
        area: { kind: 'all' },
        hours: 'office',
      },
      {
        name: 'Interkulturelle Öffnung und Antidiskriminierung',
        category: 'anti_discrimination',
        area: { kind: 'regions', regions: ['ulm'] },
        hours: 'counselling',
      },
    ],
  });
  // Integration commissioners in the larger towns.
  for (const m of [...towns, muni('Dornstadt')]) {
    const services: ServiceSpec[] = [
      {
        name: `Integrationsbeauftragte ${m.shortName}: Sprechstunde`,
        category: 'volunteer_support',
        subcategory: 'coordination',
        area: { kind: 'local' },
        hours: 'open_hours',
      },
    ];
    if (b.random.chance(0.6))
      services.push({
        name: `Interkultureller Treff ${m.shortName}`,
        category: 'leisure_participation',
        area: { kind: 'all' },
        hours: 'cafe',
      });
    b.add({
      key: `ib-${slug(m.shortName)}`,
      name: `${m.isTown ? 'Stadt' : 'Gemeinde'} ${m.name} – Integrationsbeauftragte (Demo)`,
      kind: 'integration_commissioner',
      municipality: m,
      services,
    });
  }

  // A town hall for every municipality.
  for (const m of DEMO_MUNICIPALITIES) {
    const local: Area = m.ags === ULM_AGS ? { kind: 'regions', regions: ['ulm'] } : { kind: 'local' };
    const services: ServiceSpec[] = [
      {
        name: `Unterbringung und Wohnraum – ${m.shortName}`,
        category: 'tenancy_advice',
        subcategory: 'follow_up_housing',
        area: local,
        hours: 'town_hall',
      },
    ];
    if (m.isTown) {
      services.push(
        {
          name: `Wohngeldstelle ${m.shortName}`,
          category: 'benefits',
          subcategory: 'housing_benefit',
          area: local,
          hours: 'town_hall',
          waiting: [14, 60],
        },
        {
          name: `Kita- und Schulanmeldung ${m.shortName}`,
          category: 'childcare_school',
          subcategory: 'registration',
          area: local,
          hours: 'town_hall',
          targetGroups: ['families'],
        },
      );
    } else if (m.population > 4000) {
      services.push({
        name: `Kinderbetreuung: Platzvergabe ${m.shortName}`,
        category: 'childcare_school',
        subcategory: 'registration',
        area: local,
        hours: 'town_hall',
        targetGroups: ['families'],
      });
    }
    b.add({
      key: `rathaus-${m.ags}`,
      name: townHallName(m),
      kind: 'town_hall',
      municipality: m,
      address: `${m.isTown ? 'Marktplatz' : 'Rathausplatz'} 1, ${m.name}`,
      services,
    });
  }
}

export function carriers(b: Builder): void {
  const list: [string, string, DistrictMunicipality][] = [
    ['im-lra', 'Landratsamt Alb-Donau-Kreis – Integrationsmanagement (Demo)', muni('Ehingen (Donau)')],
    ['im-caritas', 'Caritas Ulm-Alb-Donau – Integrationsmanagement (Demo)', muni('Ehingen (Donau)')],
    ['im-awo', 'AWO Kreisverband Ulm/Alb-Donau – Integrationsmanagement (Demo)', muni('Blaustein')],
    ['im-diakonie', 'Diakonie Ulm/Alb-Donau – Integrationsmanagement (Demo)', muni('Langenau')],
    ['im-drk', 'DRK-Kreisverband Ulm – Integrationsmanagement (Demo)', ULM],
  ];
  for (const [key, name, m] of list) {
    b.add({
      key,
      name,
      kind: 'im_carrier',
      municipality: m,
      services: [
        {
          name: 'Integrationsmanagement: Sprechstunde für Geflüchtete in der Anschlussunterbringung',
          category: 'migration_counselling',
          subcategory: 'integration_management',
          area: { kind: 'district' },
          hours: 'open_hours',
          targetGroups: ['refugees'],
          contactModes: ['in_person', 'phone', 'home_visit', 'mobile_office'],
          languageBias: 1.2,
        },
      ],
    });
  }
}
