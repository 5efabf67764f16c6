// bench:web — the public directory page with the demo district's 500+ services on the map, in the
// system Chromium: time until interactive and the JavaScript it loads (gzip). Lotse starts as in the
// e2e tests (production build, demo seed); tiles point at a port where nothing listens, as offline.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { machine, percentile, writeDocsSection } from '../../api/bench/harness.ts';
import { ROOT, startLotse } from '../harness.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARM_UP = 2;
const TARGET_MS = 1500;
const TARGET_JS_BYTES = 200 * 1024;
const CLIENT_BUILD = join(ROOT, 'web', 'build', 'client');

interface Load {
  /** Navigation start → the map has drawn its markers and the page is hydrated. */
  interactiveMs: number;
  hydratedMs: number;
  firstContentfulPaintMs: number;
  /** Sum of the precompressed .gz sizes of every script the page loaded (what a gzip-only client gets). */
  jsGzipBytes: number;
  /** What Chromium actually received for scripts (adapter-node prefers brotli). */
  jsTransferBytes: number;
  scripts: number;
  markers: number;
  services: number;
}

const lotse = await startLotse();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function loadOnce(): Promise<Load> {
  // A new context each time: empty HTTP cache, as for a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts: { url: string; transfer: Promise<number> }[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push({ url: request.url(), transfer: request.sizes().then((s) => s.responseBodySize) });
  });
  await page.goto(`${lotse.webUrl}/angebote`);
  await page.waitForSelector('.geo-map[data-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector('body[data-hydrated="true"]');
  // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
  const timing = (await page.evaluate(`(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return {
      map: mark('lotse:map-ready'),
      hydrated: mark('lotse:hydrated'),
      fcp: mark('first-contentful-paint'),
      markers: document.querySelectorAll('.geo-marker').length,
      clustered: [...document.querySelectorAll('.geo-cluster')].reduce((sum, el) => sum + Number(el.textContent), 0),
    };
  })()`)) as { map: number; hydrated: number; fcp: number; markers: number; clustered: number };
  const services = Number((await page.locator('#list-heading').innerText()).replace(/\D/g, ''));
  let gzip = 0;
  let transfer = 0;
  for (const script of scripts) {
    const path = join(CLIENT_BUILD, new URL(script.url).pathname);
    if (!existsSync(`${path}.gz`)) throw new Error(`no precompressed file for ${script.url}`);
    gzip += statSync(`${path}.gz`).size;
    transfer += await script.transfer;
  }
  await context.close();
  return {
    interactiveMs: Math.max(timing.map, timing.hydrated),
    hydratedMs: timing.hydrated,
    firstContentfulPaintMs: timing.fcp,
    jsGzipBytes: gzip,
    jsTransferBytes: transfer,
    scripts: scripts.length,
    markers: timing.markers + timing.clustered,
    services,
  };
}

let loads: Load[];
try {
  for (let i = 0; i < WARM_UP; i++) await loadOnce();
  loads = [];
  for (let i = 0; i < RUNS; i++) loads.push(await loadOnce());
} finally {
  await browser.close();
  await lotse.stop();
}

const sorted = (pick: (l: Load) => number) => loads.map(pick).sort((a, b) => a - b);
const median = (pick: (l: Load) => number) => percentile(sorted(pick), 50);
const p90 = (pick: (l: Load) => number) => percentile(sorted(pick), 90);
const ms = (v: number) => `${Math.round(v)} ms`;
const kb = (v: number) => `${(v / 1024).toFixed(1)} kB`;
const last = loads.at(-1)!;
if (loads.some((l) => l.markers !== l.services))
  throw new Error(
    'the map did not show every service of the list; the figures would not be about 500 markers',
  );

const interactive = median((l) => l.interactiveMs);
const js = median((l) => l.jsGzipBytes);
const report = `<!-- bench:web:start -->
### bench:web — the directory page with every demo service on the map

Command: \`npm run bench:web\` · run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · machine: ${machine()}, Chromium (Debian) headless

\`/angebote\` unfiltered: ${last.services} services on the Leaflet map (clustered), the first 50 in the list. Lotse runs from its
production build on the same machine (demo district, tiles unreachable as offline); ${RUNS} loads after ${WARM_UP} warm-up,
each in a new browser context (empty cache), no network throttling (loopback). *Interactive* is the later of the page's
hydration mark and the map's "markers drawn" mark, from navigation start. *JS (gzip)* sums the precompressed \`.gz\`
size of every script the page loaded (${last.scripts} files); Chromium itself received brotli.

| measure | median | p90 |
|---|---|---|
| time until interactive (map drawn, page hydrated) | **${ms(interactive)}** | ${ms(p90((l) => l.interactiveMs))} |
| hydrated | ${ms(median((l) => l.hydratedMs))} | ${ms(p90((l) => l.hydratedMs))} |
| first contentful paint | ${ms(median((l) => l.firstContentfulPaintMs))} | ${ms(p90((l) => l.firstContentfulPaintMs))} |
| JS, gzip | **${kb(js)}** | ${kb(p90((l) => l.jsGzipBytes))} |
| JS as transferred (brotli) | ${kb(median((l) => l.jsTransferBytes))} | ${kb(p90((l) => l.jsTransferBytes))} |

| target | result | met |
|---|---|---|
| interactive ≤ 1.5 s | ${ms(interactive)} | ${interactive <= TARGET_MS ? 'yes' : '**no**'} |
| JS ≤ 200 kB gzip | ${kb(js)} | ${js <= TARGET_JS_BYTES ? 'yes' : '**no**'} |
<!-- bench:web:end -->`;
console.log(report);
writeDocsSection('bench:web', report);
