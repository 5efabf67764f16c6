// What the API benchmarks share: the demo district loaded by the seeds command, the API in its own
// process (as in production), a login, percentiles, and writing a section of docs/PERFORMANCE.md.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** Loads the demo district into a new store at `dataPath` through the seeds command, as `npm start` does. */
export function seedDemo(dataPath: string): void {
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'seeds/src/cli.ts'], {
    cwd: root,
    env: { ...process.env, LOTSE_DATA_PATH: dataPath },
    stdio: 'inherit',
  });
  if (seeded.status !== 0) throw new Error('loading the demo district failed');
}

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/** The API in its own process with NODE_ENV=production (the benchmark must not share its event loop). */
export async function startApi(dataPath: string, env: Record<string, string> = {}): Promise<RunningApi> {
  const port = 4000 + Math.floor(Math.random() * 1000);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      LOTSE_DATA_PATH: dataPath,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let waited = 0; ; waited += 200) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (waited > 120_000 || child.exitCode !== null) throw new Error('the API did not become ready');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Logs in and returns the session cookie (`name=value`). */
export async function login(url: string, username: string, password: string): Promise<string> {
  const reply = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }',
      variables: { u: username, p: password },
    }),
  });
  const setCookie = reply.headers.get('set-cookie');
  if (!setCookie) throw new Error(`login of ${username} failed`);
  return setCookie.split(';')[0]!;
}

/**
 * A POST of JSON over one kept-alive connection with node:http: a lean client (as autocannon is), so
 * latencies are the server's and not the client library's (fetch adds ≈ 1–3 ms here).
 */
export function jsonClient(url: string) {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return (body: unknown, headers: Record<string, string> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const payload = JSON.stringify(body);
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...headers,
          },
        },
        (res) => {
          let data = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (data += chunk));
          res.on('end', () => {
            try {
              resolve(JSON.parse(data));
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 / 1024)} MB RAM, Node ${process.version}`;

/** Replaces the section between `<!-- name:start -->` and `<!-- name:end -->` (or appends it). */
export function writeDocsSection(name: string, report: string): void {
  const docs = resolve(root, 'docs/PERFORMANCE.md');
  const current = readFileSync(docs, 'utf8');
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  writeFileSync(
    docs,
    pattern.test(current) ? current.replace(pattern, report) : `${current.trimEnd()}\n\n${report}\n`,
  );
  console.log(`\nwritten to ${docs}`);
}
