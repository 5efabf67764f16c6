// `npm run bench:api`: the API on the demo district under load (autocannon, 20 connections), beside the
// same operations executed in-process with graphql-js `execute` on the same schema at the same
// concurrency, so the ratio shows what HTTP, Apollo and the session add. Figures go to
// docs/PERFORMANCE.md between the bench:api markers.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { execute, parse } from 'graphql';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo-accounts.ts';
import { createSchema } from '../src/schema/executable.ts';
import { login, machine, percentile, root, seedDemo, startApi, writeDocsSection } from './harness.ts';
import { openInProcess, type InProcess } from './in-process.ts';

const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const OPERATIONS = {
  directory: {
    label: 'directory listing: 20 services with their organisation',
    query: `{ services(first: 20) { totalCount edges { node { id name category languages contactModes
      organization { id name kind } municipality { ags name } } } } }`,
  },
  caseload: {
    label: "a manager's caseload: 20 open cases with their referrals",
    query: `{ myClients(first: 20, status: OPEN) { totalCount edges { node { id caseCode household
      referrals { status statusAt need service { id name } } } } } }`,
  },
} as const;

// The demo district through the seeds command, as `npm start` loads it.
const dir = mkdtempSync(join(tmpdir(), 'lotse-bench-api-'));
const dataPath = join(dir, 'lotse.kuzu');
seedDemo(dataPath);
const api = await startApi(dataPath, { LOTSE_DEMO_ACCOUNTS: '1' });
const { url } = api;
const manager = DEMO_ACCOUNTS.find((a) => a.role === 'manager')!;
const cookie = await login(url, manager.username, DEMO_PASSWORD);

// In-process: the same schema object, a context built the way the server builds it, a session of its own.
// (Opened after the HTTP phase: one process at a time may hold the embedded store.)
const schema = createSchema();
let local: InProcess | undefined;

async function inProcess(query: string) {
  local ??= await openInProcess(dataPath, manager.username);
  const { context, cookie: localCookie } = local;
  const document = parse(query);
  const run = async () => {
    const result = await execute({ schema, document, contextValue: context(localCookie) });
    if (result.errors?.length) throw new Error(`in-process errors: ${result.errors[0]!.message}`);
  };
  for (let i = 0; i < 20; i++) await run();
  const samples: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await run();
        samples.push(performance.now() - t);
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return { rps: samples.length / SECONDS, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** A reference server (reference-server.ts) in its own process: its URL and its session cookie. */
async function startReference(mode: 'apollo' | 'graphql') {
  const port = 5000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/bench/reference-server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      MODE: mode,
      PORT: String(port),
      LOTSE_DATA_PATH: dataPath,
      BENCH_USERNAME: manager.username,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', () => reject(new Error(`the ${mode} reference server ended`)));
    child.stdout!.setEncoding('utf8').once('data', (text: string) => resolve(text.trim()));
  });
  if (!line.startsWith('ready ')) throw new Error(`the ${mode} reference server said: ${line}`);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    cookie: line.slice('ready '.length),
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}

/** One answer checked first (the benchmark measures real results, not errors), then the load. */
async function overHttp(query: string, target = { url, cookie }) {
  const check = (await (
    await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: target.cookie },
      body: JSON.stringify({ query }),
    })
  ).json()) as { errors?: unknown[]; data?: Record<string, { edges: unknown[] }> };
  if (check.errors || !Object.values(check.data ?? {})[0]?.edges.length)
    throw new Error(`${target.url}: no data for ${query.slice(0, 40)}…`);
  const options = {
    url: target.url,
    connections: CONNECTIONS,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', cookie: target.cookie },
    body: JSON.stringify({ query }),
  };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const result = await autocannon({ ...options, duration: SECONDS });
  if (result.errors || result.timeouts || result.non2xx)
    throw new Error(
      `HTTP errors: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
    );
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const httpFigures: Record<string, Awaited<ReturnType<typeof overHttp>>> = {};
for (const [key, op] of Object.entries(OPERATIONS)) httpFigures[key] = await overHttp(op.query);
await api.stop();

// The directory listing through less than the Lotse API, each reference server in its own process with
// the store to itself (reference-server.ts): where the listing's overhead goes.
const REFERENCES = {
  apollo: 'node:http → Apollo Server (no Lotse middleware)',
  graphql: 'node:http → graphql-js `execute` (no Apollo)',
} as const;
const referenceFigures: Partial<Record<keyof typeof REFERENCES, Awaited<ReturnType<typeof overHttp>>>> = {};
for (const mode of Object.keys(REFERENCES) as (keyof typeof REFERENCES)[]) {
  const reference = await startReference(mode);
  try {
    referenceFigures[mode] = await overHttp(OPERATIONS.directory.query, reference);
  } finally {
    await reference.stop();
  }
}

const rows: string[] = [];
const figures: Record<
  string,
  { http: Awaited<ReturnType<typeof overHttp>>; local: Awaited<ReturnType<typeof inProcess>> }
> = {};
for (const [key, op] of Object.entries(OPERATIONS)) {
  const http = httpFigures[key]!;
  const local = await inProcess(op.query);
  figures[key] = { http, local };
  rows.push(
    `| ${op.label} | ${Math.round(http.rps)} req/s, p50 ${http.p50.toFixed(1)} ms, p99 ${http.p99.toFixed(1)} ms | ${Math.round(local.rps)} ops/s, p50 ${local.p50.toFixed(1)} ms, p99 ${local.p99.toFixed(1)} ms | **${(http.p50 / local.p50).toFixed(2)}** |`,
  );
}
await local?.close();
rmSync(dir, { recursive: true, force: true });

const directory = figures.directory!;
const report = `<!-- bench:api:start -->
### bench:api — the API on the demo district

Command: \`npm run bench:api\` · run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · machine: ${machine()}

${CONNECTIONS} connections for ${SECONDS} s each (autocannon, after a 2 s warm-up) against the API in its own process
(\`NODE_ENV=production\`), logged in as a demo manager; in-process: graphql-js \`execute\` on the same schema object with the same
context code, ${CONNECTIONS} concurrent loops for ${SECONDS} s. Every caseload request also writes its audit event.

| operation | over HTTP | in-process | p50 ratio |
|---|---|---|---|
${rows.join('\n')}

Where the directory listing's overhead goes: the same listing through reference servers that have less
than the Lotse API (\`api/bench/reference-server.ts\`: the same schema and context code, each in its own
process, same load), against the same in-process p50.

| the listing served by | over HTTP | p50 ratio |
|---|---|---|
| the Lotse API: node:http → request id, CORS, JSON body parser → Apollo Server | ${Math.round(directory.http.rps)} req/s, p50 ${directory.http.p50.toFixed(1)} ms | ${(directory.http.p50 / directory.local.p50).toFixed(2)} |
${(Object.keys(REFERENCES) as (keyof typeof REFERENCES)[])
  .map((mode) => {
    const figure = referenceFigures[mode]!;
    return `| ${REFERENCES[mode]} | ${Math.round(figure.rps)} req/s, p50 ${figure.p50.toFixed(1)} ms | ${(figure.p50 / directory.local.p50).toFixed(2)} |`;
  })
  .join('\n')}

| target | result | met |
|---|---|---|
| directory listing ≥ 500 req/s | ${Math.round(directory.http.rps)} req/s | ${directory.http.rps >= 500 ? 'yes' : '**no**'} |
| server p50 ≤ 1.5 × in-process p50 (directory) | ${(directory.http.p50 / directory.local.p50).toFixed(2)} × | ${directory.http.p50 <= 1.5 * directory.local.p50 ? 'yes' : '**no**'} |
| server p50 ≤ 1.5 × in-process p50 (caseload) | ${(figures.caseload!.http.p50 / figures.caseload!.local.p50).toFixed(2)} × | ${figures.caseload!.http.p50 <= 1.5 * figures.caseload!.local.p50 ? 'yes' : '**no**'} |
<!-- bench:api:end -->`;
console.log(report);
if (SECONDS >= 10) writeDocsSection('bench:api', report);
