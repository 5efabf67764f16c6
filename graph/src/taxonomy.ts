// The need taxonomy: the categories of DESIGN.md with the sub-categories services use, their German and
// English names, and the words people type for them ("Schulden", "schwanger", "Sucht",
// "Aufenthaltserlaubnis"). Ids are stable: a category id, or `category/subcategory`.
import { NEED_CATEGORIES, type NeedCategory } from './model.ts';

/** Grammatical gender of the German name (for sentences such as „keine arabischsprachige …“). */
type Gender = 'f' | 'm' | 'n';

export interface NeedEntry {
  /** `debt_counselling` or `residence_matters/residence_permit`. */
  id: string;
  category: NeedCategory;
  /** Set for a sub-category: matches services with this `subcategory`. */
  subcategory: string | null;
  de: string;
  en: string;
  gender: Gender;
  /** Words and phrases that name this need, German and English (matched without case and umlauts). */
  synonyms: string[];
}

type Spec = [de: string, en: string, gender: Gender, synonyms: string[]];

const CATEGORIES: Record<NeedCategory, Spec> = {
  debt_counselling: [
    'Schuldnerberatung',
    'debt counselling',
    'f',
    ['Schulden', 'Schuldner', 'Insolvenz', 'Mahnung', 'Inkasso', 'Zahlungsrückstand', 'debt', 'debts'],
  ],
  pregnancy_counselling: [
    'Schwangerschaftsberatung',
    'pregnancy counselling',
    'f',
    ['schwanger', 'Schwangerschaft', 'Geburt', 'Baby', 'pregnant', 'pregnancy', 'expecting a baby'],
  ],
  addiction_counselling: [
    'Suchtberatung',
    'addiction counselling',
    'f',
    [
      'Sucht',
      'süchtig',
      'Drogen',
      'Alkohol',
      'Glücksspiel',
      'addiction',
      'addicted',
      'drugs',
      'alcohol',
      'gambling',
    ],
  ],
  psychosocial_support: [
    'psychosoziale Beratung',
    'psychosocial support',
    'f',
    ['psychosozial', 'Psyche', 'psychisch', 'Trauma', 'Depression', 'Angst', 'psychosocial', 'mental health'],
  ],
  migration_counselling: [
    'Migrationsberatung',
    'migration counselling',
    'f',
    ['Migration', 'Migrationsdienst', 'migration'],
  ],
  recognition_counselling: [
    'Anerkennungsberatung',
    'recognition counselling',
    'f',
    ['Anerkennung', 'Abschluss anerkennen', 'Zeugnis', 'recognition', 'qualification recognition', 'diploma'],
  ],
  legal_advice: [
    'Rechtsberatung',
    'legal advice',
    'f',
    ['Recht', 'Anwalt', 'Rechtsanwalt', 'Asylrecht', 'Klage', 'lawyer', 'legal', 'asylum law'],
  ],
  tenancy_advice: [
    'Mietrechtsberatung',
    'tenancy advice',
    'f',
    ['Miete', 'Mietvertrag', 'Vermieter', 'Wohnung', 'Nebenkosten', 'tenancy', 'rent', 'landlord', 'housing'],
  ],
  consumer_advice: [
    'Verbraucherberatung',
    'consumer advice',
    'f',
    ['Verbraucher', 'Handyvertrag', 'Vertrag', 'Stromvertrag', 'consumer', 'contract'],
  ],
  language_course: [
    'Sprachförderung',
    'language course',
    'f',
    [
      'Sprachkurs',
      'Deutschkurs',
      'Deutsch lernen',
      'Sprache',
      'language course',
      'German course',
      'learn German',
    ],
  ],
  job_placement: [
    'Arbeitsvermittlung',
    'job placement',
    'f',
    [
      'Arbeit',
      'Job',
      'Arbeitsplatz',
      'Stelle',
      'Ausbildung',
      'Bewerbung',
      'work',
      'employment',
      'apprenticeship',
    ],
  ],
  benefits: [
    'Leistungsberatung (Jobcenter, Sozialamt)',
    'benefits (job centre, social welfare office)',
    'f',
    [
      'Bürgergeld',
      'Sozialleistung',
      'Sozialhilfe',
      'Leistungen',
      'Jobcenter',
      'Sozialamt',
      'benefits',
      'welfare',
    ],
  ],
  residence_matters: [
    'Ausländerbehörde',
    'immigration office',
    'f',
    [
      'Aufenthalt',
      'Ausländerbehörde',
      'Aufenthaltsrecht',
      'Pass',
      'Visum',
      'residence',
      'immigration office',
      'visa',
    ],
  ],
  childcare_school: [
    'Kinderbetreuung und Schule',
    'childcare and school',
    'f',
    ['Kita', 'Kindergarten', 'Schule', 'Kinderbetreuung', 'school', 'childcare', 'nursery'],
  ],
  health_care: [
    'Gesundheitsversorgung',
    'health care',
    'f',
    ['Arzt', 'Ärztin', 'Gesundheit', 'krank', 'Krankheit', 'Kinderarzt', 'doctor', 'health', 'ill', 'sick'],
  ],
  volunteer_support: [
    'ehrenamtliche Begleitung',
    'volunteer support',
    'f',
    ['Ehrenamt', 'Helferkreis', 'Pate', 'Patenschaft', 'Begleitung', 'volunteer', 'mentor', 'helper circle'],
  ],
  leisure_participation: [
    'Freizeit und Teilhabe',
    'leisure and participation',
    'f',
    ['Freizeit', 'Verein', 'Sport', 'Musik', 'Teilhabe', 'leisure', 'club', 'sports'],
  ],
  anti_discrimination: [
    'Antidiskriminierungsberatung',
    'anti-discrimination counselling',
    'f',
    ['Diskriminierung', 'Rassismus', 'benachteiligt', 'discrimination', 'racism'],
  ],
};

/** The sub-categories the directory uses that people ask for by name. */
const SUBCATEGORIES: Partial<Record<NeedCategory, Record<string, Spec>>> = {
  residence_matters: {
    residence_permit: [
      'Aufenthaltserlaubnis',
      'residence permit',
      'f',
      ['Aufenthaltserlaubnis', 'Aufenthaltstitel', 'Verlängerung Aufenthalt', 'residence permit'],
    ],
    family_reunification: [
      'Familiennachzug',
      'family reunification',
      'm',
      ['Familiennachzug', 'Familienzusammenführung', 'family reunification'],
    ],
    work_permit: [
      'Arbeitserlaubnis',
      'work permit',
      'f',
      ['Arbeitserlaubnis', 'Beschäftigungserlaubnis', 'work permit'],
    ],
    naturalisation: [
      'Einbürgerung',
      'naturalisation',
      'f',
      ['Einbürgerung', 'Staatsangehörigkeit', 'naturalisation', 'citizenship'],
    ],
    toleration: ['Duldung', 'toleration', 'f', ['Duldung', 'geduldet', 'toleration', 'tolerated']],
  },
  pregnancy_counselling: {
    pregnancy_conflict: [
      'Schwangerschaftskonfliktberatung',
      'pregnancy conflict counselling',
      'f',
      ['Schwangerschaftskonflikt', 'Konfliktberatung', 'Abbruch', 'Schwangerschaftsabbruch', 'abortion'],
    ],
  },
  migration_counselling: {
    mbe: ['Migrationsberatung für Erwachsene (MBE)', 'migration counselling for adults (MBE)', 'f', ['MBE']],
    jmd: [
      'Jugendmigrationsdienst (JMD)',
      'youth migration service (JMD)',
      'm',
      ['JMD', 'Jugendmigrationsdienst'],
    ],
  },
  language_course: {
    integration_course: [
      'Integrationskurs',
      'integration course',
      'm',
      ['Integrationskurs', 'integration course'],
    ],
    job_language: [
      'Berufssprachkurs',
      'job-related language course',
      'm',
      ['Berufssprachkurs', 'DeuFöV', 'job German'],
    ],
    literacy: [
      'Alphabetisierungskurs',
      'literacy course',
      'm',
      ['Alphabetisierung', 'Alphakurs', 'lesen und schreiben', 'literacy'],
    ],
  },
  psychosocial_support: {
    trauma: [
      'Traumaberatung',
      'trauma counselling',
      'f',
      ['Traumaberatung', 'traumatisiert', 'PTBS', 'trauma counselling'],
    ],
  },
  childcare_school: {
    kita: ['Kita', 'day care', 'f', ['Kita', 'Kindertagesstätte', 'Krippe', 'day care']],
  },
};

/** Lower case, umlauts and ß spelled out, everything but letters and digits a single space. */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const entry = (
  category: NeedCategory,
  subcategory: string | null,
  [de, en, gender, synonyms]: Spec,
): NeedEntry => ({
  id: subcategory ? `${category}/${subcategory}` : category,
  category,
  subcategory,
  de,
  en,
  gender,
  synonyms: [...new Set([de, en, ...synonyms])],
});

export const NEED_TAXONOMY: readonly NeedEntry[] = NEED_CATEGORIES.flatMap((category) => [
  entry(category, null, CATEGORIES[category]),
  ...Object.entries(SUBCATEGORIES[category] ?? {}).map(([sub, spec]) => entry(category, sub, spec)),
]);

const BY_ID = new Map(NEED_TAXONOMY.map((e) => [e.id, e]));
const NORMALIZED = NEED_TAXONOMY.map((e) => ({ entry: e, synonyms: e.synonyms.map(normalizeWords) }));

/** Shorter words are too vague to stand for a need on their own ("Job" and "MBE" match only whole). */
const MIN_PREFIX = 4;

/**
 * How well `query` (normalised) names a synonym (normalised), 0 when it does not: the whole text, a
 * phrase inside it, or a word that begins the synonym ("schwanger" → "schwangerschaft") or that the
 * synonym begins ("schuldnerberatungsstelle" → "schuldner").
 */
function matchScore(query: string, words: string[], synonym: string): number {
  if (query === synonym) return 1000 + synonym.length;
  if (synonym.includes(' ') && ` ${query} `.includes(` ${synonym} `)) return 500 + synonym.length;
  let best = 0;
  for (const word of words) {
    if (word === synonym) best = Math.max(best, 400 + synonym.length);
    else if (word.length >= MIN_PREFIX && synonym.startsWith(word) && !synonym.includes(' '))
      best = Math.max(best, 200 + word.length);
    else if (synonym.length >= MIN_PREFIX + 1 && word.startsWith(synonym))
      best = Math.max(best, 100 + synonym.length);
  }
  return best;
}

/**
 * The taxonomy entry a need names: its id, or free text in German or English. The best match wins; on a
 * tie the category before its sub-categories, then taxonomy order. `null` when nothing matches.
 */
export function resolveNeed(text: string): NeedEntry | null {
  const byId = BY_ID.get(text.trim());
  if (byId) return byId;
  const query = normalizeWords(text);
  if (!query) return null;
  const words = query.split(' ');
  let best: { entry: NeedEntry; score: number } | null = null;
  for (const { entry: candidate, synonyms } of NORMALIZED) {
    const score = Math.max(...synonyms.map((s) => matchScore(query, words, s)));
    if (score > 0 && (!best || score > best.score)) best = { entry: candidate, score };
  }
  return best?.entry ?? null;
}

export const needEntry = (id: string): NeedEntry | undefined => BY_ID.get(id);

/** Whether a service of this category and sub-category meets the need (a category includes its sub-categories). */
export function serviceMeetsNeed(
  need: NeedEntry,
  service: { category: string; subcategory: string },
): boolean {
  return (
    service.category === need.category &&
    (need.subcategory === null || service.subcategory === need.subcategory)
  );
}
