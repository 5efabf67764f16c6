// Pure helpers of the network map: colours by kind and community, and the shortest path between two
// actors over the ties of the map (breadth-first: every tie counts as one step, as coordinators count).
import type { NetworkActorKind } from '$lib/graphql/__generated__/graphql';

/** What the graph component draws of an actor. */
export interface GraphNode {
  key: string;
  name: string;
  kind: NetworkActorKind;
  groupAgs: string;
  degree: number;
  isolated: boolean;
  articulation: boolean;
  community: number;
}

/** What the graph component draws of a tie. */
export interface GraphEdge {
  source: string;
  target: string;
  contacts: number;
  bridge: boolean;
}

/** Distinguishable colours with ≥ 3:1 contrast against white, one per kind. */
export const KIND_COLOURS: Record<NetworkActorKind, string> = {
  MANAGER: '#0b4f6c',
  JOB_CENTRE: '#b45309',
  EMPLOYMENT_AGENCY: '#92400e',
  IMMIGRATION_OFFICE: '#7c3aed',
  SOCIAL_WELFARE_OFFICE: '#be185d',
  COUNSELLING_PROVIDER: '#047857',
  HELPER_CIRCLE: '#c2410c',
  ASSOCIATION: '#4d7c0f',
  MIGRANT_ORGANISATION: '#0e7490',
  LANGUAGE_COURSE_PROVIDER: '#1d4ed8',
  TOWN_HALL: '#52525b',
  INTEGRATION_COMMISSIONER: '#9d174d',
  EMPLOYER: '#854d0e',
  SCHOOL_KITA: '#15803d',
  HEALTH: '#b91c1c',
  IM_CARRIER: '#1e3a8a',
  OTHER: '#6b7280',
};

const COMMUNITY_COLOURS = [
  '#1d4ed8',
  '#b45309',
  '#047857',
  '#be185d',
  '#7c3aed',
  '#0e7490',
  '#4d7c0f',
  '#b91c1c',
  '#854d0e',
  '#1e3a8a',
  '#9d174d',
  '#15803d',
];

/** Community 0 is the largest; beyond the palette, communities share grey. */
export const communityColour = (community: number): string => COMMUNITY_COLOURS[community] ?? '#6b7280';

/** The keys along a shortest path from `from` to `to` (both included), or null when there is none. */
export function shortestPath(
  edges: readonly { source: string; target: string }[],
  from: string,
  to: string,
): string[] | null {
  if (from === to) return [from];
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    (neighbours.get(source) ?? neighbours.set(source, []).get(source)!).push(target);
    (neighbours.get(target) ?? neighbours.set(target, []).get(target)!).push(source);
  }
  const previous = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const other of neighbours.get(key) ?? []) {
        if (previous.has(other)) continue;
        previous.set(other, key);
        if (other === to) {
          const path = [to];
          while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
          return path;
        }
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}
