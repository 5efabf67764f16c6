// Brute-force throttling of logins, per username and per client address: after a few failures in a
// window the key is locked for a while, and the lock doubles with every further failure (capped).
// Kept in memory, like the sessions.

export interface ThrottleOptions {
  /** Failures allowed within `windowMs` before a lock. */
  maxFailures: number;
  windowMs: number;
  firstLockMs: number;
  maxLockMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  firstLockMs: 30_000,
  maxLockMs: 15 * 60_000,
};

interface Entry {
  failures: number[];
  lockedUntil: number;
  locks: number;
}

export interface LoginThrottle {
  /** Seconds to wait before the next attempt for any of `keys`, or 0. */
  retryAfterSeconds(keys: string[]): number;
  failed(keys: string[]): void;
  succeeded(keys: string[]): void;
}

export function createLoginThrottle(
  options: ThrottleOptions = DEFAULT_THROTTLE,
  now: () => number = Date.now,
): LoginThrottle {
  const entries = new Map<string, Entry>();
  return {
    retryAfterSeconds(keys) {
      const at = now();
      const until = Math.max(0, ...keys.map((k) => entries.get(k)?.lockedUntil ?? 0));
      return until > at ? Math.ceil((until - at) / 1000) : 0;
    },
    failed(keys) {
      const at = now();
      for (const key of keys) {
        const entry = entries.get(key) ?? { failures: [], lockedUntil: 0, locks: 0 };
        entry.failures = [...entry.failures.filter((t) => at - t < options.windowMs), at];
        if (entry.failures.length >= options.maxFailures) {
          entry.lockedUntil = at + Math.min(options.maxLockMs, options.firstLockMs * 2 ** entry.locks);
          entry.locks += 1;
          entry.failures = [];
        }
        entries.set(key, entry);
      }
      if (entries.size > 10_000)
        for (const [k, e] of entries)
          if (e.lockedUntil < at && e.failures.every((t) => at - t >= options.windowMs)) entries.delete(k);
    },
    succeeded(keys) {
      for (const key of keys) entries.delete(key);
    },
  };
}
