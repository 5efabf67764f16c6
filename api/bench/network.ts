// `npm run bench:network`, the API half: the `network` query for the whole demo district over its last
// full year of activity (the demo's activity ends in June 2020), through the API in its own process over
// HTTP, logged in as the demo coordinator; beside it one municipality and a two-step ego network, and the
// metrics alone in-process on the district's map (what the graph reads cost is the difference). Figures go
// to docs/PERFORMANCE.md between the bench:network-api markers. The browser half (rendering 2,000 actors)
// belongs in its own file under web/bench/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo-accounts.ts';
import { networkMetrics } from '../src/services/network-metrics.ts';
import { jsonClient, login, machine, percentile, seedDemo, startApi, writeDocsSection } from './harness.ts';

const ROUNDS = 3;
const RUNS = 100;
const WARM_UP = 20;
const TARGET_P99_MS = 300;
const PERIOD = { from: '2019-07-01', to: '2020-06-30' };

const NETWORK = `query ($scope: NetworkScope!, $period: NetworkPeriod!) {
  network(scope: $scope, period: $period) {
    nodes { key label id name kind groupAgs degree contacts betweenness articulation isolated component community }
    edges { source target contacts lastContact bridge }
    summary { nodes edges components communities isolated articulationPoints density averageDegree modularity }
    nodeLimit } }`;

interface NetworkReply {
  errors?: { message: string }[];
  data?: {
    network: {
      nodes: { key: string }[];
      edges: { source: string; target: string; contacts: number }[];
      summary: { nodes: number; edges: number; components: number; communities: number; isolated: number };
    };
  };
}

interface Figures {
  p50: number;
  p99: number;
  worstRoundP99: number;
  nodes: number;
  edges: number;
}

async function measure(post: (body: unknown) => Promise<unknown>, scope: unknown): Promise<Figures> {
  const ask = async () => {
    const started = performance.now();
    const reply = (await post({ query: NETWORK, variables: { scope, period: PERIOD } })) as NetworkReply;
    const ms = performance.now() - started;
    if (reply.errors) throw new Error(reply.errors[0]!.message);
    return { ms, network: reply.data!.network };
  };
  let last = await ask();
  for (let i = 1; i < WARM_UP; i++) last = await ask();
  const all: number[] = [];
  let worstRoundP99 = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await ask()).ms);
    times.sort((a, b) => a - b);
    worstRoundP99 = Math.max(worstRoundP99, percentile(times, 99));
    all.push(...times);
  }
  all.sort((a, b) => a - b);
  return {
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    worstRoundP99,
    nodes: last.network.summary.nodes,
    edges: last.network.summary.edges,
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'lotse-bench-network-'));
try {
  const dataPath = join(dir, 'demo.kuzu');
  seedDemo(dataPath);
  // Kept maps off: every request computes its map (a kept one answers in a few ms; browser half).
  const api = await startApi(dataPath, { LOTSE_DEMO_ACCOUNTS: '1', LOTSE_NETWORK_TTL_SECONDS: '0' });
  try {
    const coordinator = DEMO_ACCOUNTS.find((a) => a.role === 'coordinator')!;
    const cookie = await login(api.url, coordinator.username, DEMO_PASSWORD);
    const client = jsonClient(api.url);
    const post = (body: unknown) => client(body, { cookie });

    const district = await measure(post, { district: true });
    const ehingen = await measure(post, { municipalityAgs: ['08425033'] });
    const ego = await measure(post, { ego: { label: 'MANAGER', id: 'demo-im-01' }, steps: 2 });

    // The metrics alone, in this process, on the district's map as the API drew it.
    const map = (
      (await post({
        query: NETWORK,
        variables: { scope: { district: true }, period: PERIOD },
      })) as NetworkReply
    ).data!.network;
    const keys = map.nodes.map((n) => n.key);
    const metricTimes: number[] = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const started = performance.now();
      // Every metric read: betweenness and communities are computed on first read.
      void networkMetrics(keys, map.edges).summary.modularity;
      if (i >= WARM_UP) metricTimes.push(performance.now() - started);
    }
    metricTimes.sort((a, b) => a - b);

    const row = (label: string, f: Figures) =>
      `| ${label} | ${f.nodes} / ${f.edges} | p50 ${ms(f.p50)}, p99 **${ms(f.p99)}** (worst round ${ms(f.worstRoundP99)}) |`;
    const met = district.p99 <= TARGET_P99_MS;
    const report = `<!-- bench:network-api:start -->
### bench:network (API half) — the network map of the demo district

Command: \`npm run bench:network\` · run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · machine: ${machine()}

The \`network\` query with every node and edge field, period ${PERIOD.from} – ${PERIOD.to} (the demo's last full
year of activity), through the API in its own process (\`NODE_ENV=production\`) over HTTP on one kept-alive
connection, logged in as the demo coordinator, with the API's kept maps off (\`LOTSE_NETWORK_TTL_SECONDS=0\`:
every request computes its map); ${WARM_UP} warm-up requests, then ${ROUNDS} rounds of ${RUNS} sequential
requests per scope. The district's map: components ${map.summary.components}, communities ${map.summary.communities}, isolated actors ${map.summary.isolated}.

| scope | actors / ties | over HTTP |
|---|---|---|
${row('whole district', district)}
${row('one municipality (Ehingen)', ehingen)}
${row('ego network, 2 steps (IM Demo 01)', ego)}

Metrics alone on the district's map, in-process (betweenness, Louvain, Tarjan; ${RUNS} runs): p50 ${ms(percentile(metricTimes, 50))}, p99 ${ms(percentile(metricTimes, 99))}.

| target | result | met |
|---|---|---|
| whole district over one year: p99 ≤ ${TARGET_P99_MS} ms | ${ms(district.p99)} | ${met ? 'yes' : '**no**'} |
<!-- bench:network-api:end -->`;
    console.log(report);
    writeDocsSection('bench:network-api', report);
  } finally {
    await api.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
