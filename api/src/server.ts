// The HTTP app: Apollo Server 5 on Express 5 at /graphql, plus /healthz and /readyz.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler } from 'express';
import { ping, type GraphEngine } from '@lotse/graph';
import { createContext, type ApiContext } from './context.ts';
import { formatError } from './errors.ts';
import { describeError, logger } from './logger.ts';
import { assignRequestId } from './request-scope.ts';
import { createResolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './schema/load-schema.ts';

export interface ServerOptions {
  engine: GraphEngine;
  /** 0 picks a free port (tests). */
  port: number;
  /** Interface to bind; all interfaces when omitted (containers need that). */
  host?: string;
  /** Defaults to NODE_ENV === 'production': no introspection, no landing page. */
  production?: boolean;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Stops accepting requests, lets running ones finish, then resolves. Does not close the engine. */
  close(): Promise<void>;
}

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

const jsonErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status =
    typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
      ? error.status
      : 500;
  if (status >= 500) logger.error('unhandled error in the HTTP layer', describeError(error));
  res.status(status).json({
    errors: [
      {
        message: status < 500 ? 'Ungültige Anfrage / bad request' : 'Interner Fehler / internal error',
        extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
      },
    ],
  });
};

export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const { engine } = options;
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);

  const typeDefs = loadTypeDefs();
  const apollo = new ApolloServer<ApiContext>({
    typeDefs,
    resolvers: createResolvers(typeDefs),
    introspection: !production,
    csrfPrevention: true,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(assignRequestId);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await graphReachable(engine);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', engine: engine.dialect });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(engine) }),
  );
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
    close: () => apollo.stop(),
  };
}
