// Suggestions, gaps and referrals from a suggestion. The ranking itself is pure (suggest/rank.ts); this
// service decides who may ask what, reads the client's facts (audited) and the caller's graph signals,
// and takes the candidates from the in-memory directory.
import {
  berlinInstant,
  berlinWallClock,
  getClient,
  resolveNeed,
  serviceMeetsNeed,
  type Client,
  type GraphEngine,
  type MunicipalitySummary,
  type NeedEntry,
  type ReferralStatus,
  type ServiceRow,
} from '@lotse/graph';
import { authorize, type Viewer } from '../auth/authorize.ts';
import { InvalidInputError, deniedError } from '../errors.ts';
import { SUGGEST_CONFIG, straightLine, type TravelProvider } from '../suggest/config.ts';
import {
  criterionText,
  failedCriteria,
  NO_SIGNALS,
  suggest,
  type ClientFacts,
  type Signals,
  type SuggestQuery,
  type SuggestResult,
} from '../suggest/rank.ts';
import type { SignalCache } from './signal-cache.ts';
import { noServiceWithin, type Text } from '../suggest/texts.ts';
import type { AuditTrail } from './audit.ts';
import type { CaseloadService, ReferralView } from './caseload.ts';
import { guardCase, openCase } from './clients.ts';
import type { DirectoryCache, DirectorySnapshot } from './directory-cache.ts';

export interface SuggestInput {
  need: string;
  origin: { clientId?: string; municipalityAgs?: string; point?: { lat: number; lon: number } };
  languages?: string[];
  window?: { from: number; to: number };
  remoteOnly: boolean;
  barrierFree: boolean;
  maxKm: number;
  limit: number;
}

export interface SuggestView extends SuggestResult {
  need: NeedEntry;
  origin: { lat: number; lon: number; municipality: MunicipalitySummary };
}

export interface GapRow {
  municipality: MunicipalitySummary;
  nearest: ServiceRow | null;
  distanceKm: number | null;
  gap: boolean;
  message: Text | null;
}

export interface SuggestService {
  suggest(input: SuggestInput): Promise<SuggestView>;
  gaps(input: { need: string; maxKm: number; language?: string; district?: string }): Promise<GapRow[]>;
  refer(input: {
    clientId: string;
    serviceId: string;
    need: string;
    consentToShare: boolean;
    status: ReferralStatus;
  }): Promise<ReferralView>;
}

export interface SuggestDeps {
  engine: GraphEngine;
  viewer: Viewer;
  audit: AuditTrail;
  directoryCache: DirectoryCache;
  caseload: CaseloadService;
  signals: SignalCache;
  clock?: () => number;
  travel?: TravelProvider;
}

const DAY = 86_400_000;

function needOf(text: string, field: string): NeedEntry {
  const need = resolveNeed(text);
  if (!need)
    throw new InvalidInputError([
      {
        field,
        message: `Kein Bedarf passt zu „${text.slice(0, 60)}“ – z. B. Schulden, schwanger, Sucht, Aufenthaltserlaubnis / no need matches "${text.slice(0, 60)}" – e.g. debts, pregnant, addiction, residence permit`,
      },
    ]);
  return need;
}

/** The services of each category in one snapshot, computed once per snapshot. */
const byCategory = new WeakMap<DirectorySnapshot, Map<string, ServiceRow[]>>();
function servicesOf(snapshot: DirectorySnapshot, category: string): ServiceRow[] {
  let index = byCategory.get(snapshot);
  if (!index) {
    index = new Map();
    for (const service of snapshot.services) {
      const list = index.get(service.category) ?? [];
      list.push(service);
      index.set(service.category, list);
    }
    byCategory.set(snapshot, index);
  }
  return index.get(category) ?? [];
}

function nearestMunicipality(
  snapshot: DirectorySnapshot,
  point: { lat: number; lon: number },
  travel: TravelProvider,
): MunicipalitySummary | null {
  let best: { m: MunicipalitySummary; km: number } | null = null;
  for (const m of snapshot.municipalities.values()) {
    const km = travel.distanceKm(point, m);
    if (!best || km < best.km || (km === best.km && m.ags < best.m.ags)) best = { m, km };
  }
  return best?.m ?? null;
}

const factsOf = (client: Client): ClientFacts => ({
  municipalityAgs: client.municipalityAgs,
  languages: client.languages,
  residenceStatus: client.residenceStatus,
  birthYear: client.birthYear,
  gender: client.gender,
  household: client.household,
  minors: client.minors,
  openedOn: client.openedOn,
});

/** The full calendar months of the team figures: the configured number before the current (Berlin) month. */
export function teamPeriod(now: number, months = SUGGEST_CONFIG.team.months): { from: number; to: number } {
  const today = berlinWallClock(now);
  const first = (monthsBack: number) => {
    const index = today.year * 12 + (today.month - 1) - monthsBack;
    return berlinInstant({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 }, '00:00');
  };
  return { from: first(months), to: first(0) };
}

export function createSuggestService(deps: SuggestDeps): SuggestService {
  const { engine, viewer, audit, directoryCache, caseload } = deps;
  const clock = deps.clock ?? Date.now;
  const travel = deps.travel ?? straightLine;

  /** The caller's graph signals: managers only (others have no team and no contacts of their own). */
  async function signalsFor(now: number): Promise<Signals> {
    if (viewer.kind !== 'account' || viewer.role !== 'manager' || !viewer.managerId) return NO_SIGNALS;
    return deps.signals.get(viewer.managerId, teamPeriod(now));
  }

  async function suggestFor(
    input: SuggestInput,
    need: NeedEntry,
    now: number,
    client: ClientFacts | null,
  ): Promise<SuggestView> {
    const snapshot = await directoryCache.snapshot();
    let municipality: MunicipalitySummary | null;
    let point: { lat: number; lon: number };
    if (client) {
      municipality = snapshot.municipalities.get(client.municipalityAgs) ?? null;
      if (!municipality) throw new Error(`municipality ${client.municipalityAgs} of a client not found`);
      point = municipality;
    } else if (input.origin.municipalityAgs !== undefined) {
      municipality = snapshot.municipalities.get(input.origin.municipalityAgs) ?? null;
      if (!municipality)
        throw new InvalidInputError([
          {
            field: 'input.origin.municipalityAgs',
            message: `Gemeinde nicht gefunden / municipality not found: ${input.origin.municipalityAgs}`,
          },
        ]);
      point = municipality;
    } else {
      point = input.origin.point!;
      // Responsibility follows the municipality whose centre is nearest to the point.
      municipality = nearestMunicipality(snapshot, point, travel);
      if (!municipality)
        throw new InvalidInputError([
          { field: 'input.origin.point', message: 'Keine Gemeinde / no municipality' },
        ]);
    }
    const query: SuggestQuery = {
      need,
      origin: { lat: point.lat, lon: point.lon, municipalityAgs: municipality.ags },
      client,
      languages: input.languages ?? client?.languages ?? [],
      window: input.window ?? { from: now, to: now + SUGGEST_CONFIG.opening.defaultDays * DAY },
      remoteOnly: input.remoteOnly,
      barrierFree: input.barrierFree,
      maxKm: input.maxKm,
      limit: input.limit,
    };
    const signals = await signalsFor(now);
    const result = suggest(query, servicesOf(snapshot, need.category), signals, now, travel);
    return { ...result, need, origin: { lat: point.lat, lon: point.lon, municipality } };
  }

  return {
    async suggest(input) {
      const need = needOf(input.need, 'input.need');
      const now = clock();
      if (input.origin.clientId === undefined) {
        const decision = authorize(viewer, 'directory.read');
        if (!decision.allowed) throw deniedError(decision.code, 'Kein Zugriff / no access');
      }
      // A client of the caller: authorised, read once, and audited as a read of the case. The audit
      // event is written while the suggestion is computed, and awaited before the answer leaves.
      const opened = input.origin.clientId
        ? await openCase(
            engine,
            viewer,
            audit,
            'client.read',
            'suggestion.client',
            input.origin.clientId,
            (id) => getClient(engine, id),
          )
        : null;
      try {
        return await suggestFor(input, need, now, opened ? factsOf(opened.loaded) : null);
      } finally {
        await opened?.audited;
      }
    },

    async gaps(input) {
      const decision = authorize(viewer, 'aggregate.read');
      if (!decision.allowed) throw deniedError(decision.code, 'Kein Zugriff / no access');
      const need = needOf(input.need, 'need');
      const snapshot = await directoryCache.snapshot();
      const candidates = servicesOf(snapshot, need.category).filter(
        (s) =>
          serviceMeetsNeed(need, s) &&
          s.status !== 'closed' &&
          !s.archived &&
          (!input.language || s.languages.includes(input.language)),
      );
      const municipalities = [...snapshot.municipalities.values()]
        .filter((m) => !input.district || m.district === input.district)
        .sort((a, b) => a.name.localeCompare(b.name, 'de') || a.ags.localeCompare(b.ags));
      return municipalities.map((municipality) => {
        let nearest: { service: ServiceRow; km: number } | null = null;
        for (const service of candidates) {
          if (!service.servesAll && !service.servesAgs.includes(municipality.ags)) continue;
          const km = travel.distanceKm(municipality, service);
          if (!nearest || km < nearest.km || (km === nearest.km && service.id < nearest.service.id))
            nearest = { service, km };
        }
        const gap = !nearest || nearest.km > input.maxKm;
        return {
          municipality,
          nearest: nearest?.service ?? null,
          distanceKm: nearest?.km ?? null,
          gap,
          message: gap ? noServiceWithin(need, input.maxKm, input.language) : null,
        };
      });
    },

    async refer(input) {
      // Authorised and audited first; nothing about the case is used before that.
      const stored = await guardCase(
        engine,
        viewer,
        audit,
        'client.update',
        'suggestion.refer',
        input.clientId,
        (id) => getClient(engine, id),
      );
      if (!input.consentToShare)
        throw new InvalidInputError([
          {
            field: 'input.consentToShare',
            message:
              'Ohne Einwilligung der Klientin / des Klienten, Daten an dieses Angebot weiterzugeben, wird nicht weitergeleitet / no referral without the client’s consent to share with this service',
          },
        ]);
      const need = needOf(input.need, 'input.need');
      const client = factsOf(stored);
      const snapshot = await directoryCache.snapshot();
      const service = snapshot.servicesById.get(input.serviceId);
      if (!service)
        throw new InvalidInputError([
          {
            field: 'input.serviceId',
            message: `Angebot nicht gefunden / service not found: ${input.serviceId}`,
          },
        ]);
      const municipality = snapshot.municipalities.get(client.municipalityAgs);
      if (!municipality) throw new Error(`municipality ${client.municipalityAgs} of a client not found`);
      const now = clock();
      const query: SuggestQuery = {
        need,
        origin: { lat: municipality.lat, lon: municipality.lon, municipalityAgs: municipality.ags },
        client,
        languages: client.languages,
        window: { from: now, to: now + DAY },
        remoteOnly: false,
        barrierFree: false,
        // The way is the client's to judge; everything else must fit.
        maxKm: Number.POSITIVE_INFINITY,
        limit: 1,
      };
      if (!serviceMeetsNeed(need, service))
        throw new InvalidInputError([
          {
            field: 'input.serviceId',
            message: `${service.name} bietet keine ${need.de} an / does not offer ${need.en}`,
          },
        ]);
      const distanceKm = travel.distanceKm(query.origin, service);
      const [failed] = failedCriteria(service, query, distanceKm, now);
      if (failed) {
        const why = criterionText(failed, service, query, distanceKm);
        throw new InvalidInputError([
          { field: 'input.serviceId', message: `${service.name}: ${why.de} / ${why.en}` },
        ]);
      }
      return caseload.recordReferral({
        clientId: input.clientId,
        serviceId: service.id,
        need: need.category,
        status: input.status,
        consent: true,
      });
    },
  };
}
