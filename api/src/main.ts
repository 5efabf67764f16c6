// Starts the API: opens the graph (embedded or Neo4j, from the environment), applies its schema,
// serves GraphQL on API_PORT and shuts down cleanly on SIGTERM/SIGINT.
import { applySchema, openGraph } from '@lotse/graph';
import { ensureDemoAccounts } from './demo-accounts.ts';
import { CORS_ORIGINS_VARIABLE, parseOrigins } from './hardening/cors.ts';
import { describeError, logger } from './logger.ts';
import { createServer } from './server.ts';

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

/**
 * LOTSE_TODAY (YYYY-MM-DD): the day suggestions treat as today, at the current time of day (demo data of
 * a past period). Sessions, audit events and stored records always use the real clock.
 */
function clockFromEnv(value = process.env.LOTSE_TODAY): (() => number) | undefined {
  if (value === undefined || value === '') return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const start = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : Number.NaN;
  if (!Number.isFinite(start) || new Date(start).toISOString().slice(0, 10) !== value)
    throw new Error(
      `LOTSE_TODAY muss ein Datum JJJJ-MM-TT sein / LOTSE_TODAY must be a date YYYY-MM-DD, got "${value}"`,
    );
  return () => start + (Date.now() % 86_400_000);
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
    ...(clock ? { clock } : {}),
    // The web server proxies /graphql from the same host (npm start); behind another proxy set it.
    trustProxy: trustProxy ? (/^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy) : 'loopback',
    ...(process.env.API_HOST ? { host: process.env.API_HOST } : {}),
  });
  logger.info('Lotse API bereit / ready', {
    url: server.url,
    engine: engine.description,
    ...(clock ? { today: new Date(clock()).toISOString().slice(0, 10) } : {}),
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
