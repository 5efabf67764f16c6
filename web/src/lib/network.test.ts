import { describe, expect, it } from 'vitest';
import { shortestPath } from './network';

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
