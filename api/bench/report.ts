// `npm run bench:report`: the density report (issue #7) through the API in its own process over HTTP —
// every municipality, one year (2019-07-01 – 2020-06-30), compared with the year before, a trend over five
// half-years — on the demo district (coordinator and viewer) and on the state-scale set of bench:graph
// (1,100 municipalities, 350,000 contacts). Beside it, in-process on the same store before the API opens it:
// the graph reads alone and the figures alone, so the rest is GraphQL, JSON and HTTP. Figures go to
// docs/PERFORMANCE.md between the bench:report markers. BENCH_SCALE=0.1 shrinks the state-scale set (not
// written to the docs).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applySchema,
  dayRangeInstants,
  halfYearsEndingWith,
  openGraph,
  previousPeriod,
  readReportNetwork,
  upsertAccounts,
} from '@lotse/graph';
import { loadStateScaleSet } from '../../graph/bench/state-scale-set.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo-accounts.ts';
import { densityCalculator } from '../src/services/report-density.ts';
import { jsonClient, login, machine, percentile, seedDemo, startApi, writeDocsSection } from './harness.ts';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const ROUNDS = 3;
const PERIOD = { from: '2019-07-01', to: '2020-06-30' };
const TARGETS = { demo: 200, state: 1000 };

const FIGURES = `{ actors { value suppressed } possibleTies { value suppressed } ties { value suppressed }
  density { value suppressed } averageDegree { value suppressed } contacts { value suppressed }
  contactsPerActor { value suppressed } isolatedActors { value suppressed } components { value suppressed }
  externalTies { value suppressed } }`;
const TREND_PAGE = `trend { halfYear partial figures { density { value suppressed } averageDegree { value suppressed }
  contactsPerActor { value suppressed } } }`;
const TREND_ALL = `trend { halfYear partial figures { density { value suppressed } averageDegree { value suppressed }
  contactsPerActor { value suppressed } ties { value suppressed } contacts { value suppressed } } }`;
const reportQuery = (row: string) => `query ($period: DayRangeInput!) { densityReport(period: $period) {
  period { from to } suppressed minimumCellSize generatedAt comparison { kind period { from to } }
  trendHalfYears { halfYear period { from to } partial }
  total { ${row} } municipalities { municipality { ags name } ${row} } } }`;
/** What the report page needs: every figure and its change, a trend line of the three ratios. */
const PAGE = reportQuery(`current ${FIGURES} change ${FIGURES} ${TREND_PAGE}`);
/** Everything: the comparison period's figures too, and five figures per trend point. */
const FULL = reportQuery(`current ${FIGURES} previous ${FIGURES} change ${FIGURES} ${TREND_ALL}`);

interface Figures {
  p50: number;
  p99: number;
  worstRoundP99: number;
  bytes: number;
  municipalities: number;
}

async function overHttp(
  url: string,
  cookie: string,
  runs: number,
  warmUp: number,
  query = PAGE,
): Promise<Figures> {
  const post = jsonClient(url);
  const ask = async () => {
    const started = performance.now();
    const reply = (await post({ query, variables: { period: PERIOD } }, { cookie })) as {
      errors?: { message: string }[];
      data?: { densityReport: { municipalities: unknown[] } };
    };
    const ms = performance.now() - started;
    if (reply.errors) throw new Error(reply.errors[0]!.message);
    return { ms, reply };
  };
  let last = await ask();
  for (let i = 1; i < warmUp; i++) last = await ask();
  const all: number[] = [];
  let worstRoundP99 = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await ask()).ms);
    times.sort((a, b) => a - b);
    worstRoundP99 = Math.max(worstRoundP99, percentile(times, 99));
    all.push(...times);
  }
  all.sort((a, b) => a - b);
  return {
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    worstRoundP99,
    bytes: JSON.stringify(last.reply).length,
    municipalities: last.reply.data!.densityReport.municipalities.length,
  };
}

/** The graph reads and the figures alone, in this process, on the store the API will serve. */
async function inProcess(dataPath: string, runs: number) {
  const engine = await openGraph({ engine: 'embedded', path: dataPath });
  try {
    const windows = [
      dayRangeInstants(PERIOD),
      dayRangeInstants(previousPeriod(PERIOD)),
      ...halfYearsEndingWith(PERIOD.to, 5).map((h) => dayRangeInstants(h)),
    ];
    const scope = (await engine.read<{ ags: string }>('MATCH (m:Municipality) RETURN m.ags AS ags')).map(
      (r) => r.ags,
    );
    const reads: number[] = [];
    const figures: number[] = [];
    let contacts = 0;
    for (let i = 0; i < runs + 3; i++) {
      const t0 = performance.now();
      const network = await readReportNetwork(engine, windows);
      const t1 = performance.now();
      const calculator = densityCalculator(network, scope);
      for (const window of windows) calculator.figures(window);
      const t2 = performance.now();
      if (i >= 3) {
        reads.push(t1 - t0);
        figures.push(t2 - t1);
      }
      contacts = network.contacts.reduce((n, list) => n + list.length / 2, 0);
    }
    reads.sort((a, b) => a - b);
    figures.sort((a, b) => a - b);
    return { read: percentile(reads, 50), figures: percentile(figures, 50), contacts };
  } finally {
    await engine.close();
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
/** The machine is shared: the load while a set was measured says how much of it this benchmark had. */
const load = () => loadavg()[0]!.toFixed(1);
const loads: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'lotse-bench-report-'));
const rows: string[] = [];
const breakdown: string[] = [];
const targets: string[] = [];
try {
  // The demo district, as `npm start` loads it.
  const demoPath = join(dir, 'demo.kuzu');
  seedDemo(demoPath);
  const demoInProcess = await inProcess(demoPath, 50);
  const demoApi = await startApi(demoPath, { LOTSE_DEMO_ACCOUNTS: '1', LOTSE_TODAY: '2020-07-15' });
  try {
    const coordinator = DEMO_ACCOUNTS.find((a) => a.role === 'coordinator')!;
    const viewer = DEMO_ACCOUNTS.find((a) => a.role === 'viewer')!;
    loads.push(`demo ${load()}`);
    const asCoordinator = await overHttp(
      demoApi.url,
      await login(demoApi.url, coordinator.username, DEMO_PASSWORD),
      100,
      20,
    );
    const asViewer = await overHttp(
      demoApi.url,
      await login(demoApi.url, viewer.username, DEMO_PASSWORD),
      100,
      20,
    );
    const everything = await overHttp(
      demoApi.url,
      await login(demoApi.url, coordinator.username, DEMO_PASSWORD),
      100,
      20,
      FULL,
    );
    rows.push(
      `| demo district, coordinator (exact) | ${asCoordinator.municipalities} | p50 ${ms(asCoordinator.p50)}, p99 **${ms(asCoordinator.p99)}** (worst round ${ms(asCoordinator.worstRoundP99)}) | ${(asCoordinator.bytes / 1024).toFixed(0)} kB |`,
      `| demo district, viewer (suppressed) | ${asViewer.municipalities} | p50 ${ms(asViewer.p50)}, p99 **${ms(asViewer.p99)}** (worst round ${ms(asViewer.worstRoundP99)}) | ${(asViewer.bytes / 1024).toFixed(0)} kB |`,
      `| demo district, coordinator, everything | ${everything.municipalities} | p50 ${ms(everything.p50)}, p99 **${ms(everything.p99)}** (worst round ${ms(everything.worstRoundP99)}) | ${(everything.bytes / 1024).toFixed(0)} kB |`,
    );
    breakdown.push(
      `| demo district | ${demoInProcess.contacts.toLocaleString('en')} | ${ms(demoInProcess.read)} | ${ms(demoInProcess.figures)} |`,
    );
    targets.push(
      `| whole demo district, one year (the page's query): p99 ≤ ${TARGETS.demo} ms | p50 ${ms(asCoordinator.p50)}, p99 ${ms(asCoordinator.p99)} | ${asCoordinator.p99 <= TARGETS.demo ? 'yes' : '**no**'} |`,
    );
  } finally {
    await demoApi.stop();
  }

  // The state-scale set of bench:graph, with a coordinator login.
  const statePath = join(dir, 'state.kuzu');
  const state = await openGraph({ engine: 'embedded', path: statePath });
  await applySchema(state);
  const set = await loadStateScaleSet(state, { scale, edgeBatch: 250_000 });
  const password = 'bench-only-password';
  await upsertAccounts(state, [
    {
      username: 'bench.coordinator',
      displayName: 'Bench',
      role: 'coordinator',
      managerId: null,
      passwordHash: await hashPassword(password),
      createdAt: 0,
    },
  ]);
  await state.close();
  const stateInProcess = await inProcess(statePath, 10);
  const stateApi = await startApi(statePath, { LOTSE_DEMO_ACCOUNTS: '0', LOTSE_TODAY: '2020-07-15' });
  try {
    const cookie = await login(stateApi.url, 'bench.coordinator', password);
    loads.push(`state-scale ${load()}`);
    const figures = await overHttp(stateApi.url, cookie, 20, 3);
    const everything = await overHttp(stateApi.url, cookie, 20, 3, FULL);
    const label = `state-scale set (${set.N.municipalities.toLocaleString('en')} municipalities)`;
    rows.push(
      `| ${label}, coordinator | ${figures.municipalities} | p50 ${ms(figures.p50)}, p99 **${ms(figures.p99)}** (worst round ${ms(figures.worstRoundP99)}) | ${(figures.bytes / 1024).toFixed(0)} kB |`,
      `| ${label}, coordinator, everything | ${everything.municipalities} | p50 ${ms(everything.p50)}, p99 **${ms(everything.p99)}** (worst round ${ms(everything.worstRoundP99)}) | ${(everything.bytes / 1024).toFixed(0)} kB |`,
    );
    breakdown.push(
      `| ${label} | ${stateInProcess.contacts.toLocaleString('en')} | ${ms(stateInProcess.read)} | ${ms(stateInProcess.figures)} |`,
    );
    targets.push(
      `| state-scale set, one year (the page's query): p99 ≤ ${TARGETS.state} ms | p50 ${ms(figures.p50)}, p99 ${ms(figures.p99)} | ${figures.p99 <= TARGETS.state ? 'yes' : '**no**'} |`,
    );
  } finally {
    await stateApi.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const report = `<!-- bench:report:start -->
### bench:report — the density report (issue #7)

Command: \`npm run bench:report\` · run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · machine: ${machine()}

\`densityReport\` for every municipality, period ${PERIOD.from} – ${PERIOD.to}, compared with the year before, trend over
five half-years (2018-H1 … 2020-H1). *The page's query*: every figure and its change for every municipality and the
total, and a trend line of density, average degree and contacts per actor. *Everything*: also the year before's
figures and five figures per trend point (twice the answer). Through the API in its own process (\`NODE_ENV=production\`) over HTTP on one kept-alive connection,
requests one after another; ${ROUNDS} rounds (demo 100 requests after 20 warm-up, state-scale 20 after 3), all samples
pooled for p50 and p99, the worst round's p99 beside them. Load average (1 min) when each set began:
${loads.join(', ')} — on 2 cores, so above 2 other work shared the machine.

| data set | municipalities | over HTTP | answer |
|---|---|---|---|
${rows.join('\n')}

In-process on the same store before the API opens it (median): the graph reads (actors, and every contact of the
periods bucketed per half-year) and the figures (seven periods: the year, the year before, five half-years).

| data set | contacts read | graph reads | figures |
|---|---|---|---|
${breakdown.join('\n')}

| target | result | met |
|---|---|---|
${targets.join('\n')}
<!-- bench:report:end -->`;
console.log(report);
if (scale === 1) writeDocsSection('bench:report', report);
