import { describe, expect, it } from 'vitest';
import { communitiesAcrossGroups, geographicLayout, shortestPath, tiesFromColumns } from './network';

const tie = (source: string, target: string) => ({ source, target });

describe('shortest path on the network map', () => {
  // a – b – c – d, and a shortcut a – e – d; f stands alone.
  const edges = [tie('a', 'b'), tie('b', 'c'), tie('c', 'd'), tie('a', 'e'), tie('e', 'd')];

  it('takes the fewest ties, whichever direction they were recorded in', () => {
    expect(shortestPath(edges, 'a', 'd')).toEqual(['a', 'e', 'd']);
    expect(shortestPath(edges, 'd', 'b')).toEqual(['d', 'c', 'b']);
  });

  it('is the actor itself for the same actor, and null without a path', () => {
    expect(shortestPath(edges, 'c', 'c')).toEqual(['c']);
    expect(shortestPath(edges, 'a', 'f')).toBeNull();
  });
});

describe('the first picture of a network map', () => {
  const places = new Map([
    ['A', { lat: 48.4, lon: 9.9 }],
    ['B', { lat: 48.41, lon: 9.91 }],
    ['C', { lat: 48.2, lon: 9.6 }],
  ]);
  const nodes = [
    ...Array.from({ length: 40 }, (_, i) => ({ key: `a${i}`, groupAgs: 'A', degree: i })),
    ...Array.from({ length: 10 }, (_, i) => ({ key: `b${i}`, groupAgs: 'B', degree: 1 })),
    ...Array.from({ length: 5 }, (_, i) => ({ key: `c${i}`, groupAgs: 'C', degree: 1 })),
  ];
  const positions = geographicLayout(nodes, places);
  const box = (prefix: string) => {
    const points = nodes.filter((n) => n.key.startsWith(prefix)).map((n) => positions.get(n.key)!);
    return {
      x1: Math.min(...points.map((p) => p.x)),
      x2: Math.max(...points.map((p) => p.x)),
      y1: Math.min(...points.map((p) => p.y)),
      y2: Math.max(...points.map((p) => p.y)),
    };
  };
  const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
    a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

  it('places every actor, each at its own spot', () => {
    expect(positions.size).toBe(nodes.length);
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(nodes.length);
  });

  it('keeps groups apart even when their municipalities lie close together', () => {
    expect(overlap(box('a'), box('b'))).toBe(false);
    expect(overlap(box('a'), box('c'))).toBe(false);
  });

  it('keeps the lie of the land: the southern-western municipality is drawn below and left', () => {
    expect(box('c').y1).toBeGreaterThan(box('a').y1);
    expect(box('c').x1).toBeLessThan(box('a').x1);
  });

  it('puts the actor with the most partners in the middle of its group', () => {
    const hub = positions.get('a39')!;
    const a = box('a');
    expect(Math.abs(hub.x - (a.x1 + a.x2) / 2)).toBeLessThan((a.x2 - a.x1) / 4);
    expect(Math.abs(hub.y - (a.y1 + a.y2) / 2)).toBeLessThan((a.y2 - a.y1) / 4);
  });
});

describe('the ties of a map as the API sends them (columns into the actors)', () => {
  const nodes = [{ key: 'ORGANIZATION:a' }, { key: 'MANAGER:b' }, { key: 'ORGANIZATION:c' }];

  it('gives one tie per position with the keys of the actors it points at', () => {
    const columns = { source: [0, 2], target: [1, 1], contacts: [3, 1], bridge: [false, true] };
    expect(tiesFromColumns(nodes, columns)).toEqual([
      { source: 'ORGANIZATION:a', target: 'MANAGER:b', contacts: 3, bridge: false },
      { source: 'ORGANIZATION:c', target: 'MANAGER:b', contacts: 1, bridge: true },
    ]);
    expect(tiesFromColumns(nodes, { source: [], target: [], contacts: [], bridge: [] })).toEqual([]);
  });

  it('refuses columns that do not fit together or point past the actors', () => {
    expect(() =>
      tiesFromColumns(nodes, { source: [0, 1], target: [1], contacts: [1, 1], bridge: [false, false] }),
    ).toThrow(/different lengths \(2, 1, 2, 2\)/);
    expect(() =>
      tiesFromColumns(nodes, { source: [0], target: [3], contacts: [1], bridge: [false] }),
    ).toThrow(/no actor at position 3 of 3/);
  });
});

describe('communities against municipality groups', () => {
  const nodes = [
    { key: 'a1', groupAgs: 'A' },
    { key: 'a2', groupAgs: 'A' },
    { key: 'a3', groupAgs: 'A' },
    { key: 'b1', groupAgs: 'B' },
    { key: 'b2', groupAgs: 'B' },
    { key: 'c1', groupAgs: 'C' },
  ];

  it("counts each community's actors per municipality, largest community and municipality first", () => {
    // Community 1 joins A and B; community 0 keeps to B; c1 has no community yet.
    const communityOf = new Map([
      ['a1', 1],
      ['a2', 1],
      ['b1', 1],
      ['a3', 1],
      ['b2', 0],
    ]);
    expect(communitiesAcrossGroups(nodes, communityOf)).toEqual([
      {
        community: 1,
        actors: 4,
        groups: [
          { ags: 'A', actors: 3 },
          { ags: 'B', actors: 1 },
        ],
      },
      { community: 0, actors: 1, groups: [{ ags: 'B', actors: 1 }] },
    ]);
  });

  it('orders equal municipalities by AGS and equal communities by number', () => {
    const communityOf = new Map([
      ['b1', 3],
      ['a1', 3],
      ['c1', 5],
      ['b2', 5],
      ['a2', 4],
    ]);
    expect(communitiesAcrossGroups(nodes, communityOf)).toEqual([
      {
        community: 3,
        actors: 2,
        groups: [
          { ags: 'A', actors: 1 },
          { ags: 'B', actors: 1 },
        ],
      },
      {
        community: 5,
        actors: 2,
        groups: [
          { ags: 'B', actors: 1 },
          { ags: 'C', actors: 1 },
        ],
      },
      { community: 4, actors: 1, groups: [{ ags: 'A', actors: 1 }] },
    ]);
  });
});
