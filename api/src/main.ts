// Starts the API: opens the graph (embedded or Neo4j, from the environment), applies its schema,
// serves GraphQL on API_PORT and shuts down cleanly on SIGTERM/SIGINT.
import { applySchema, berlinDay, openGraph } from '@lotse/graph';
import { clockFromEnv } from './demo-clock.ts';
import { ensureDemoAccounts } from './demo-accounts.ts';
import { CORS_ORIGINS_VARIABLE, parseOrigins } from './hardening/cors.ts';
import { describeError, logger } from './logger.ts';
import { createServer } from './server.ts';
import { DEFAULT_MIN_CELL_SIZE } from './services/report-suppression.ts';

function portFromEnv(value = process.env.API_PORT): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`API_PORT muss eine Portnummer sein / API_PORT must be a port number, got "${value}"`);
  }
  return port;
}

function secondsFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new Error(`${name} muss eine Zahl ≥ 0 sein / ${name} must be a number ≥ 0, got "${value}"`);
  return seconds;
}

/** LOTSE_MIN_CELL_SIZE: the smallest count reports show viewers and managers (a whole number ≥ 1). */
function minimumCellSizeFromEnv(value = process.env.LOTSE_MIN_CELL_SIZE): number {
  if (value === undefined || value === '') return DEFAULT_MIN_CELL_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(
      `LOTSE_MIN_CELL_SIZE muss eine ganze Zahl ≥ 1 sein / LOTSE_MIN_CELL_SIZE must be a whole number ≥ 1, got "${value}"`,
    );
  return size;
}

async function main(): Promise<void> {
  const port = portFromEnv();
  const clock = clockFromEnv();
  const engine = await openGraph();
  await applySchema(engine);
  if (process.env.LOTSE_DEMO_ACCOUNTS === '1') {
    const created = await ensureDemoAccounts(engine);
    if (created) logger.info('Demo-Zugänge angelegt / demo logins created (README)', { created });
  }
  const trustProxy = process.env.LOTSE_TRUST_PROXY;
  const server = await createServer({
    engine,
    port,
    corsOrigins: parseOrigins(process.env[CORS_ORIGINS_VARIABLE], []),
    directoryTtlMs: secondsFromEnv('LOTSE_DIRECTORY_TTL_SECONDS', 30) * 1000,
    signalTtlMs: secondsFromEnv('LOTSE_SIGNALS_TTL_SECONDS', 60) * 1000,
    networkTtlMs: secondsFromEnv('LOTSE_NETWORK_TTL_SECONDS', 30) * 1000,
    minimumCellSize: minimumCellSizeFromEnv(),
    ...(clock ? { clock } : {}),
    // The web server proxies /graphql from the same host (npm start); behind another proxy set it.
    trustProxy: trustProxy ? (/^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy) : 'loopback',
    ...(process.env.API_HOST ? { host: process.env.API_HOST } : {}),
  });
  logger.info('Lotse API bereit / ready', {
    url: server.url,
    engine: engine.description,
    ...(clock ? { today: berlinDay(clock()).date } : {}),
  });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal, exiting without waiting', { signal });
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    try {
      await server.close();
      await engine.close();
      process.exit(0);
    } catch (error) {
      logger.error('shutdown failed', describeError(error));
      process.exit(1);
    }
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  logger.error('Lotse API konnte nicht starten / failed to start', describeError(error));
  process.exit(1);
});
