// Suggesting services for a need: hard filters (category, responsible area, eligibility, not closed,
// remote-only, barrier-free, distance), then a score that is the sum of explained reasons. Pure: the
// caller hands in the services of the need's category and the graph signals, so the order is testable
// by construction. Ties: score, then distance, then service id.
import {
  nextOpening,
  offersRemote,
  serviceMeetsNeed,
  type NeedEntry,
  type OwnContact,
  type ServiceRow,
  type SharedMeeting,
  type TeamOutcome,
} from '@lotse/graph';
import {
  haversineKm,
  SUGGEST_CONFIG,
  straightLine,
  type SuggestConfig,
  type TravelProvider,
} from './config.ts';
import {
  clockTime,
  FROM_MEETING_KIND,
  groupList,
  km,
  languageList,
  monthOf,
  noServiceWithin,
  openingFrom,
  type Text,
} from './texts.ts';

/** What a suggestion may use of a client: no name, no address — the municipality's centre stands for home. */
export interface ClientFacts {
  municipalityAgs: string;
  languages: string[];
  residenceStatus: string;
  birthYear: number | null;
  gender: 'female' | 'male' | 'diverse' | 'unknown';
  household: 'single' | 'family';
  minors: number;
  openedOn: string;
}

export interface SuggestQuery {
  need: NeedEntry;
  origin: { lat: number; lon: number; municipalityAgs: string };
  client: ClientFacts | null;
  /** Languages asked for (ISO 639); German is assumed everywhere and earns nothing. */
  languages: string[];
  window: { from: number; to: number };
  remoteOnly: boolean;
  barrierFree: boolean;
  maxKm: number;
  limit: number;
}

export interface Signals {
  team: Map<string, TeamOutcome>;
  contacts: Map<string, OwnContact>;
  meetings: Map<string, SharedMeeting>;
}

export const NO_SIGNALS: Signals = { team: new Map(), contacts: new Map(), meetings: new Map() };

export const REASON_CODES = [
  'distance',
  'language',
  'language_missing',
  'open_now',
  'next_opening',
  'appointment_only',
  'no_opening_in_window',
  'opening_unknown',
  'temporarily_closed',
  'remote',
  'waiting_time',
  'barrier_free',
  'team_accepted',
  'team_helped',
  'own_contact',
  'shared_meeting',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const CRITERIA = [
  'distance',
  'responsible_area',
  'residence_status',
  'age',
  'gender',
  'target_group',
  'closed',
  'remote',
  'barrier_free',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface Reason extends Text {
  code: ReasonCode;
  weight: number;
}

interface LazyReason {
  code: ReasonCode;
  weight: number;
  text: () => Text;
}

export interface Suggestion {
  service: ServiceRow;
  distanceKm: number;
  score: number;
  nextOpening: { start: number; end: number; appointmentOnly: boolean } | null;
  matchedLanguages: string[];
  reasons: Reason[];
}

export interface NearMiss extends Text {
  service: ServiceRow;
  distanceKm: number;
  failed: Criterion;
}

export interface SuggestResult {
  suggestions: Suggestion[];
  /** Set when nothing fits: what is missing, and the nearest service that fails one criterion only. */
  gap: (Text & { nearMiss: NearMiss | null }) | null;
}

const REFUGEE_STATUSES = new Set([
  'recognised_refugee',
  'subsidiary_protection',
  'deportation_ban',
  'asylum_procedure',
  'tolerated',
]);
const yearOf = (at: number) => new Date(at).getUTCFullYear();

/** Whether the client belongs to a target group: true, false, or null when Lotse does not know. */
function inGroup(group: string, client: ClientFacts, now: number): boolean | null {
  const age = client.birthYear === null ? null : yearOf(now) - client.birthYear;
  switch (group) {
    case 'refugees':
      return client.residenceStatus === '' ? null : REFUGEE_STATUSES.has(client.residenceStatus);
    case 'families':
      return client.household === 'family';
    case 'parents':
      return client.minors > 0;
    case 'youth':
      return age === null ? null : age - 1 <= 26;
    case 'adults':
      return age === null ? null : age >= 18;
    case 'women':
      return client.gender === 'female' ? true : client.gender === 'male' ? false : null;
    case 'pregnant_women':
      // Lotse does not record pregnancies; only a man is known not to be one.
      return client.gender === 'male' ? false : null;
    case 'newcomers':
      return now - Date.parse(client.openedOn) <= 3 * 365.25 * 86_400_000;
    default:
      return null;
  }
}

function eligibilityFailures(service: ServiceRow, client: ClientFacts, now: number): Criterion[] {
  const failed: Criterion[] = [];
  if (
    service.residenceStatuses.length > 0 &&
    client.residenceStatus !== '' &&
    !service.residenceStatuses.includes(client.residenceStatus)
  )
    failed.push('residence_status');
  if (client.birthYear !== null) {
    // Only the birth year is stored: the client is one of two ages this year.
    const oldest = yearOf(now) - client.birthYear;
    const youngest = oldest - 1;
    if (
      (service.minAge !== null && oldest < service.minAge) ||
      (service.maxAge !== null && youngest > service.maxAge)
    )
      failed.push('age');
  }
  if (service.gender !== 'any' && client.gender !== 'unknown' && client.gender !== service.gender)
    failed.push('gender');
  if (service.targetGroups.length > 0 && service.targetGroups.every((g) => inGroup(g, client, now) === false))
    failed.push('target_group');
  return failed;
}

export function failedCriteria(
  service: ServiceRow,
  query: SuggestQuery,
  distanceKm: number,
  now: number,
): Criterion[] {
  const failed: Criterion[] = [];
  if (service.status === 'closed' || service.archived) failed.push('closed');
  if (!service.servesAll && !service.servesAgs.includes(query.origin.municipalityAgs))
    failed.push('responsible_area');
  if (query.client) failed.push(...eligibilityFailures(service, query.client, now));
  if (query.remoteOnly && !offersRemote(service)) failed.push('remote');
  if (query.barrierFree && !service.barrierFree) failed.push('barrier_free');
  // Phone and video counselling do not need the way there.
  if (!query.remoteOnly && distanceKm > query.maxKm) failed.push('distance');
  return failed;
}

export function criterionText(
  criterion: Criterion,
  service: ServiceRow,
  query: SuggestQuery,
  distanceKm: number,
): Text {
  switch (criterion) {
    case 'distance':
      return {
        de: `${km(distanceKm).de} entfernt, mehr als ${km(query.maxKm).de}`,
        en: `${km(distanceKm).en} away, more than ${km(query.maxKm).en}`,
      };
    case 'responsible_area':
      return { de: 'für diesen Wohnort nicht zuständig', en: 'not responsible for this place' };
    case 'residence_status':
      return { de: 'nur für einen anderen Aufenthaltsstatus', en: 'only for another residence status' };
    case 'age':
      return {
        de: `nur für das Alter ${service.minAge ?? 0}–${service.maxAge ?? '…'}`,
        en: `only for ages ${service.minAge ?? 0}–${service.maxAge ?? '…'}`,
      };
    case 'gender':
      return service.gender === 'female'
        ? { de: 'nur für Frauen', en: 'only for women' }
        : service.gender === 'male'
          ? { de: 'nur für Männer', en: 'only for men' }
          : { de: 'nur für diverse Menschen', en: 'only for diverse people' };
    case 'target_group': {
      const groups = groupList(service.targetGroups);
      return { de: `nur für: ${groups.de}`, en: `only for: ${groups.en}` };
    }
    case 'closed':
      return { de: 'geschlossen', en: 'closed' };
    case 'remote':
      return { de: 'berät nicht per Telefon oder Video', en: 'no phone or video counselling' };
    case 'barrier_free':
      return { de: 'nicht barrierefrei', en: 'not step-free' };
  }
}

interface Box {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/** Degrees of latitude and longitude that hold every point within `km` of `origin` (with a small margin). */
function boxAround(origin: { lat: number; lon: number }, km: number): Box {
  const kmPerDegree = haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 });
  const dLat = (km / kmPerDegree) * 1.01;
  const poleward = Math.min(89.9, Math.abs(origin.lat) + dLat);
  const dLon = Math.min(180, (km / (kmPerDegree * Math.cos((poleward * Math.PI) / 180))) * 1.01);
  return {
    minLat: origin.lat - dLat,
    maxLat: origin.lat + dLat,
    minLon: origin.lon - dLon,
    maxLon: origin.lon + dLon,
  };
}

const inBox = (box: Box, p: { lat: number; lon: number }) =>
  p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;

/** The reasons for one suggestion, strongest first. */
function reasonsFor(
  service: ServiceRow,
  query: SuggestQuery,
  distanceKm: number,
  signals: Signals,
  now: number,
  config: SuggestConfig,
): { reasons: LazyReason[]; opening: Suggestion['nextOpening']; matchedLanguages: string[] } {
  const reasons: LazyReason[] = [];
  // Sentences are written only for the suggestions that are shown (formatting dates costs more than ranking).
  const add = (code: ReasonCode, weight: number, text: () => Text) => reasons.push({ code, weight, text });

  add('distance', config.distance.weight * 0.5 ** (distanceKm / config.distance.halfKm), () => {
    const distance = km(distanceKm);
    return { de: `${distance.de} entfernt`, en: `${distance.en} away` };
  });

  const matchedLanguages = query.languages.filter((l) => service.languages.includes(l));
  const asked = query.languages.filter((l) => l !== 'de');
  if (asked.length > 0) {
    const matched = asked.filter((l) => service.languages.includes(l));
    if (matched.length > 0)
      add('language', config.language.weight, () => {
        const names = languageList(matched);
        return { de: `berät auf ${names.de}`, en: `counsels in ${names.en}` };
      });
    else
      add('language_missing', 0, () => {
        const names = languageList(asked);
        return { de: `berät nicht auf ${names.de}`, en: `does not counsel in ${names.en}` };
      });
  }

  const hours = service.openingHours;
  let opening: Suggestion['nextOpening'] = null;
  if (service.status === 'temporarily_closed') {
    add('temporarily_closed', config.opening.temporarilyClosedWeight, () => ({
      de: 'vorübergehend geschlossen',
      en: 'temporarily closed',
    }));
  } else {
    const next = nextOpening(hours, query.window.from, query.window.to);
    if (next) opening = { ...next, appointmentOnly: hours.appointmentOnly };
    if (hours.appointmentOnly) {
      add('appointment_only', config.opening.appointmentWeight, () => ({
        de: 'nur nach Terminvereinbarung',
        en: 'by appointment only',
      }));
    } else if (hours.weekly.length === 0 && hours.exceptions.length === 0) {
      add('opening_unknown', 0, () => ({
        de: 'Sprechzeiten nicht hinterlegt',
        en: 'opening hours not recorded',
      }));
    } else if (!next) {
      add('no_opening_in_window', 0, () => ({
        de: 'keine Sprechzeit im gewählten Zeitraum',
        en: 'no office hours in the chosen period',
      }));
    } else if (next.start <= query.window.from) {
      add('open_now', config.opening.weight, () => {
        const until = clockTime(next.end);
        return { de: `jetzt geöffnet bis ${until.de}`, en: `open now until ${until.en}` };
      });
    } else {
      const share = 1 - (next.start - query.window.from) / (query.window.to - query.window.from);
      add('next_opening', config.opening.weight * Math.max(config.opening.minShare, share), () => {
        const from = openingFrom(next.start, now);
        return { de: `geöffnet ${from.de}`, en: `open ${from.en}` };
      });
    }
  }

  if (offersRemote(service)) {
    const phone = service.contactModes.includes('phone');
    const video = service.contactModes.includes('video');
    add('remote', config.remote.weight, () => ({
      de: `berät auch per ${phone && video ? 'Telefon und Video' : phone ? 'Telefon' : 'Video'}`,
      en: `also counsels by ${phone && video ? 'phone and video' : phone ? 'phone' : 'video'}`,
    }));
  }

  if (service.waitingDays !== null && service.waitingDays < config.waiting.maxDays) {
    const days = service.waitingDays;
    add('waiting_time', config.waiting.weight * (1 - days / config.waiting.maxDays), () =>
      days === 0
        ? { de: 'ohne Wartezeit', en: 'no waiting time' }
        : {
            de: `Wartezeit etwa ${days} ${days === 1 ? 'Tag' : 'Tage'}`,
            en: `waiting time about ${days} ${days === 1 ? 'day' : 'days'}`,
          },
    );
  }

  if (service.barrierFree)
    add('barrier_free', config.accessibility.weight, () => ({ de: 'barrierefrei', en: 'step-free access' }));

  const team = signals.team.get(service.id);
  const min = config.team.minReferrals;
  if (team && team.referrals >= min && team.clients >= min) {
    const decided = team.accepted + team.declined;
    if (decided > 0)
      add('team_accepted', config.team.acceptedWeight * (team.accepted / decided), () => ({
        de: `${team.accepted} von ${decided} Weiterleitungen Ihres Teams angenommen (${config.team.months} Monate)`,
        en: `${team.accepted} of ${decided} referrals by your team accepted (${config.team.months} months)`,
      }));
    if (team.rated >= min)
      add('team_helped', config.team.helpedWeight * (team.helped / team.rated), () => ({
        de: `in ${team.helped} von ${team.rated} abgeschlossenen Fällen Ihres Teams geholfen`,
        en: `helped in ${team.helped} of ${team.rated} closed cases of your team`,
      }));
  }

  const contact = signals.contacts.get(service.organizationId);
  if (contact && contact.contacts > 0)
    add('own_contact', config.contact.weight, () => {
      const month = monthOf(contact.lastAt);
      const times = contact.contacts === 1 ? 'einen Kontakt' : `${contact.contacts} Kontakte`;
      const timesEn = contact.contacts === 1 ? 'one contact' : `${contact.contacts} contacts`;
      return {
        de: `Sie hatten ${times} mit ${service.organizationName}, zuletzt im ${month.de}`,
        en: `you had ${timesEn} with ${service.organizationName}, the last in ${month.en}`,
      };
    });
  const meeting = signals.meetings.get(service.organizationId);
  if (meeting)
    add('shared_meeting', config.sharedMeeting.weight, () => {
      const month = monthOf(meeting.date);
      const from = FROM_MEETING_KIND[meeting.kind];
      return {
        de: `Sie kennen ${service.organizationName} ${from.de} im ${month.de}`,
        en: `you know ${service.organizationName} ${from.en} in ${month.en}`,
      };
    });

  reasons.sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code));
  return { reasons, opening, matchedLanguages };
}

/**
 * Ranks the services that meet the need. `services` may hold services of other needs (they are skipped);
 * `now` is the instant team figures and relative days refer to.
 */
export function suggest(
  query: SuggestQuery,
  services: readonly ServiceRow[],
  signals: Signals,
  now: number,
  travel: TravelProvider = straightLine,
  config: SuggestConfig = SUGGEST_CONFIG,
): SuggestResult {
  const fitting: (Omit<Suggestion, 'reasons'> & { reasons: LazyReason[] })[] = [];
  type Miss = { service: ServiceRow; distanceKm: number; failed: Criterion };
  let nearest: Miss | null = null;
  const consider = (service: ServiceRow) => {
    const distanceKm = travel.distanceKm(query.origin, service);
    const failed = failedCriteria(service, query, distanceKm, now);
    if (failed.length === 0) {
      const { reasons, opening, matchedLanguages } = reasonsFor(
        service,
        query,
        distanceKm,
        signals,
        now,
        config,
      );
      const score = reasons.reduce((sum, r) => sum + r.weight, 0);
      fitting.push({ service, distanceKm, score, nextOpening: opening, matchedLanguages, reasons });
    } else if (
      failed.length === 1 &&
      (!nearest ||
        distanceKm < nearest.distanceKm ||
        (distanceKm === nearest.distanceKm && service.id < nearest.service.id))
    ) {
      nearest = { service, distanceKm, failed: failed[0]! };
    }
  };
  // A service outside the box around the origin cannot be within maxKm (no travel provider makes a way
  // shorter than the straight line): those are looked at only when nothing fits, for the nearest miss.
  const box = query.remoteOnly ? null : boxAround(query.origin, query.maxKm);
  for (const service of services)
    if (serviceMeetsNeed(query.need, service) && (!box || inBox(box, service))) consider(service);
  if (fitting.length === 0 && box)
    for (const service of services)
      if (serviceMeetsNeed(query.need, service) && !inBox(box, service)) consider(service);
  // TypeScript does not see the assignments inside `consider`; the annotation keeps the type.
  const miss = nearest as Miss | null;
  const nearMiss: NearMiss | null = miss && {
    ...miss,
    ...criterionText(miss.failed, miss.service, query, miss.distanceKm),
  };
  fitting.sort(
    (a, b) => b.score - a.score || a.distanceKm - b.distanceKm || (a.service.id < b.service.id ? -1 : 1),
  );
  if (fitting.length > 0)
    return {
      suggestions: fitting.slice(0, query.limit).map((s) => ({
        ...s,
        reasons: s.reasons.map(({ code, weight, text }) => ({ code, weight, ...text() })),
      })),
      gap: null,
    };
  const none = noServiceWithin(query.need, query.maxKm);
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    suggestions: [],
    gap: {
      de: `${capital(none.de)}, ${{ f: 'die', m: 'der', n: 'das' }[query.need.gender]} alle Bedingungen erfüllt`,
      en: `${capital(none.en)} that meets every condition`,
      nearMiss,
    },
  };
}
