// The network map (issue #6): which actors a scope draws, their ties in a period, the metrics of the map
// (network-metrics.ts), one actor for the side panel, and merging two organisations that are one actor.
// Never reads clients. Decisions: docs/adr/0008-network-metrics.md.
import {
  actorContactTimes,
  actorKey,
  berlinInstant,
  berlinWallClock,
  contactPairs,
  egoNetwork,
  listManagers,
  mergeOrganizations,
  networkActors,
  type ActorRef,
  type ActorScope,
  type ContactPair,
  type GraphEngine,
  type ManagerRow,
  type MapActor,
  type Organization,
  type OrganizationKind,
} from '@lotse/graph';
import { authorize, type Viewer } from '../auth/authorize.ts';
import { AppError, deniedError } from '../errors.ts';
import type { AuditTrail } from './audit.ts';
import type { DirectoryCache } from './directory-cache.ts';
import type { DirectoryService } from './directory.ts';
import type { NetworkCache } from './network-cache.ts';
import { networkMetrics, type NodeMetrics, type NetworkSummaryMetrics } from './network-metrics.ts';
import type { SignalCache } from './signal-cache.ts';

/**
 * The largest map the server computes and sends: above it a map is unreadable, and the browser's layout
 * slows down (issue #6 benchmarks 2,000 actors). The demo district has ≈ 330 actors.
 */
export const NETWORK_NODE_LIMIT = 2500;
/**
 * Above this many actors, reading every contact pair of the period and dropping those off the map is
 * cheaper than expanding from each actor. Measured on the demo district over one year (2 busy cores): the
 * scan ≈ 30–55 ms, the expansion ≈ 27 ms from 100 actors, ≈ 47 ms from 200, ≈ 62 ms from 300.
 */
const SCAN_ABOVE_ACTORS = 200;
/** The longest period a map or a side panel may cover. */
export const MAX_PERIOD_DAYS = 5 * 366;

/** A period of Berlin days, both included (YYYY-MM-DD). */
export interface DayPeriod {
  from: string;
  to: string;
}

export type NetworkMapScope =
  { municipalityAgs: string[] } | { district: true } | { ego: ActorRef; steps: 1 | 2 };

/** GraphQL's ActorLabel enum values inside the API. */
export type ActorLabelValue = 'organization' | 'manager';
/** GraphQL's NetworkActorKind enum values inside the API. */
export type ActorKindValue = OrganizationKind | 'manager';

export interface NetworkNodeView extends NodeMetrics {
  key: string;
  label: ActorLabelValue;
  id: string;
  name: string;
  kind: ActorKindValue;
  groupAgs: string;
}

export interface NetworkEdgeView {
  source: string;
  target: string;
  contacts: number;
  lastContact: number;
  bridge: boolean;
}

/** `edges` column by column; `source` and `target` are positions in `nodes`. */
export interface NetworkEdgeColumnsView {
  source: number[];
  target: number[];
  contacts: number[];
  lastContact: number[];
  bridge: boolean[];
}

export interface NetworkView {
  nodes: NetworkNodeView[];
  edges: NetworkEdgeView[];
  edgeColumns: NetworkEdgeColumnsView;
  summary: NetworkSummaryMetrics;
  nodeLimit: number;
}

export interface NetworkActorParent {
  key: string;
  label: ActorLabelValue;
  id: string;
  name: string;
  kind: ActorKindValue;
  organization: Organization | null;
  manager: ManagerRow | null;
}

export interface MergeView {
  keepId: string;
  mergedId: string;
  contacts: number;
  contactsBetween: number;
  services: number;
  meetings: number;
  referrals: number;
  employees: number;
  applied: boolean;
}

export interface NetworkMapService {
  network(query: { scope: NetworkMapScope; period: DayPeriod; kinds: string[] | null }): Promise<NetworkView>;
  actor(actor: ActorRef): Promise<NetworkActorParent | null>;
  /** Contacts of the actor per Berlin month of the period, every month listed (zero included). */
  contactsByMonth(actor: ActorRef, period: DayPeriod): Promise<{ month: string; count: number }[]>;
  mergeOrganizations(keepId: string, mergeId: string, apply: boolean): Promise<MergeView>;
}

const labelValue = (label: ActorRef['label']): ActorLabelValue =>
  label === 'Manager' ? 'manager' : 'organization';

/** The GraphQL key of an actor: `ORGANIZATION:<id>` / `MANAGER:<id>`. */
export const nodeKey = (actor: ActorRef): string => `${actor.label.toUpperCase()}:${actor.id}`;

const day = (iso: string) => {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
};

/** The instants of a period of Berlin days: from the first midnight to the midnight after the last day. */
export function periodInstants(period: DayPeriod): { from: number; to: number } {
  const last = new Date(Date.UTC(day(period.to).year, day(period.to).month - 1, day(period.to).day + 1));
  return {
    from: berlinInstant(day(period.from), '00:00'),
    to: berlinInstant(
      { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1, day: last.getUTCDate() },
      '00:00',
    ),
  };
}

/** Every Berlin month of the period (YYYY-MM), oldest first. */
export function monthsOf(period: DayPeriod): string[] {
  const months: string[] = [];
  let { year, month } = day(period.from);
  const end = day(period.to);
  while (year < end.year || (year === end.year && month <= end.month)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

function groupOf(actor: MapActor, scopeAgs: ReadonlySet<string> | null): string {
  return (scopeAgs && actor.places.find((ags) => scopeAgs.has(ags))) ?? actor.places[0] ?? '';
}

/**
 * A node of the map. Betweenness and community are read through from the metrics, which compute them on
 * first read (network-metrics.ts); prototype getters keep the 2,000 objects of a large map plain and fast.
 */
class NodeView implements NetworkNodeView {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKindValue;
  readonly degree: number;
  readonly contacts: number;
  readonly articulation: boolean;
  readonly isolated: boolean;
  readonly component: number;
  readonly #metrics: NodeMetrics;

  constructor(
    readonly key: string,
    readonly label: ActorLabelValue,
    actor: MapActor,
    readonly groupAgs: string,
    metrics: NodeMetrics,
  ) {
    this.id = actor.id;
    this.name = actor.name;
    this.kind = actor.kind as ActorKindValue;
    this.degree = metrics.degree;
    this.contacts = metrics.contacts;
    this.articulation = metrics.articulation;
    this.isolated = metrics.isolated;
    this.component = metrics.component;
    this.#metrics = metrics;
  }

  get betweenness(): number {
    return this.#metrics.betweenness;
  }

  get community(): number {
    return this.#metrics.community;
  }
}

function tooLarge(actors: number): AppError {
  const message =
    `Zu viele Akteure für eine Karte (${actors}, höchstens ${NETWORK_NODE_LIMIT}): bitte einzelne Gemeinden ` +
    `oder das Ego-Netzwerk eines Akteurs wählen / too many actors for one map (${actors}, at most ` +
    `${NETWORK_NODE_LIMIT}): choose one or a few municipalities, or one actor's ego network`;
  return new AppError('BAD_USER_INPUT', message, {
    field: 'scope',
    issues: [{ field: 'scope', message }],
    nodeLimit: NETWORK_NODE_LIMIT,
    actors,
  });
}

export function createNetworkMapService(deps: {
  engine: GraphEngine;
  viewer: Viewer;
  audit: AuditTrail;
  directory: DirectoryService;
  directoryCache: DirectoryCache;
  signals?: SignalCache;
  /** Computed maps, per process; without it every request computes its map. */
  networkCache?: NetworkCache;
}): NetworkMapService {
  const { engine, viewer } = deps;
  const mayRead = () => {
    const decision = authorize(viewer, 'network.read');
    if (!decision.allowed) throw deniedError(decision.code, 'Kein Zugriff / no access');
  };

  async function actorsOf(scope: NetworkMapScope, instants: { from: number; to: number }) {
    if ('ego' in scope) {
      const [ego] = await networkActors(engine, { actors: [scope.ego] });
      if (!ego)
        throw new AppError(
          'BAD_USER_INPUT',
          'Ungültige Eingabe / invalid input: scope.ego.id: unbekannter oder archivierter Akteur / unknown or archived actor',
          { field: 'scope.ego.id' },
        );
      const reach = await egoNetwork(engine, { ego: scope.ego, steps: scope.steps, ...instants });
      return networkActors(engine, { actors: reach });
    }
    const graphScope: ActorScope = 'district' in scope ? { district: true } : scope;
    return networkActors(engine, graphScope);
  }

  async function computeNetwork({
    scope,
    period,
    kinds,
  }: Parameters<NetworkMapService['network']>[0]): Promise<NetworkView> {
    const instants = periodInstants(period);
    const wanted = kinds ? new Set(kinds) : null;
    const actors = (await actorsOf(scope, instants)).filter((a) => !wanted || wanted.has(a.kind));
    // Refused before the contacts are read: a too-large map costs one read of the actors only.
    if (actors.length > NETWORK_NODE_LIMIT) throw tooLarge(actors.length);

    // Actors by `actorKey`; ties only between two actors on the map, as positions into `actors`.
    const actorKeys = actors.map(actorKey);
    const indexOf = new Map(actorKeys.map((key, i) => [key, i]));
    // A large map reads every pair of the period in one scan; a small one expands from its actors.
    const read =
      'district' in scope || actors.length > SCAN_ABOVE_ACTORS
        ? await contactPairs(engine, instants)
        : await contactPairs(engine, instants, actors);
    const pairs: ContactPair[] = [];
    const ends: number[] = [];
    for (const pair of read) {
      const a = indexOf.get(pair.aKey);
      const b = indexOf.get(pair.bKey);
      if (a === undefined || b === undefined) continue;
      pairs.push(pair);
      ends.push(a, b);
    }

    // `actorKey` sorts as `nodeKey` does (the labels differ in case only), so the metrics, which take the
    // nodes in key order, are the same with either.
    const metrics = networkMetrics(
      actorKeys,
      pairs.map((pair) => ({ source: pair.aKey, target: pair.bKey, contacts: pair.contacts })),
    );
    const keys = actors.map(nodeKey);
    const scopeAgs = 'municipalityAgs' in scope ? new Set(scope.municipalityAgs) : null;
    // Keys are unique; code-unit order is stable and cheaper than a locale's (≈ 20 ms for 2,000 actors).
    const order = actors.map((_, i) => i).sort((x, y) => (keys[x]! < keys[y]! ? -1 : 1));
    const position = new Int32Array(actors.length);
    order.forEach((actor, at) => (position[actor] = at));
    const nodes = order.map(
      (i) =>
        new NodeView(
          keys[i]!,
          labelValue(actors[i]!.label),
          actors[i]!,
          groupOf(actors[i]!, scopeAgs),
          metrics.nodes[i]!,
        ),
    );
    const edgeColumns: NetworkEdgeColumnsView = {
      source: pairs.map((_, k) => position[ends[2 * k]!]!),
      target: pairs.map((_, k) => position[ends[2 * k + 1]!]!),
      contacts: pairs.map((pair) => pair.contacts),
      lastContact: pairs.map((pair) => pair.lastAt),
      bridge: metrics.bridges,
    };
    // One object per tie, made only when a request asks for `edges` (the page asks for `edgeColumns`).
    let edges: NetworkEdgeView[] | undefined;
    return {
      nodes,
      get edges() {
        edges ??= pairs.map((pair, k) => ({
          source: keys[ends[2 * k]!]!,
          target: keys[ends[2 * k + 1]!]!,
          contacts: pair.contacts,
          lastContact: pair.lastAt,
          bridge: metrics.bridges[k]!,
        }));
        return edges;
      },
      edgeColumns,
      summary: metrics.summary,
      nodeLimit: NETWORK_NODE_LIMIT,
    };
  }

  return {
    async network(query) {
      mayRead();
      const { networkCache } = deps;
      return networkCache
        ? networkCache.get(JSON.stringify(query), () => computeNetwork(query))
        : computeNetwork(query);
    },

    async actor(actor) {
      mayRead();
      const base = { key: nodeKey(actor), label: labelValue(actor.label), id: actor.id };
      if (actor.label === 'Organization') {
        const organization = await deps.directory.getOrganization(actor.id);
        return organization
          ? { ...base, name: organization.name, kind: organization.kind, organization, manager: null }
          : null;
      }
      const manager = (await listManagers(engine)).find((m) => m.id === actor.id);
      return manager ? { ...base, name: manager.name, kind: 'manager', organization: null, manager } : null;
    },

    async contactsByMonth(actor, period) {
      mayRead();
      const counts = new Map(monthsOf(period).map((month) => [month, 0]));
      for (const at of await actorContactTimes(engine, actor, periodInstants(period))) {
        const wall = berlinWallClock(at);
        const month = `${wall.year}-${String(wall.month).padStart(2, '0')}`;
        counts.set(month, (counts.get(month) ?? 0) + 1);
      }
      return [...counts.entries()].map(([month, count]) => ({ month, count }));
    },

    async mergeOrganizations(keepId, mergeId, apply) {
      const decision = authorize(viewer, 'organization.merge');
      if (!decision.allowed) {
        if (apply && viewer.kind === 'account')
          await deps.audit.record('organization.merge', [keepId, mergeId], false);
        throw deniedError(
          decision.code,
          'Nur Koordination und Verwaltung führen Organisationen zusammen / only coordinators and admins merge organisations',
        );
      }
      const result = await mergeOrganizations(engine, { keepId, mergeId }, apply);
      if (result.applied) {
        deps.directoryCache.invalidate();
        for (const managerId of result.managerIds) deps.signals?.forget(managerId);
        await deps.audit.record('organization.merge', [keepId, mergeId], true);
      }
      return { keepId, mergedId: mergeId, ...result.counts, applied: result.applied };
    },
  };
}
