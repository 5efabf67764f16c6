// The HTTP app: Apollo Server 5 at /graphql on node:http (graphql-http.ts), and Express 5 for /healthz,
// /readyz and the admins' upload of official municipality outlines at /admin/boundaries (too large for a
// GraphQL request).
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express, { type ErrorRequestHandler } from 'express';
import { ping, type GraphEngine } from '@lotse/graph';
import { createSessionStore, DEFAULT_TIMEOUTS, type SessionTimeouts } from './auth/sessions.ts';
import { createLoginThrottle, DEFAULT_THROTTLE, type ThrottleOptions } from './auth/throttle.ts';
import { createContext, type ApiContext } from './context.ts';
import { graphqlHandler, isGraphqlPath } from './graphql-http.ts';
import { clientAddress, overHttps, type TrustProxy } from './http-request.ts';
import { corsAllowlist } from './hardening/cors.ts';
import { DEFAULT_LIMITS, requestLimitRules, type RequestLimits } from './hardening/limits.ts';
import { formatError } from './errors.ts';
import { describeError, logger } from './logger.ts';
import { assignRequestId } from './request-scope.ts';
import { createSchema } from './schema/executable.ts';
import { createAuditLog } from './services/audit.ts';
import { DEFAULT_MIN_CELL_SIZE } from './services/report-suppression.ts';
import { createSignalCache, DEFAULT_SIGNAL_TTL_MS } from './services/signal-cache.ts';
import { createDirectoryCache, DEFAULT_DIRECTORY_TTL_MS } from './services/directory-cache.ts';
import { createNetworkCache, DEFAULT_NETWORK_TTL_MS, mayChangeNetworkMap } from './services/network-cache.ts';

export interface ServerOptions {
  engine: GraphEngine;
  /** 0 picks a free port (tests). */
  port: number;
  /** Interface to bind; all interfaces when omitted (containers need that). */
  host?: string;
  /** Defaults to NODE_ENV === 'production': no introspection, no landing page, tighter depth limit. */
  production?: boolean;
  /** Browser origins other than the API's own that may call it with credentials (the web app's). */
  corsOrigins?: string[];
  /**
   * Express's `trust proxy` values (also for /graphql): set when a TLS-terminating proxy sits in front
   * (e.g. 1 or 'loopback').
   */
  trustProxy?: boolean | number | string;
  sessionTimeouts?: SessionTimeouts;
  loginThrottle?: ThrottleOptions;
  limits?: Partial<RequestLimits>;
  /** How long the in-memory directory may be older than the graph (changes made elsewhere). */
  directoryTtlMs?: number;
  /** How long a manager's graph signals for suggestions are kept (0: read for every suggestion). */
  signalTtlMs?: number;
  /** How long a computed network map is kept (0: computed for every request; mutations empty it). */
  networkTtlMs?: number;
  /** The clock of suggestions (team figures over past months, default windows); tests fix it. */
  clock?: () => number;
  /** Reports hide counts below this from viewers and managers (default 5, LOTSE_MIN_CELL_SIZE). */
  minimumCellSize?: number;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Stops accepting requests, lets running ones finish, then resolves. Does not close the engine. */
  close(): Promise<void>;
}

/** Request bodies above this are refused before parsing (a GraphQL request is small). */
export const BODY_LIMIT = '100kb';
/** Official outlines of a state are megabytes (BKG VG250 for Baden-Württemberg, simplified: ≈ 5–15 MB). */
export const BOUNDARY_BODY_LIMIT = '20mb';
/** Content types the outline upload accepts; both are "non-simple", so a cross-site form cannot send them. */
const BOUNDARY_TYPES = ['application/json', 'application/geo+json'];

/**
 * Outside production introspection is on, and graphql-js's own introspection query nests 15 deep;
 * production refuses anything deeper than 8 (our own documents nest at most 6).
 */
export const limitsFor = (production: boolean): RequestLimits => ({
  ...DEFAULT_LIMITS,
  maxDepth: production ? DEFAULT_LIMITS.maxDepth : 15,
  // 100 services with their organisation (the largest page a client may ask for) cost about 2,500.
  maxCost: 5000,
});

/** How long /readyz waits for the graph before it reports it unreachable. */
const readinessTimeoutMs = 3000;

async function graphReachable(engine: GraphEngine): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), readinessTimeoutMs);
  });
  const probe = ping(engine).then(
    (ok) => ok,
    (error: unknown) => {
      logger.warn('readiness probe failed', describeError(error));
      return false;
    },
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The JSON answer to an error of the HTTP layer (too large, malformed, unexpected), as for GraphQL errors. */
function sendHttpError(error: unknown, res: ServerResponse, limit: string): void {
  const given =
    typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
      ? error.status
      : 500;
  // Only an error status: anything else from a library would be a wrong answer (or throw in writeHead).
  const status = Number.isInteger(given) && given >= 400 && given <= 599 ? given : 500;
  if (status >= 500) logger.error('unhandled error in the HTTP layer', describeError(error));
  const [message, code] =
    status === 413
      ? [`Anfrage zu groß (höchstens ${limit}) / request too large (at most ${limit})`, 'PAYLOAD_TOO_LARGE']
      : status < 500
        ? ['Ungültige Anfrage / bad request', 'BAD_REQUEST']
        : ['Interner Fehler / internal error', 'INTERNAL_SERVER_ERROR'];
  const body = { errors: [{ message, extensions: { code } }] };
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

const jsonErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) return next(error);
  sendHttpError(error, res, req.path === '/admin/boundaries' ? BOUNDARY_BODY_LIMIT : BODY_LIMIT);
};

export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const { engine } = options;
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  const timeouts = options.sessionTimeouts ?? DEFAULT_TIMEOUTS;
  const sessions = createSessionStore(timeouts);
  const directoryCache = createDirectoryCache(engine, options.directoryTtlMs ?? DEFAULT_DIRECTORY_TTL_MS);
  const auditLog = createAuditLog(engine);
  const signals = createSignalCache(engine, options.signalTtlMs ?? DEFAULT_SIGNAL_TTL_MS);
  const networkCache = createNetworkCache(options.networkTtlMs ?? DEFAULT_NETWORK_TTL_MS);
  const throttleOptions = options.loginThrottle ?? DEFAULT_THROTTLE;
  const throttles = {
    user: createLoginThrottle(throttleOptions),
    address: createLoginThrottle({ ...throttleOptions, maxFailures: throttleOptions.maxFailures * 10 }),
  };
  // Express's compiled `trust proxy`, for the client address and HTTPS on both paths.
  const trust = app.get('trust proxy fn') as TrustProxy;
  // Requests arrive only after listen() below, when serveGraphql is defined.
  const httpServer = createHttpServer((req, res) => {
    if (isGraphqlPath(req.url)) serveGraphql(req, res);
    else app(req, res);
  });

  const apollo = new ApolloServer<ApiContext>({
    schema: createSchema(),
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: requestLimitRules({ ...limitsFor(production), ...options.limits }),
    includeStacktraceInErrorResponses: !production,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No @cacheControl hints are used; the plugin would wrap every resolver (≈ 15 % of a cached
      // listing's CPU). Responses are marked no-store below instead.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      // A mutation that may change a network map (contacts, organisations, managers, merges, accounts)
      // empties the kept maps, whether it succeeded or not (services/network-cache.ts). Only a logged-in
      // caller's: without a login no mutation changes anything, and nobody outside could keep the maps
      // empty.
      {
        async requestDidStart() {
          return {
            async willSendResponse({ operation, contextValue }) {
              if (operation && contextValue.viewer.kind === 'account' && mayChangeNetworkMap(operation))
                networkCache.invalidate();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const cors = corsAllowlist(options.corsOrigins ?? []);
  app.use(assignRequestId);
  app.use(cors);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await graphReachable(engine);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', engine: engine.dialect });
  });
  const contextFor = (req: IncomingMessage, res: ServerResponse) =>
    createContext(
      {
        engine,
        sessions,
        throttles,
        directoryCache,
        auditLog,
        signals,
        networkCache,
        ...(options.clock ? { clock: options.clock } : {}),
        minimumCellSize: options.minimumCellSize ?? DEFAULT_MIN_CELL_SIZE,
        sessionMaxAgeSeconds: Math.floor(timeouts.absoluteMs / 1000),
      },
      {
        cookieHeader: req.headers.cookie,
        // Getters: only a login or logout reads them.
        get clientAddress() {
          return clientAddress(req, trust) ?? 'unknown';
        },
        get secure() {
          return overHttps(req, trust);
        },
        setCookie: (cookie) => res.appendHeader('Set-Cookie', cookie),
      },
    );
  // Official outlines (admins; docs/adr/0010-network-report.md): JSON only, like Apollo's CSRF prevention
  // a simple form post cannot send it; the session cookie decides who may.
  app.post(
    '/admin/boundaries',
    (req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      if (!req.is(BOUNDARY_TYPES)) {
        res.status(415).json({
          errors: [
            {
              message:
                'Bitte als application/json oder application/geo+json senden / send as application/json or application/geo+json',
              extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
            },
          ],
        });
        return;
      }
      next();
    },
    express.json({ limit: BOUNDARY_BODY_LIMIT, type: BOUNDARY_TYPES }),
    async (req, res) => {
      try {
        const result = await contextFor(req, res).boundaries.importBoundaries(req.body);
        res.json({ data: result });
      } catch (error) {
        const formatted = formatError({ message: 'error' }, error);
        const code = formatted.extensions?.['code'];
        const status =
          code === 'UNAUTHENTICATED'
            ? 401
            : code === 'FORBIDDEN'
              ? 403
              : code === 'BAD_USER_INPUT'
                ? 400
                : 500;
        res
          .status(status)
          .json({ errors: [{ message: formatted.message, extensions: formatted.extensions }] });
      }
    },
  );
  const serveGraphql = graphqlHandler({
    apollo,
    before: [assignRequestId, cors],
    context: async (req, res) => contextFor(req, res),
    bodyLimit: BODY_LIMIT,
    fail: (error, res) => sendHttpError(error, res, BODY_LIMIT),
  });
  app.use((_req, res) => {
    res
      .status(404)
      .json({ errors: [{ message: 'Nicht gefunden / not found', extensions: { code: 'NOT_FOUND' } }] });
  });
  app.use(jsonErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;

  return {
    url: `http://localhost:${port}/graphql`,
    // The drain plugin closes the HTTP server and waits for in-flight requests.
    close: async () => {
      await apollo.stop();
      await Promise.all([auditLog.settled(), signals.settled()]);
    },
  };
}
