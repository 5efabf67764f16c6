import { describe, expect, it } from 'vitest';
import { createNetworkCache } from './network-cache.ts';
import type { NetworkView } from './network-map.ts';

/** An empty map that says which load made it (as its node count). */
const numberedMap = (number: number): NetworkView => ({
  nodes: [],
  edges: [],
  edgeColumns: { source: [], target: [], contacts: [], lastContact: [], bridge: [] },
  summary: { nodes: number } as NetworkView['summary'],
  nodeLimit: 1,
});

/** A distinct map per load, so a test sees which load answered. */
function loader() {
  let loads = 0;
  const load = async (): Promise<NetworkView> => {
    loads += 1;
    return numberedMap(loads);
  };
  return { load, loads: () => loads };
}
const loadNumber = async (view: Promise<NetworkView>) => (await view).summary.nodes;

describe('the network maps in memory', () => {
  it('answers the same key from memory until invalidated or older than the TTL', async () => {
    let now = 0;
    const cache = createNetworkCache(1000, () => now);
    const { load, loads } = loader();
    expect(await loadNumber(cache.get('a', load))).toBe(1);
    now = 999;
    expect(await loadNumber(cache.get('a', load))).toBe(1);
    expect(await loadNumber(cache.get('b', load))).toBe(2); // another scope, period or kinds
    cache.invalidate();
    expect(await loadNumber(cache.get('a', load))).toBe(3);
    now = 999 + 1000; // the TTL from the load
    expect(await loadNumber(cache.get('a', load))).toBe(4);
    expect(loads()).toBe(4);
  });

  it('a load under way when the cache is emptied answers its callers but is not kept', async () => {
    const cache = createNetworkCache(60_000);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    const slowLoad = async (): Promise<NetworkView> => {
      loads += 1;
      const number = loads;
      if (number === 1) await gate;
      return numberedMap(number);
    };
    const first = cache.get('a', slowLoad);
    const joined = cache.get('a', slowLoad); // waits for the same load
    cache.invalidate(); // a mutation while the map was read
    release();
    expect([await loadNumber(first), await loadNumber(joined)]).toEqual([1, 1]);
    expect(await loadNumber(cache.get('a', slowLoad))).toBe(2);
  });

  it('keeps no failed load, no finished map with TTL 0, and at most eight maps', async () => {
    const cache = createNetworkCache(60_000);
    await expect(cache.get('a', () => Promise.reject(new Error('graph down')))).rejects.toThrow('graph down');
    const { load, loads } = loader();
    expect(await loadNumber(cache.get('a', load))).toBe(1);

    const uncached = createNetworkCache(0);
    const counted = loader();
    await uncached.get('a', counted.load);
    await uncached.get('a', counted.load);
    expect(counted.loads()).toBe(2);
    // … but requests during one computation share it.
    await Promise.all([uncached.get('a', counted.load), uncached.get('a', counted.load)]);
    expect(counted.loads()).toBe(3);

    for (const key of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) await cache.get(key, load);
    expect(loads()).toBe(9);
    await cache.get('i', load); // the newest is kept
    expect(loads()).toBe(9);
    await cache.get('a', load); // the least recently used went first
    expect(loads()).toBe(10);
  });
});
