// A manager's graph signals (team referral outcomes, own contacts, shared meetings) for suggestions, kept
// per manager. Team figures are by full calendar months, so what they cover changes at most monthly;
// contacts and meetings may show a little late. An entry older than the TTL is still answered from while
// a fresh one loads in the background (only a manager's first suggestion, or one after a long pause,
// waits for the three reads); a contact the manager records through this API clears their entry at once.
import {
  ownContactsWithOrganizations,
  sharedMeetingsWithOrganizations,
  teamReferralOutcomes,
  type GraphEngine,
} from '@lotse/graph';
import type { Signals } from '../suggest/rank.ts';

export interface SignalCache {
  /** The signals of `managerId` with team figures for `period`. */
  get(managerId: string, period: { from: number; to: number }): Promise<Signals>;
  /** Forgets a manager's signals (after they recorded something). */
  forget(managerId: string): void;
  /** Resolves when no background reload is running (tests, shutdown). */
  settled(): Promise<void>;
}

export const DEFAULT_SIGNAL_TTL_MS = 60_000;
/** Older than this many TTLs, an entry is not answered from any more: the caller waits for fresh signals. */
const STALE_LIMIT = 10;
/** Managers kept at most; the oldest entry goes first. */
const MAX_ENTRIES = 2_000;

interface Entry {
  managerId: string;
  loadedAt: number;
  signals: Promise<Signals>;
  reloading?: Promise<Signals>;
}

export function createSignalCache(
  engine: GraphEngine,
  ttlMs = DEFAULT_SIGNAL_TTL_MS,
  now: () => number = Date.now,
): SignalCache {
  const entries = new Map<string, Entry>();

  async function load(managerId: string, period: { from: number; to: number }): Promise<Signals> {
    const [team, contacts, meetings] = await Promise.all([
      teamReferralOutcomes(engine, managerId, period),
      ownContactsWithOrganizations(engine, managerId),
      sharedMeetingsWithOrganizations(engine, managerId),
    ]);
    return { team, contacts, meetings };
  }

  function store(key: string, managerId: string, signals: Promise<Signals>): Promise<Signals> {
    entries.delete(key);
    entries.set(key, { managerId, loadedAt: now(), signals });
    // A failed load is not kept.
    signals.catch(() => entries.get(key)?.signals === signals && entries.delete(key));
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    return signals;
  }

  return {
    get(managerId, period) {
      if (ttlMs <= 0) return load(managerId, period);
      const key = `${managerId}\u0000${period.from}\u0000${period.to}`;
      const entry = entries.get(key);
      const age = entry ? now() - entry.loadedAt : Number.POSITIVE_INFINITY;
      if (entry && age < ttlMs) return entry.signals;
      if (entry && age < ttlMs * STALE_LIMIT) {
        if (!entry.reloading) {
          const reloading = load(managerId, period);
          entry.reloading = reloading;
          reloading.then(
            () => {
              if (entries.get(key) === entry) void store(key, managerId, reloading);
            },
            () => {
              if (entries.get(key) === entry) delete entry.reloading;
            },
          );
        }
        return entry.signals;
      }
      return store(key, managerId, load(managerId, period));
    },
    async settled() {
      await Promise.allSettled([...entries.values()].map((e) => e.reloading));
    },
    forget(managerId) {
      for (const [key, entry] of entries) if (entry.managerId === managerId) entries.delete(key);
    },
  };
}
