// The sentences of suggestions and gaps, German and English: numbers, languages, times and dates as
// people in a German town hall read them (Europe/Berlin).
import { SERVICE_TIME_ZONE, type MeetingKind, type NeedEntry } from '@lotse/graph';

export interface Text {
  de: string;
  en: string;
}

const deNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
export const km = (value: number): Text => ({
  de: `${deNumber.format(value)} km`,
  en: `${enNumber.format(value)} km`,
});

const deLanguage = new Intl.DisplayNames(['de'], { type: 'language' });
const enLanguage = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (names: Intl.DisplayNames, code: string) => {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
};

/** „Arabisch und Englisch“ / "Arabic and English". */
export function languageList(codes: readonly string[]): Text {
  const join = (names: string[], and: string) =>
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
  return {
    de: join(
      codes.map((c) => languageName(deLanguage, c)),
      'und',
    ),
    en: join(
      codes.map((c) => languageName(enLanguage, c)),
      'and',
    ),
  };
}

/** „arabischsprachige“: the adjective German builds from a language name, declined for the noun's gender. */
function germanLanguageAdjective(code: string, gender: NeedEntry['gender']): string {
  const stem = languageName(deLanguage, code).toLowerCase();
  return `${stem}sprachig${gender === 'f' ? 'e' : gender === 'm' ? 'er' : 'es'}`;
}

/** „keine arabischsprachige Schwangerschaftsberatung im Umkreis von 30 km“. */
export function noServiceWithin(need: NeedEntry, maxKm: number, language?: string): Text {
  const none = need.gender === 'f' ? 'keine' : 'kein';
  const adjective = language && language !== 'de' ? `${germanLanguageAdjective(language, need.gender)} ` : '';
  const enLanguageName =
    language && language !== 'de' ? `${languageName(enLanguage, language)}-speaking ` : '';
  return {
    de: `${none} ${adjective}${need.de} im Umkreis von ${km(maxKm).de}`,
    en: `no ${enLanguageName}${need.en} within ${km(maxKm).en}`,
  };
}

const deTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: SERVICE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const enTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: SERVICE_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const deDay = new Intl.DateTimeFormat('de-DE', {
  timeZone: SERVICE_TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'numeric',
});
const enDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: SERVICE_TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});
const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_TIME_ZONE });

/** „heute ab 14:00“, „morgen ab 09:00“, „Mi., 25.11. ab 09:00“ — relative to `now`, in Berlin time. */
export function openingFrom(start: number, now: number): Text {
  const days = Math.round(
    (Date.parse(berlinDate.format(start)) - Date.parse(berlinDate.format(now))) / 86_400_000,
  );
  const time = { de: deTime.format(start), en: enTime.format(start) };
  if (days === 0) return { de: `heute ab ${time.de}`, en: `today from ${time.en}` };
  if (days === 1) return { de: `morgen ab ${time.de}`, en: `tomorrow from ${time.en}` };
  return { de: `${deDay.format(start)} ab ${time.de}`, en: `${enDay.format(start)} from ${time.en}` };
}

export const clockTime = (at: number): Text => ({ de: deTime.format(at), en: enTime.format(at) });

const deMonth = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const enMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
/** „Mai 2020“ for an instant (Berlin month) or a YYYY-MM-DD day. */
export function monthOf(at: number | string): Text {
  const instant = typeof at === 'string' ? Date.parse(`${at}T12:00:00Z`) : Date.parse(berlinDate.format(at));
  return { de: deMonth.format(instant), en: enMonth.format(instant) };
}

/** A meeting kind after „aus“ / "from" („aus dem Netzwerktreffen“). */
export const FROM_MEETING_KIND: Record<MeetingKind, Text> = {
  network_meeting: { de: 'aus dem Netzwerktreffen', en: 'from the network meeting' },
  working_group: { de: 'aus dem Arbeitskreis', en: 'from the working group' },
  steering_group: { de: 'aus der Steuerungsgruppe', en: 'from the steering group' },
};

/** The target groups services name, for sentences such as „nur für Jugendliche“. */
export const TARGET_GROUP_TEXT: Record<string, Text> = {
  refugees: { de: 'Geflüchtete', en: 'refugees' },
  families: { de: 'Familien', en: 'families' },
  parents: { de: 'Eltern', en: 'parents' },
  youth: { de: 'Jugendliche und junge Erwachsene', en: 'young people' },
  adults: { de: 'Erwachsene', en: 'adults' },
  women: { de: 'Frauen', en: 'women' },
  pregnant_women: { de: 'Schwangere', en: 'pregnant women' },
  newcomers: { de: 'Neuzugewanderte', en: 'newcomers' },
};

export const groupList = (groups: readonly string[]): Text => ({
  de: groups.map((g) => TARGET_GROUP_TEXT[g]?.de ?? g).join(', '),
  en: groups.map((g) => TARGET_GROUP_TEXT[g]?.en ?? g).join(', '),
});
