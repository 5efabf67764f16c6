// A manager's graph signals (team referral outcomes, own contacts, shared meetings) for suggestions, kept
// per manager for a short time. Team figures are by full calendar months and change at most monthly in
// what they cover; contacts and meetings may show up to the TTL late (a contact the manager records
// through this API shows at once). Without the cache every suggestion would run three graph reads.
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
}

export const DEFAULT_SIGNAL_TTL_MS = 60_000;
/** Managers kept at most; the oldest entry goes first. */
const MAX_ENTRIES = 2_000;

export function createSignalCache(
  engine: GraphEngine,
  ttlMs = DEFAULT_SIGNAL_TTL_MS,
  now: () => number = Date.now,
): SignalCache {
  const entries = new Map<string, { managerId: string; loadedAt: number; signals: Promise<Signals> }>();

  async function load(managerId: string, period: { from: number; to: number }): Promise<Signals> {
    const [team, contacts, meetings] = await Promise.all([
      teamReferralOutcomes(engine, managerId, period),
      ownContactsWithOrganizations(engine, managerId),
      sharedMeetingsWithOrganizations(engine, managerId),
    ]);
    return { team, contacts, meetings };
  }

  return {
    get(managerId, period) {
      const key = `${managerId}\u0000${period.from}\u0000${period.to}`;
      const cached = entries.get(key);
      if (cached && now() - cached.loadedAt < ttlMs) return cached.signals;
      const signals = load(managerId, period);
      if (ttlMs > 0) {
        entries.delete(key);
        entries.set(key, { managerId, loadedAt: now(), signals });
        // A failed load is not kept.
        signals.catch(() => entries.get(key)?.signals === signals && entries.delete(key));
        if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      }
      return signals;
    },
    forget(managerId) {
      for (const [key, entry] of entries) if (entry.managerId === managerId) entries.delete(key);
    },
  };
}
