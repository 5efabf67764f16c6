// `npm run bench:graph`: a state-scale data set through the app's own batch paths into the embedded
// engine, then the two hot reads. Figures go to docs/PERFORMANCE.md (between the bench:graph markers).
// BENCH_SCALE=0.1 runs a tenth of the set for a quick look (not written to the docs).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import {
  applySchema,
  graphConfigFromEnv,
  municipalityNetwork,
  openGraph,
  servicesNear,
  NEED_CATEGORIES,
} from '@lotse/graph';
import { loadStateScaleSet, NODE_BATCH, prng } from './state-scale-set.ts';

const scale = Number(process.env.BENCH_SCALE ?? '1');
// Kùzu's COPY into a non-empty relationship table costs more as the table grows; fewer, larger batches pay that less often (ADR 0002).
const EDGE_BATCH = Number(process.env.BENCH_EDGE_BATCH ?? 250_000);
const QUERY_RUNS = 300;
const ROUNDS = 3;
const WARM_UP = 20;

// The reads pick their places with their own seeded sequence.
const random = prng(20_200_630);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const vmHwm = () => {
  const line = readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+) kB/);
  return line ? Number(line[1]) * 1024 : 0;
};

const dir = mkdtempSync(join(tmpdir(), 'lotse-bench-'));
// The page cache as the app would size it (LOTSE_EMBEDDED_BUFFER_MB, else the engine's default).
const appConfig = graphConfigFromEnv({ LOTSE_EMBEDDED_BUFFER_MB: process.env.LOTSE_EMBEDDED_BUFFER_MB });
const bufferPoolBytes = appConfig.engine === 'embedded' ? appConfig.bufferPoolBytes : undefined;
let engine = await openGraph({
  engine: 'embedded',
  path: join(dir, 'lotse.kuzu'),
  ...(bufferPoolBytes ? { bufferPoolBytes } : {}),
});
await applySchema(engine);

const { N, municipalities, nodeCount, nodeSeconds, edgeCount, edgeSeconds } = await loadStateScaleSet(
  engine,
  {
    scale,
    edgeBatch: EDGE_BATCH,
  },
);

function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
/**
 * Three rounds of QUERY_RUNS after a warm-up; the figures are the median round's (by p99), and the
 * worst round's p99 is reported beside it. A p99 of 300 samples is the third-slowest one, so a single
 * pause of the shared machine moves it; the median of three rounds does not hang on one pause.
 */
async function measure(run: () => Promise<unknown>) {
  for (let i = 0; i < WARM_UP; i++) await run();
  const rounds: { p50: number; p99: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const samples: number[] = [];
    for (let i = 0; i < QUERY_RUNS; i++) {
      const t = performance.now();
      await run();
      samples.push(performance.now() - t);
    }
    rounds.push({ p50: percentile(samples, 50), p99: percentile(samples, 99) });
  }
  rounds.sort((a, b) => a.p99 - b.p99);
  return { ...rounds[Math.floor(ROUNDS / 2)]!, worstP99: rounds.at(-1)!.p99 };
}
// Reads run as the API would run them: on a store opened after the import (as `npm start` serves what the
// seeds command loaded), not inside the importing process's unflushed state.
await engine.close();
engine = await openGraph({
  engine: 'embedded',
  path: join(dir, 'lotse.kuzu'),
  ...(bufferPoolBytes ? { bufferPoolBytes } : {}),
});
let hits = 0;
const radius = await measure(async () => {
  const centre = pick(municipalities);
  hits += (
    await servicesNear(engine, {
      category: pick(NEED_CATEGORIES),
      lat: centre.lat,
      lon: centre.lon,
      radiusKm: 25,
    })
  ).length;
});
let contactsSeen = 0;
const subgraph = await measure(async () => {
  const result = await municipalityNetwork(engine, {
    ags: pick(municipalities).ags,
    from: Date.UTC(2019, 0, 1),
    to: Date.UTC(2019, 6, 1),
  });
  contactsSeen += result.contacts.length;
});

await engine.close();
clearInterval(sampler);
const storeBytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
rmSync(dir, { recursive: true, force: true });
const peak = Math.max(peakRss, vmHwm());

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (v: number) => `${v.toFixed(1)} ms`;
const rows: [string, string, string, boolean][] = [
  [
    'nodes upserted',
    `${nodeCount.toLocaleString('en')} in ${nodeSeconds.toFixed(1)} s (${Math.round(nodeCount / nodeSeconds).toLocaleString('en')}/s)`,
    '–',
    true,
  ],
  [
    'edges recorded (contact, consultation, referral)',
    `${edgeCount.toLocaleString('en')} in ${edgeSeconds.toFixed(1)} s = **${Math.round(edgeCount / edgeSeconds).toLocaleString('en')} edges/s**`,
    '≥ 20,000 edges/s',
    edgeCount / edgeSeconds >= 20_000,
  ],
  ['store size on disk', mb(storeBytes), '–', true],
  ['peak RSS (VmHWM)', mb(peak), '≤ 1.5 GB', peak <= 1.5 * 1024 ** 3],
  [
    `services of one category within 25 km (${ROUNDS} × ${QUERY_RUNS} runs, ${(hits / (ROUNDS * QUERY_RUNS + WARM_UP)).toFixed(1)} hits avg)`,
    `p50 ${ms(radius.p50)}, p99 **${ms(radius.p99)}** (worst round ${ms(radius.worstP99)})`,
    'p99 ≤ 25 ms',
    radius.p99 <= 25,
  ],
  [
    `actors and contacts of one municipality in one half-year (${ROUNDS} × ${QUERY_RUNS} runs, ${(contactsSeen / (ROUNDS * QUERY_RUNS + WARM_UP)).toFixed(1)} contacts avg)`,
    `p50 ${ms(subgraph.p50)}, p99 **${ms(subgraph.p99)}** (worst round ${ms(subgraph.worstP99)})`,
    'p99 ≤ 50 ms',
    subgraph.p99 <= 50,
  ],
];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${mb(totalmem())} RAM, Node ${process.version}`;
const table = [
  '| measure | result | target | met |',
  '|---|---|---|---|',
  ...rows.map(([m, r, t, ok]) => `| ${m} | ${r} | ${t} | ${t === '–' ? '' : ok ? 'yes' : '**no**'} |`),
].join('\n');
const report = `<!-- bench:graph:start -->
### bench:graph — state-scale set on the embedded engine

Command: \`npm run bench:graph\` · run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · machine: ${machine}

Data set: ${Object.entries(N)
  .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
  .join(
    ', ',
  )}; nodes in batches of ${NODE_BATCH.toLocaleString('en')}, edges in batches of ${EDGE_BATCH.toLocaleString('en')}, through the same \`upsert*\` / \`record*\` functions the app and the demo loader use.

${table}
<!-- bench:graph:end -->`;
console.log(report);

if (scale === 1) {
  const docs = resolve(import.meta.dirname, '../../docs/PERFORMANCE.md');
  const current = readFileSync(docs, 'utf8');
  const pattern = /<!-- bench:graph:start -->[\s\S]*<!-- bench:graph:end -->/;
  writeFileSync(
    docs,
    pattern.test(current) ? current.replace(pattern, report) : `${current.trimEnd()}\n\n${report}\n`,
  );
  console.log(`\nwritten to ${docs}`);
}
