// What every resolver receives: the request id, who is asking, and per-request services.
import DataLoader from 'dataloader';
import { getServices, type GraphEngine } from '@lotse/graph';
import type { Viewer } from './auth/authorize.ts';
import { clearedSessionCookie, readCookie, sessionCookie, SESSION_COOKIE } from './auth/cookies.ts';
import type { Session, SessionStore } from './auth/sessions.ts';
import { currentRequestId } from './request-scope.ts';
import { createAuditTrail, type AuditLog } from './services/audit.ts';
import { createAuthService, type AuthService, type LoginThrottles } from './services/auth.ts';
import type { DirectoryCache } from './services/directory-cache.ts';
import { createNetworkService, type NetworkService } from './services/network.ts';
import type { NetworkCache } from './services/network-cache.ts';
import { createNetworkMapService, type NetworkMapService } from './services/network-map.ts';
import { createAccountService, type AccountService } from './services/accounts.ts';
import { createDirectoryAdminService, type DirectoryAdminService } from './services/directory-admin.ts';
import { createCaseloadService, type CaseloadService } from './services/caseload.ts';
import { createClientService, type ClientService } from './services/clients.ts';
import { createDirectoryService, type DirectoryService, type ServiceRow } from './services/directory.ts';
import type { SignalCache } from './services/signal-cache.ts';
import { createSuggestService, type SuggestService } from './services/suggest.ts';
import { createReportService, type ReportService } from './services/report.ts';
import { createBoundaryService, type BoundaryService } from './services/boundaries.ts';

export interface ApiContext {
  requestId: string;
  viewer: Viewer;
  session: Session | undefined;
  directory: DirectoryService;
  clients: ClientService;
  caseload: CaseloadService;
  directoryAdmin: DirectoryAdminService;
  network: NetworkService;
  networkMap: NetworkMapService;
  accounts: AccountService;
  suggestions: SuggestService;
  reports: ReportService;
  boundaries: BoundaryService;
  auth: AuthService;
  /** Per-request batching of single lookups (no N+1 when a list asks for one thing per row). */
  loaders: { service: DataLoader<string, ServiceRow | null> };
  /** The API's day and time for opening hours and suggestions (LOTSE_TODAY in the demo). */
  now(): number;
  /** Login and logout set or clear the session cookie through these. */
  startSession(session: Session): void;
  endSession(): boolean;
  clientAddress: string;
}

export interface ContextDeps {
  engine: GraphEngine;
  sessions: SessionStore;
  throttles: LoginThrottles;
  /** Writes audit events with group commit (one per process). */
  auditLog: AuditLog;
  /** The public directory in memory (one per process). */
  directoryCache: DirectoryCache;
  /** Graph signals of suggestions per manager (one per process). */
  signals: SignalCache;
  /** Computed network maps (one per process; absent: computed for every request). */
  networkCache?: NetworkCache;
  /** The clock of suggestions (team figures, default windows); tests set it. */
  clock?: () => number;
  /** Reports hide counts below this from viewers and managers (LOTSE_MIN_CELL_SIZE). */
  minimumCellSize: number;
  /** Cookie lifetime: the absolute session timeout. */
  sessionMaxAgeSeconds: number;
}

/** What a context needs of the HTTP exchange (kept small so the benchmark can execute in-process). */
export interface Exchange {
  cookieHeader: string | undefined;
  /** May be a getter: the server reads it only when a login asks. */
  readonly clientAddress: string;
  /** The request came over HTTPS (directly or through a trusted proxy). May be a getter, as above. */
  readonly secure: boolean;
  setCookie(cookie: string): void;
}

export function createContext(deps: ContextDeps, exchange: Exchange): ApiContext {
  const requestId = currentRequestId() ?? 'unknown';
  const sessionId = readCookie(exchange.cookieHeader, SESSION_COOKIE);
  const session = sessionId ? deps.sessions.get(sessionId) : undefined;
  const viewer: Viewer = session
    ? { kind: 'account', username: session.username, role: session.role, managerId: session.managerId }
    : { kind: 'public' };
  const auth = createAuthService(deps.engine, deps.sessions, deps.throttles);
  const audit = createAuditTrail(deps.auditLog, viewer, requestId);
  const caseload = createCaseloadService(deps.engine, viewer, audit);
  const directory = createDirectoryService(deps.engine, deps.directoryCache);
  return {
    requestId,
    viewer,
    session,
    directory,
    clients: createClientService(deps.engine, viewer, audit),
    caseload,
    suggestions: createSuggestService({
      engine: deps.engine,
      viewer,
      audit,
      directoryCache: deps.directoryCache,
      caseload,
      signals: deps.signals,
      ...(deps.clock ? { clock: deps.clock } : {}),
    }),
    directoryAdmin: createDirectoryAdminService(deps.engine, viewer, deps.directoryCache),
    network: createNetworkService(deps.engine, viewer, deps.signals),
    networkMap: createNetworkMapService({
      engine: deps.engine,
      viewer,
      audit,
      directory,
      directoryCache: deps.directoryCache,
      signals: deps.signals,
      ...(deps.networkCache ? { networkCache: deps.networkCache } : {}),
    }),
    reports: createReportService({
      engine: deps.engine,
      viewer,
      minimumCellSize: deps.minimumCellSize,
      clock: deps.clock ?? Date.now,
    }),
    boundaries: createBoundaryService({
      engine: deps.engine,
      viewer,
      audit,
      directoryCache: deps.directoryCache,
    }),
    accounts: createAccountService(deps.engine, viewer, deps.sessions),
    auth,
    loaders: {
      // Listed services come from the in-memory directory; archived ones from the graph.
      service: new DataLoader(async (ids: readonly string[]) => {
        const { servicesById } = await deps.directoryCache.snapshot();
        const missing = ids.filter((serviceId) => !servicesById.has(serviceId));
        const found = missing.length
          ? await getServices(deps.engine, missing)
          : new Map<string, ServiceRow>();
        return ids.map((serviceId) => servicesById.get(serviceId) ?? found.get(serviceId) ?? null);
      }),
    },
    // Read when asked (logins only): behind a trusted proxy it means parsing addresses.
    get clientAddress() {
      return exchange.clientAddress;
    },
    now: deps.clock ?? Date.now,
    startSession(next) {
      // A new id at every login; an old session of this browser ends.
      if (session) deps.sessions.destroy(session.id);
      exchange.setCookie(
        sessionCookie(next.id, { secure: exchange.secure, maxAgeSeconds: deps.sessionMaxAgeSeconds }),
      );
    },
    endSession() {
      exchange.setCookie(clearedSessionCookie(exchange.secure));
      return auth.logout(session?.id);
    },
  };
}
