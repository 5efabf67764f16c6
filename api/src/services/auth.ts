// Login and logout. Wrong username and wrong password look the same to the caller (same error, same
// work: an unknown username is checked against a dummy hash), and failures are throttled per username
// and per client address.
import { getAccount, type GraphEngine } from '@lotse/graph';
import { dummyHash, verifyPassword } from '../auth/passwords.ts';
import type { Session, SessionStore } from '../auth/sessions.ts';
import type { LoginThrottle } from '../auth/throttle.ts';
import { AppError } from '../errors.ts';
import { logger } from '../logger.ts';

export interface AuthService {
  login(username: string, password: string, clientAddress: string): Promise<Session>;
  logout(sessionId: string | undefined): boolean;
}

/** Usernames lock after few failures; an address (an office behind one NAT) after ten times as many. */
export interface LoginThrottles {
  user: LoginThrottle;
  address: LoginThrottle;
}

export function createAuthService(
  engine: GraphEngine,
  sessions: SessionStore,
  throttles: LoginThrottles,
): AuthService {
  return {
    async login(username, password, clientAddress) {
      const name = username.trim().toLowerCase();
      const wait = Math.max(
        throttles.user.retryAfterSeconds([name]),
        throttles.address.retryAfterSeconds([clientAddress]),
      );
      if (wait > 0)
        throw new AppError(
          'TOO_MANY_REQUESTS',
          `Zu viele Fehlversuche, bitte in ${wait} s erneut versuchen / too many failed attempts, try again in ${wait} s`,
          { retryAfterSeconds: wait },
        );
      const account = await getAccount(engine, name);
      const ok = await verifyPassword(password, account?.passwordHash ?? (await dummyHash()));
      if (!account || !ok || account.disabled) {
        throttles.user.failed([name]);
        throttles.address.failed([clientAddress]);
        logger.warn('login failed', { clientAddress });
        throw new AppError(
          'UNAUTHENTICATED',
          'Benutzername oder Passwort falsch / wrong username or password',
        );
      }
      throttles.user.succeeded([name]);
      return sessions.create({
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        managerId: account.managerId,
        isDemo: account.isDemo,
      });
    },
    logout(sessionId) {
      if (!sessionId || !sessions.get(sessionId)) return false;
      sessions.destroy(sessionId);
      return true;
    },
  };
}
