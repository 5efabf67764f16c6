// Server-side sessions: the cookie holds only a random id; the session itself lives in this process.
// Idle and absolute timeouts end a session; logout ends it here, not only in the browser.
// One process holds its sessions: a restart logs everybody out, and several API instances would need a
// shared store behind the same interface (the seam for Redis or the graph).
import { randomBytes } from 'node:crypto';
import type { Role } from '@lotse/graph';

export interface Session {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  managerId: string | null;
  isDemo: boolean;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionTimeouts {
  /** Ends a session this long after its last request. */
  idleMs: number;
  /** Ends a session this long after login, however active. */
  absoluteMs: number;
}

export const DEFAULT_TIMEOUTS: SessionTimeouts = { idleMs: 30 * 60_000, absoluteMs: 8 * 60 * 60_000 };

export interface SessionStore {
  create(account: Omit<Session, 'id' | 'createdAt' | 'lastSeenAt'>): Session;
  /** The live session for `id`, touched; undefined when unknown or expired (an expired one is removed). */
  get(id: string): Session | undefined;
  destroy(id: string): void;
  /** Ends every session of a user (password change, account disabled). */
  destroyAllOf(username: string): void;
  readonly size: number;
}

export function createSessionStore(
  timeouts: SessionTimeouts = DEFAULT_TIMEOUTS,
  now: () => number = Date.now,
): SessionStore {
  const sessions = new Map<string, Session>();
  const expired = (s: Session, at: number) =>
    at - s.lastSeenAt > timeouts.idleMs || at - s.createdAt > timeouts.absoluteMs;
  const sweep = () => {
    const at = now();
    for (const [id, s] of sessions) if (expired(s, at)) sessions.delete(id);
  };
  return {
    create(account) {
      if (sessions.size > 0 && sessions.size % 1000 === 0) sweep();
      const at = now();
      // 256 bits from the CSPRNG; a new id at every login (no fixation).
      const session: Session = {
        ...account,
        id: randomBytes(32).toString('base64url'),
        createdAt: at,
        lastSeenAt: at,
      };
      sessions.set(session.id, session);
      return session;
    },
    get(id) {
      const session = sessions.get(id);
      if (!session) return undefined;
      const at = now();
      if (expired(session, at)) {
        sessions.delete(id);
        return undefined;
      }
      session.lastSeenAt = at;
      return session;
    },
    destroy(id) {
      sessions.delete(id);
    },
    destroyAllOf(username) {
      for (const [id, s] of sessions) if (s.username === username) sessions.delete(id);
    },
    get size() {
      return sessions.size;
    },
  };
}
