// The network map's answers in memory, per scope, period and kinds: a map of 2,000 actors takes the graph
// and the metrics ≈ 0.4 s, and coordinators open the same map again and again between changes.
//
// Freshness: every GraphQL mutation of this API empties the cache (a plugin in server.ts asks
// `mayChangeNetworkMap`, so a new mutation cannot forget it), except those listed below that cannot change
// a map (logins, casework, services), and the next request computes the map again. A load that was under way
// when the cache was emptied is answered to the requests that waited for it, but not kept. Changes from
// elsewhere (the seeds command or an import into a shared Neo4j, another API instance) show after at
// most the TTL. The map holds no client data, and every role that may read it reads the same map; the
// caller checks the role before it asks the cache.
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import type { NetworkView } from './network-map.ts';

export interface NetworkCache {
  /** The map under `key`, computed by `load` unless a fresh one is kept. */
  get(key: string, load: () => Promise<NetworkView>): Promise<NetworkView>;
  /** Forgets every map (after a change). */
  invalidate(): void;
}

export const DEFAULT_NETWORK_TTL_MS = 30_000;
/** Maps kept at most (a 2,000-actor map is a few MB); the least recently used goes first. */
const MAX_ENTRIES = 8;

interface Entry {
  loadedAt: number;
  generation: number;
  view: Promise<NetworkView>;
  /** The load has finished (with TTL 0 the entry then goes). */
  settled: boolean;
}

/**
 * `ttlMs` 0 keeps no finished map: every request computes its map, but requests that arrive while the
 * same map is being computed wait for that computation (the page's server load and the browser ask
 * together).
 */
export function createNetworkCache(
  ttlMs = DEFAULT_NETWORK_TTL_MS,
  now: () => number = Date.now,
): NetworkCache {
  const entries = new Map<string, Entry>();
  /** Bumped by every invalidation; an entry of an older generation is never answered from. */
  let generation = 0;
  const usable = (entry: Entry) =>
    entry.generation === generation && (ttlMs > 0 ? now() - entry.loadedAt < ttlMs : !entry.settled);

  return {
    get(key, load) {
      const kept = entries.get(key);
      entries.delete(key);
      if (kept && usable(kept)) {
        entries.set(key, kept); // most recently used last
        return kept.view;
      }
      const entry: Entry = { loadedAt: now(), generation, view: load(), settled: false };
      entries.set(key, entry);
      const forget = () => entries.get(key) === entry && entries.delete(key);
      entry.view.then(
        () => {
          entry.settled = true;
          if (ttlMs <= 0) forget();
        },
        // A failed load is not kept.
        forget,
      );
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      return entry.view;
    },
    invalidate() {
      generation += 1;
      entries.clear();
    },
  };
}

/**
 * Mutations that cannot change a network map: sessions, and a manager's casework and the directory's
 * services. The map holds organisations, managers and the contacts between them (never clients,
 * referrals, consultations, goals or services). Every other mutation, and any added later, empties the
 * kept maps.
 */
const MAP_NEUTRAL_MUTATIONS = new Set([
  'login',
  'logout',
  'createClient',
  'updateClient',
  'closeCase',
  'addGoal',
  'updateGoal',
  'recordConsultation',
  'recordReferral',
  'referFromSuggestion',
  'moveReferral',
  'createService',
  'updateService',
  'archiveService',
]);

/** A mutation with any other root field (a fragment at the root counts as one). */
export const mayChangeNetworkMap = (operation: OperationDefinitionNode): boolean =>
  operation.operation === OperationTypeNode.MUTATION &&
  operation.selectionSet.selections.some(
    (selection) => selection.kind !== Kind.FIELD || !MAP_NEUTRAL_MUTATIONS.has(selection.name.value),
  );
