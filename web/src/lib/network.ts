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
}

/** What the graph component draws of a tie. */
export interface GraphEdge {
  source: string;
  target: string;
  contacts: number;
  bridge: boolean;
}

/** The ties as the API sends them for a map (`Network.edgeColumns`): entry i of each list is tie i. */
export interface EdgeColumns {
  source: readonly number[];
  target: readonly number[];
  contacts: readonly number[];
  bridge: readonly boolean[];
}

/** The ties of `columns` as one object each, with the keys of the `nodes` their positions point at. */
export function tiesFromColumns(nodes: readonly { key: string }[], columns: EdgeColumns): GraphEdge[] {
  const { source, target, contacts, bridge } = columns;
  const lengths = [target.length, contacts.length, bridge.length];
  if (lengths.some((length) => length !== source.length)) {
    throw new Error(`edgeColumns: columns of different lengths (${[source.length, ...lengths].join(', ')})`);
  }
  const keyAt = (position: number) => {
    const node = nodes[position];
    if (!node) throw new Error(`edgeColumns: no actor at position ${position} of ${nodes.length}`);
    return node.key;
  };
  return source.map((from, i) => ({
    source: keyAt(from),
    target: keyAt(target[i]!),
    contacts: contacts[i]!,
    bridge: bridge[i]!,
  }));
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

/** Where a municipality lies (its centre), for the first picture of a map. */
export interface GroupPlace {
  lat: number;
  lon: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * The first picture of a map before anyone moves it: each municipality's actors packed in a sunflower
 * around a point, the points where the municipalities lie, pushed apart until no two groups overlap.
 * Linear in the actors (plus a few rounds over the groups), so 2,000 actors take milliseconds where a
 * force layout takes seconds; the hubs (most partners) sit in the middle of their group.
 */
export function geographicLayout(
  nodes: readonly Pick<GraphNode, 'key' | 'groupAgs' | 'degree'>[],
  places: ReadonlyMap<string, GroupPlace>,
  spacing = 34,
): Map<string, { x: number; y: number }> {
  const groups = new Map<string, Pick<GraphNode, 'key' | 'groupAgs' | 'degree'>[]>();
  for (const node of nodes) {
    const members = groups.get(node.groupAgs);
    if (members) members.push(node);
    else groups.set(node.groupAgs, [node]);
  }
  const known = [...groups.keys()].map((ags) => places.get(ags)).filter((p): p is GroupPlace => Boolean(p));
  const lat0 = known.length ? known.reduce((s, p) => s + p.lat, 0) / known.length : 0;
  const lon0 = known.length ? known.reduce((s, p) => s + p.lon, 0) / known.length : 0;
  const cosLat = Math.cos((lat0 * Math.PI) / 180);

  // Group circles: radius from the number of actors; start where the municipality lies (km × scale).
  const circles = [...groups.entries()].map(([ags, members], i) => {
    const place = places.get(ags);
    const r = spacing * (0.8 + Math.sqrt(members.length) * 0.62);
    const x = place ? (place.lon - lon0) * 111.32 * cosLat : Math.cos(i) * 50;
    const y = place ? -(place.lat - lat0) * 111.32 : Math.sin(i) * 50;
    return { ags, members, r, x, y, ax: 0, ay: 0 };
  });
  // Kilometres to pixels: the median group should be about as wide as the median distance to its
  // nearest neighbour, so the picture keeps the district's shape and the push below has little to do.
  const nearest = circles.map((c) =>
    Math.min(...circles.filter((o) => o !== c).map((o) => Math.hypot(o.x - c.x, o.y - c.y)), Infinity),
  );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 1;
  const finite = nearest.filter(Number.isFinite);
  const scale = finite.length ? (2.2 * median(circles.map((c) => c.r))) / Math.max(median(finite), 0.1) : 1;
  for (const c of circles) {
    c.x *= scale;
    c.y *= scale;
    c.ax = c.x;
    c.ay = c.y;
  }
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const a = circles[i]!;
        const b = circles[j]!;
        const dx = b.x - a.x || 0.01;
        const dy = b.y - a.y || 0.01;
        const reach = a.r + b.r + spacing * 0.6;
        // Squared first: most pairs are far apart, and 56 municipalities make ≈ 300,000 comparisons.
        const squared = dx * dx + dy * dy;
        if (squared >= reach * reach) continue;
        const distance = Math.sqrt(squared);
        const overlap = reach - distance;
        moved = true;
        const push = overlap / 2 / distance;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
      }
    }
    if (!moved) break;
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const c of circles) {
    // Busiest first; keys (unique) in code-unit order: a locale's order cost ≈ 50 ms for 2,000 actors.
    const members = [...c.members].sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : 1));
    members.forEach((node, i) => {
      const radius = spacing * 0.62 * Math.sqrt(i);
      positions.set(node.key, {
        x: Math.round(c.x + radius * Math.cos(i * GOLDEN_ANGLE)),
        y: Math.round(c.y + radius * Math.sin(i * GOLDEN_ANGLE)),
      });
    });
  }
  return positions;
}

/** One community of the map against the municipality groups: its actors, and how many lie in each group. */
export interface CommunityAcrossGroups {
  community: number;
  actors: number;
  /** Groups (AGS) by number of the community's actors in them, most first; ties by AGS. */
  groups: { ags: string; actors: number }[];
}

/**
 * The communities (Louvain) against the municipality groups, for the legend of the colouring by community:
 * does a community keep to one municipality, or does it join several? Largest community first.
 */
export function communitiesAcrossGroups(
  nodes: readonly { key: string; groupAgs: string }[],
  communityOf: ReadonlyMap<string, number>,
): CommunityAcrossGroups[] {
  const byCommunity = new Map<number, Map<string, number>>();
  for (const node of nodes) {
    const community = communityOf.get(node.key);
    if (community === undefined) continue;
    const groups = byCommunity.get(community) ?? byCommunity.set(community, new Map()).get(community)!;
    groups.set(node.groupAgs, (groups.get(node.groupAgs) ?? 0) + 1);
  }
  return [...byCommunity]
    .map(([community, groups]) => ({
      community,
      actors: [...groups.values()].reduce((sum, n) => sum + n, 0),
      groups: [...groups]
        .map(([ags, actors]) => ({ ags, actors }))
        .sort((a, b) => b.actors - a.actors || (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0)),
    }))
    .sort((a, b) => b.actors - a.actors || a.community - b.community);
}
