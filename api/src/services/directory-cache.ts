// The public directory in memory: every listed service (with its organisation and place) and every
// municipality, read from the graph in two queries and answered from memory until it is older than the
// TTL. Listing, filtering and paging then cost microseconds instead of three graph reads per request.
//
// Freshness: a change made through this API invalidates the snapshot at once (`invalidate`); changes
// from elsewhere (the seeds command, another API instance) show after at most the TTL. While a newer
// snapshot loads, requests are answered from the previous one.
import { listMunicipalities, listServices, type GraphEngine, type MunicipalitySummary } from '@lotse/graph';
import type { ServiceRow } from '@lotse/graph';

export interface DirectorySnapshot {
  /** Not archived, ordered by name, then id (the order of `services` pages). */
  services: ServiceRow[];
  municipalities: Map<string, MunicipalitySummary>;
  loadedAt: number;
}

export interface DirectoryCache {
  snapshot(): Promise<DirectorySnapshot>;
  invalidate(): void;
  /** Resolves when a reload under way has finished (at once when none is). */
  settled(): Promise<void>;
}

export const DEFAULT_DIRECTORY_TTL_MS = 30_000;

/** More than any district or state lists; a larger directory would page its snapshot load. */
const MAX_SERVICES = 1_000_000;

export function createDirectoryCache(
  engine: GraphEngine,
  ttlMs = DEFAULT_DIRECTORY_TTL_MS,
  now: () => number = Date.now,
): DirectoryCache {
  let current: DirectorySnapshot | undefined;
  let loading: Promise<DirectorySnapshot> | undefined;
  let generation = 0;

  const load = () => {
    const started = generation;
    loading ??= (async () => {
      try {
        const [services, municipalities] = await Promise.all([
          listServices(engine, { limit: MAX_SERVICES, offset: 0 }),
          listMunicipalities(engine),
        ]);
        const snapshot = {
          services: services.items,
          municipalities: new Map(municipalities.map((m) => [m.ags, m])),
          loadedAt: now(),
        };
        // An invalidation while loading means this snapshot may already be old: keep it, but stale.
        current = started === generation ? snapshot : { ...snapshot, loadedAt: -Infinity };
        return snapshot;
      } finally {
        loading = undefined;
      }
    })();
    return loading;
  };

  return {
    async snapshot() {
      if (!current) return load();
      if (now() - current.loadedAt > ttlMs) void load().catch(() => undefined); // answer from the old one
      return current;
    },
    invalidate() {
      generation += 1;
      if (current) current = { ...current, loadedAt: -Infinity };
    },
    async settled() {
      await loading?.catch(() => undefined);
    },
  };
}
