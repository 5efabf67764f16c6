// What every resolver receives: the request id, who is asking, and per-request services.
import type { Request, Response } from 'express';
import DataLoader from 'dataloader';
import { getServices, type GraphEngine } from '@lotse/graph';
import type { Viewer } from './auth/authorize.ts';
import {
  clearedSessionCookie,
  overHttps,
  readCookie,
  sessionCookie,
  SESSION_COOKIE,
} from './auth/cookies.ts';
import type { Session, SessionStore } from './auth/sessions.ts';
import { currentRequestId } from './request-scope.ts';
import { createAuditTrail } from './services/audit.ts';
import { createAuthService, type AuthService, type LoginThrottles } from './services/auth.ts';
import { createCaseloadService, type CaseloadService } from './services/caseload.ts';
import { createClientService, type ClientService } from './services/clients.ts';
import { createDirectoryService, type DirectoryService, type ServiceRow } from './services/directory.ts';

export interface ApiContext {
  requestId: string;
  viewer: Viewer;
  session: Session | undefined;
  directory: DirectoryService;
  clients: ClientService;
  caseload: CaseloadService;
  auth: AuthService;
  /** Per-request batching of single lookups (no N+1 when a list asks for one thing per row). */
  loaders: { service: DataLoader<string, ServiceRow | null> };
  /** Login and logout set or clear the session cookie through these. */
  startSession(session: Session): void;
  endSession(): boolean;
  clientAddress: string;
}

export interface ContextDeps {
  engine: GraphEngine;
  sessions: SessionStore;
  throttles: LoginThrottles;
  /** Cookie lifetime: the absolute session timeout. */
  sessionMaxAgeSeconds: number;
}

export function createContext(deps: ContextDeps, req: Request, res: Response): ApiContext {
  const requestId = currentRequestId() ?? 'unknown';
  const sessionId = readCookie(req.headers.cookie, SESSION_COOKIE);
  const session = sessionId ? deps.sessions.get(sessionId) : undefined;
  const viewer: Viewer = session
    ? { kind: 'account', username: session.username, role: session.role, managerId: session.managerId }
    : { kind: 'public' };
  const secure = overHttps(req);
  const auth = createAuthService(deps.engine, deps.sessions, deps.throttles);
  const audit = createAuditTrail(deps.engine, viewer, requestId);
  return {
    requestId,
    viewer,
    session,
    directory: createDirectoryService(deps.engine),
    clients: createClientService(deps.engine, viewer, audit),
    caseload: createCaseloadService(deps.engine, viewer, audit),
    auth,
    loaders: {
      service: new DataLoader(async (ids: readonly string[]) => {
        const found = await getServices(deps.engine, [...ids]);
        return ids.map((serviceId) => found.get(serviceId) ?? null);
      }),
    },
    clientAddress: req.ip ?? 'unknown',
    startSession(next) {
      // A new id at every login; an old session of this browser ends.
      if (session) deps.sessions.destroy(session.id);
      res.append('Set-Cookie', sessionCookie(next.id, { secure, maxAgeSeconds: deps.sessionMaxAgeSeconds }));
    },
    endSession() {
      res.append('Set-Cookie', clearedSessionCookie(secure));
      return auth.logout(session?.id);
    },
  };
}
