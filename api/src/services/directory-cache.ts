// The public directory in memory: every listed service (with its organisation and place) and every
// municipality, read from the graph in two queries and answered from memory until it is older than the
// TTL. Listing, filtering and paging then cost microseconds instead of three graph reads per request.
//
// Freshness: a change made through this API invalidates the snapshot (`invalidate`), and the next request
// waits for a new one. Changes from elsewhere (the seeds command, another API instance) show after at
// most the TTL; then requests are answered from the previous snapshot while the next one loads.
import { listMunicipalities, listServices, type GraphEngine, type MunicipalitySummary } from '@lotse/graph';
import type { ServiceRow } from '@lotse/graph';

export interface DirectorySnapshot {
  /** Not archived, ordered by name, then id (the order of `services` pages). */
  services: ServiceRow[];
  /** The same services by id. */
  servicesById: Map<string, ServiceRow>;
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
  let current: (DirectorySnapshot & { generation: number }) | undefined;
  let loading: Promise<void> | undefined;
  /** Bumped by every invalidation; a snapshot of an older generation is never served again. */
  let generation = 0;

  const load = (): Promise<void> =>
    (loading ??= (async () => {
      const started = generation;
      try {
        const [services, municipalities] = await Promise.all([
          listServices(engine, { limit: MAX_SERVICES, offset: 0 }),
          listMunicipalities(engine),
        ]);
        current = {
          services: services.items,
          servicesById: new Map(services.items.map((s) => [s.id, s])),
          municipalities: new Map(municipalities.map((m) => [m.ags, m])),
          loadedAt: now(),
          generation: started,
        };
      } finally {
        loading = undefined;
      }
    })());

  /** A snapshot no older than the last invalidation (waits for one load, or two if one was under way). */
  const fresh = async (): Promise<DirectorySnapshot> => {
    while (!current || current.generation !== generation) await load();
    return current;
  };

  return {
    async snapshot() {
      if (!current || current.generation !== generation) return fresh();
      // Older than the TTL (changes made elsewhere): answer from it while the next one loads.
      if (now() - current.loadedAt > ttlMs) void load().catch(() => undefined);
      return current;
    },
    invalidate() {
      generation += 1;
    },
    async settled() {
      await loading?.catch(() => undefined);
    },
  };
}
