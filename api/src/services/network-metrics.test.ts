// Network metrics on small graphs, against values computed by hand (normalised betweenness of a node v in
// an undirected graph of n nodes: 2 · (pairs whose shortest paths run through v) / ((n − 1)(n − 2))).
import { describe, expect, it } from 'vitest';
import {
  betweenness,
  EXACT_BETWEENNESS_LIMIT,
  networkMetrics,
  SAMPLED_SOURCES,
  seededRandom,
  type MetricsEdge,
} from './network-metrics.ts';

/** Edges from "a-b" strings, one contact each unless given as "a-b:3". */
const edges = (...pairs: string[]): MetricsEdge[] =>
  pairs.map((pair) => {
    const [ends, contacts] = pair.split(':');
    const [source, target] = ends!.split('-');
    return { source: source!, target: target!, contacts: Number(contacts ?? 1) };
  });

const byNode = (nodes: string[], list: MetricsEdge[]) => {
  const metrics = networkMetrics(nodes, list);
  return { ...metrics, of: (key: string) => metrics.nodes[nodes.indexOf(key)]! };
};

describe('network metrics', () => {
  it('a path a–b–c–d: inner nodes are articulation points, every tie a bridge', () => {
    const m = byNode(['a', 'b', 'c', 'd'], edges('a-b', 'b-c', 'c-d'));
    // b lies on a–c and a–d: 2 · 2 / (3 · 2)
    expect(m.of('b').betweenness).toBeCloseTo(2 / 3, 10);
    expect(m.of('c').betweenness).toBeCloseTo(2 / 3, 10);
    expect(m.of('a').betweenness).toBe(0);
    expect(['a', 'b', 'c', 'd'].map((k) => m.of(k).articulation)).toEqual([false, true, true, false]);
    expect(m.bridges).toEqual([true, true, true]);
    expect(['a', 'b', 'c', 'd'].map((k) => m.of(k).degree)).toEqual([1, 2, 2, 1]);
    expect(m.summary).toMatchObject({
      nodes: 4,
      edges: 3,
      components: 1,
      isolated: 0,
      articulationPoints: 2,
      density: 0.5,
      averageDegree: 1.5,
    });
  });

  it('a star: the centre carries every shortest path (betweenness 1), the leaves none', () => {
    const m = byNode(['s', 'l1', 'l2', 'l3', 'l4'], edges('s-l1:2', 's-l2', 's-l3', 's-l4:5'));
    expect(m.of('s').betweenness).toBeCloseTo(1, 10);
    for (const leaf of ['l1', 'l2', 'l3', 'l4']) {
      expect(m.of(leaf).betweenness).toBe(0);
      expect(m.of(leaf).articulation).toBe(false);
    }
    expect(m.of('s')).toMatchObject({ articulation: true, degree: 4, contacts: 9 });
    expect(m.of('l4').contacts).toBe(5);
    expect(m.bridges).toEqual([true, true, true, true]);
    expect(m.summary).toMatchObject({ density: 0.4, averageDegree: 1.6, articulationPoints: 1 });
  });

  const triangles = edges('a-b', 'b-c', 'a-c', 'c-d', 'd-e', 'e-f', 'd-f');

  it('two triangles joined by one tie: that tie is the only bridge, its ends the articulation points', () => {
    const m = byNode(['a', 'b', 'c', 'd', 'e', 'f'], triangles);
    expect(m.bridges).toEqual([false, false, false, true, false, false, false]);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].filter((k) => m.of(k).articulation)).toEqual(['c', 'd']);
    // c lies on every path from {a, b} to {d, e, f}: 6 pairs; 2 · 6 / (5 · 4)
    expect(m.of('c').betweenness).toBeCloseTo(0.6, 10);
    expect(m.of('d').betweenness).toBeCloseTo(0.6, 10);
    expect(m.of('a').betweenness).toBe(0);
    // Louvain finds the triangles; modularity 2 · (3/7 − (7/14)²) = 5/14
    expect(new Set(['a', 'b', 'c'].map((k) => m.of(k).community)).size).toBe(1);
    expect(new Set(['d', 'e', 'f'].map((k) => m.of(k).community)).size).toBe(1);
    expect(m.of('a').community).not.toBe(m.of('f').community);
    expect(m.summary.communities).toBe(2);
    expect(m.summary.modularity).toBeCloseTo(5 / 14, 10);
    expect(m.summary.density).toBeCloseTo(7 / 15, 10);
  });

  it('an isolated actor: its own component and community after the larger ones, counted as isolated', () => {
    const m = byNode(['z', 'a', 'b', 'c', 'd', 'e', 'f'], triangles);
    expect(m.of('z')).toEqual({
      degree: 0,
      contacts: 0,
      betweenness: 0,
      articulation: false,
      isolated: true,
      component: 1,
      community: 2,
    });
    expect(m.of('a').component).toBe(0);
    // n = 7 now: 2 · 6 / (6 · 5)
    expect(m.of('c').betweenness).toBeCloseTo(0.4, 10);
    expect(m.summary).toMatchObject({ nodes: 7, edges: 7, components: 2, isolated: 1, communities: 3 });
    expect(m.summary.density).toBeCloseTo(7 / 21, 10);
    expect(m.summary.averageDegree).toBe(2);
  });

  it('components are numbered by size, ties by their first key; an empty map has zero everything', () => {
    const m = byNode(['x1', 'x2', 'p', 'q', 'r'], edges('x1-x2', 'p-q', 'q-r'));
    expect(['p', 'q', 'r', 'x1', 'x2'].map((k) => m.of(k).component)).toEqual([0, 0, 0, 1, 1]);
    expect(networkMetrics([], []).summary).toEqual({
      nodes: 0,
      edges: 0,
      components: 0,
      communities: 0,
      isolated: 0,
      articulationPoints: 0,
      density: 0,
      averageDegree: 0,
      modularity: 0,
    });
  });

  it('the same map in another order gives the same metrics (seeded Louvain)', () => {
    // Two dense groups with a few ties between them: Louvain has choices to make here.
    const nodes = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const list: MetricsEdge[] = [];
    for (let i = 0; i < 40; i++)
      for (let j = i + 1; j < 40; j++)
        if (i < 20 === j < 20 ? (i * 7 + j * 3) % 4 === 0 : (i + j) % 13 === 0)
          list.push({ source: nodes[i]!, target: nodes[j]!, contacts: 1 + ((i + j) % 3) });
    const first = networkMetrics(nodes, list);
    const reversedNodes = [...nodes].reverse();
    const reversed = networkMetrics(
      reversedNodes,
      [...list].reverse().map((e) => ({ ...e, source: e.target, target: e.source })),
    );
    expect(reversedNodes.map((_, i) => reversed.nodes[i])).toEqual(
      reversedNodes.map((key) => first.nodes[nodes.indexOf(key)]),
    );
    expect(reversed.summary).toEqual(first.summary);
    expect(networkMetrics(nodes, list)).toEqual(first);
  });

  it('finds articulation points and bridges on a path of 5,000 actors without running out of stack', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => `p${String(i).padStart(4, '0')}`);
    const list = nodes.slice(1).map((key, i) => ({ source: nodes[i]!, target: key, contacts: 1 }));
    const m = networkMetrics(nodes, list);
    expect(m.summary.articulationPoints).toBe(4998);
    expect(m.bridges.every(Boolean)).toBe(true);
  });
});

describe('betweenness on a larger map', () => {
  it('equals graphology’s exact betweenness on a random map of 300 actors', async () => {
    const { UndirectedGraph } = await import('graphology');
    const { default: reference } = await import('graphology-metrics/centrality/betweenness.js');
    const random = seededRandom(7);
    const keys = Array.from({ length: 300 }, (_, i) => `n${String(i).padStart(3, '0')}`);
    const pairs = new Set<string>();
    const edges: { source: string; target: string; contacts: number }[] = [];
    while (edges.length < 900) {
      const a = keys[Math.floor(random() * keys.length)]!;
      const b = keys[Math.floor(random() * keys.length)]!;
      const pair = [a, b].sort().join('|');
      if (a === b || pairs.has(pair)) continue;
      pairs.add(pair);
      edges.push({ source: a, target: b, contacts: 1 });
    }
    const graph = new UndirectedGraph();
    keys.forEach((key) => graph.addNode(key));
    edges.forEach((e) => graph.addEdge(e.source, e.target));
    const expected = reference(graph, { getEdgeWeight: null, normalized: true });
    const metrics = networkMetrics(keys, edges);
    keys.forEach((key, i) => expect(metrics.nodes[i]!.betweenness).toBeCloseTo(expected[key]!, 12));
  });
});

describe('betweenness on a large map', () => {
  it('is estimated from a fixed sample above the limit: the same map gives the same values, close to the exact ones', () => {
    const random = seededRandom(11);
    const n = EXACT_BETWEENNESS_LIMIT + 100;
    const adjacency: [number, number][][] = Array.from({ length: n }, () => []);
    // A ring (so everything is connected) with random chords.
    for (let i = 0; i < n; i++) {
      adjacency[i]!.push([(i + 1) % n, 0]);
      adjacency[(i + 1) % n]!.push([i, 0]);
    }
    for (let c = 0; c < n; c++) {
      const a = Math.floor(random() * n);
      const b = Math.floor(random() * n);
      if (a === b || adjacency[a]!.some(([x]) => x === b)) continue;
      adjacency[a]!.push([b, 0]);
      adjacency[b]!.push([a, 0]);
    }
    const exact = betweenness(adjacency);
    const estimate = betweenness(adjacency, SAMPLED_SOURCES);
    expect([...betweenness(adjacency, SAMPLED_SOURCES)]).toEqual([...estimate]);
    // The estimate keeps the picture: the top actors by exact value rank high, and totals agree.
    const total = (values: Float64Array) => values.reduce((sum, v) => sum + v, 0);
    expect(Math.abs(total(estimate) - total(exact)) / total(exact)).toBeLessThan(0.1);
    const top = (values: Float64Array, k: number) =>
      new Set([...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, k));
    const exactTop = top(exact, 10);
    const overlap = [...top(estimate, 20)].filter((v) => exactTop.has(v)).length;
    expect(overlap).toBeGreaterThanOrEqual(7);
  });
});
