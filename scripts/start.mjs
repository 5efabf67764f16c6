#!/usr/bin/env node
// `npm start`: build the web app, load the demo district into an empty store, start API and web.
// `npm run dev`: the same with the Vite dev server instead of the built web app.
import { spawn, spawnSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const apiPort = process.env.API_PORT ?? '4000';
const webPort = process.env.PORT ?? '3000';
const env = {
  // glibc gives each of the embedded engine's threads its own malloc arena; two keep the resident set
  // small at no measured cost (docs/PERFORMANCE.md).
  MALLOC_ARENA_MAX: '2',
  // The web server's request body limit: official municipality outlines (VG250) are uploaded through it.
  BODY_SIZE_LIMIT: '21M',
  // The built app runs as in production unless told otherwise: graphql-js then skips its development
  // checks (≈ 20 % of a large answer's time), and the API offers no introspection or stack traces.
  ...(dev ? {} : { NODE_ENV: 'production' }),
  ...process.env,
  LOTSE_DATA_PATH: resolve(root, process.env.LOTSE_DATA_PATH ?? 'data/lotse.kuzu'),
  API_PORT: apiPort,
  API_ORIGIN: process.env.API_ORIGIN ?? `http://127.0.0.1:${apiPort}`,
  ORIGIN: process.env.ORIGIN ?? `http://localhost:${webPort}`,
  PORT: webPort,
};
const tsx = [process.execPath, '--import', 'tsx'];

function step(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`✖ ${label} fehlgeschlagen / failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

if (!dev && process.env.LOTSE_SKIP_BUILD !== '1') {
  step('Web-App bauen / building the web app', 'npm', ['run', 'build', '-w', '@lotse/web']);
}
if (process.env.LOTSE_SEED_DEMO !== '0') {
  step('Demo-Landkreis laden, falls leer / loading the demo district if the store is empty', tsx[0], [
    ...tsx.slice(1),
    'seeds/src/cli.ts',
    '--if-empty',
  ]);
  // Demo logins for every role (README); the API creates them if they are missing.
  env.LOTSE_DEMO_ACCOUNTS ??= '1';
  // The demo district's activity ends in June 2020: suggestions treat 15 July 2020 as today, so the
  // team's referral figures of the twelve months before show (README).
  env.LOTSE_TODAY ??= '2020-07-15';
}

const children = [];
function launch(label, command, args, cwd = root) {
  const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`✖ ${label} beendet / exited (${signal ?? code}); Lotse wird gestoppt / stopping Lotse`);
      shutdown(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.on('exit', r))))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

launch('API', tsx[0], [...tsx.slice(1), 'api/src/main.ts']);
if (dev) launch('Web (dev)', 'npx', ['vite', 'dev', '--port', webPort, '--strictPort'], resolve(root, 'web'));
else launch('Web', process.execPath, ['build'], resolve(root, 'web'));

async function waitFor(url, timeoutMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}
if (
  (await waitFor(`http://127.0.0.1:${apiPort}/readyz`)) &&
  (await waitFor(`http://127.0.0.1:${webPort}/`))
) {
  console.log(
    `\n✔ Lotse läuft / is running: http://localhost:${webPort}  (API: http://localhost:${apiPort}/graphql)`,
  );
  console.log('  Beenden mit Strg+C / stop with Ctrl+C');
}
