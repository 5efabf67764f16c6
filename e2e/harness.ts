// Starts Lotse exactly as the README's start command does (scripts/start.mjs: build, demo seed, API,
// web) on free ports with a throwaway store, and drives the system Chromium through playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const ARTEFACTS = join(ROOT, 'test-results', 'e2e');

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    // A process ended by a signal has no exit code, only a signal code.
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`Lotse exited early (${child.exitCode ?? child.signalCode}) before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export interface RunningLotse {
  webUrl: string;
  apiUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

/** `env` adds to the environment of `npm start` (e.g. a tile server that cannot be reached). */
export async function startLotse(env: Record<string, string> = {}): Promise<RunningLotse> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lotse-e2e-'));
  const [webPort, apiPort] = [await freePort(), await freePort()];
  const log: string[] = [];
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(webPort),
      API_PORT: String(apiPort),
      LOTSE_DATA_PATH: join(dataDir, 'lotse.kuzu'),
      // Tests never reach the internet: map tiles come from a port where nothing listens.
      LOTSE_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  try {
    await waitFor(`http://127.0.0.1:${apiPort}/readyz`, child, 240_000);
    await waitFor(`http://127.0.0.1:${webPort}/`, child, 60_000);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${(error as Error).message}\n--- Lotse output ---\n${log.join('').slice(-4000)}`, {
      cause: error,
    });
  }
  mkdirSync(ARTEFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    webUrl: `http://localhost:${webPort}`,
    apiUrl: `http://127.0.0.1:${apiPort}/graphql`,
    browser,
    async stop() {
      await browser.close();
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
