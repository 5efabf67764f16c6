// Contact density per municipality (DESIGN.md, "Contact density"; issue #7): the formulas, in one place.
// docs/REPORTS.md explains them with examples and must say the same as this file.
//
// For a municipality m and a period P:
//   A(m)            organisations located in m (not archived) plus managers covering m; a manager covering
//                   several municipalities is an actor in each
//   tie             an unordered pair {a, b} of actors with ≥ 1 CONTACT between them in P, either direction
//   ties            ties with both ends in A(m)
//   possibleTies    |A|·(|A|−1)/2
//   density         ties / possibleTies                       (null when |A| < 2)
//   averageDegree   2·ties / |A|                              (null when |A| = 0)
//   contacts        CONTACT events in P between two actors of A(m)
//   contactsPerActor contacts / |A|                           (null when |A| = 0)
//   isolatedActors  actors of A(m) without any tie in P — inside m or outside it (as on the network map)
//   components      connected components of (A(m), ties in m); an actor without a tie in m is one
//   externalTies    ties with one end in A(m) and the other outside A(m)
// The district's total row uses the same formulas with A(D) = the union of A(m) over its municipalities.
// Partners that are not actors (archived organisations) count nowhere. Pure: no graph, no roles.
import type { ReportNetwork } from '@lotse/graph';

export interface DensityFigures {
  actors: number;
  possibleTies: number;
  ties: number;
  density: number | null;
  averageDegree: number | null;
  contacts: number;
  contactsPerActor: number | null;
  isolatedActors: number;
  components: number;
  externalTies: number;
}

export const possibleTies = (actors: number): number => (actors < 2 ? 0 : (actors * (actors - 1)) / 2);
export const density = (ties: number, actors: number): number | null =>
  actors < 2 ? null : ties / possibleTies(actors);
export const averageDegree = (ties: number, actors: number): number | null =>
  actors === 0 ? null : (2 * ties) / actors;
export const contactsPerActor = (contacts: number, actors: number): number | null =>
  actors === 0 ? null : contacts / actors;

/** The figures from the counts a scope's graph yields. */
export function densityFigures(counts: {
  actors: number;
  ties: number;
  contacts: number;
  isolatedActors: number;
  components: number;
  externalTies: number;
}): DensityFigures {
  const { actors, ties, contacts } = counts;
  return {
    actors,
    possibleTies: possibleTies(actors),
    ties,
    density: density(ties, actors),
    averageDegree: averageDegree(ties, actors),
    contacts,
    contactsPerActor: contactsPerActor(contacts, actors),
    isolatedActors: counts.isolatedActors,
    components: counts.components,
    externalTies: counts.externalTies,
  };
}

export type DensityChange = { [K in keyof DensityFigures]: number | null };

/** Absolute differences, current − previous; null where either side is null. */
export function densityChange(current: DensityFigures, previous: DensityFigures): DensityChange {
  const change = {} as DensityChange;
  for (const key of Object.keys(current) as (keyof DensityFigures)[]) {
    const a = current[key];
    const b = previous[key];
    change[key] = a === null || b === null ? null : a - b;
  }
  return change;
}

export interface ScopeFigures {
  /** Per municipality of the scope, in the order given. */
  municipalities: DensityFigures[];
  /** The scope's municipalities taken together (A(D) = the union of their actors). */
  total: DensityFigures;
}

/** Union-find over integer ids with path halving; counts successful unions. */
class Components {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  private root(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  }
  /** Joins the components of a and b; true when they were apart. */
  union(a: number, b: number): boolean {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return false;
    this.parent[ra > rb ? ra : rb] = ra > rb ? rb : ra;
    return true;
  }
}

/** Open addressing over pair keys (u·n + v, below 2^53): a Map of 350,000 numbers costs ≈ 10× more. */
class PairIndex {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.keys = new Float64Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }
  /** The index of `key`; a key seen for the first time gets `next`. */
  indexOf(key: number, next: number): number {
    let slot = (Math.imul((key % 2147483647) | 0, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const stored = this.keys[slot]!;
      if (stored === key) return this.values[slot]!;
      if (stored === -1) {
        this.keys[slot] = key;
        this.values[slot] = next;
        return next;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * Prepares a network for figures over several windows: which actors belong to which municipality of
 * the scope. `scope` lists the municipalities (AGS) the report covers.
 */
export function densityCalculator(network: ReportNetwork, scope: readonly string[]) {
  const actorCount = network.actors.length;
  const position = new Map(scope.map((ags, i) => [ags, i]));
  // memberships: one per (municipality of the scope, actor); an actor's are contiguous
  const membershipStart = new Int32Array(actorCount + 1);
  const membershipMunicipality: number[] = [];
  const members: number[][] = scope.map(() => []);
  const inScope = new Uint8Array(actorCount);
  network.actors.forEach((actor, index) => {
    membershipStart[index] = membershipMunicipality.length;
    for (const ags of actor.municipalities) {
      const m = position.get(ags);
      if (m === undefined) continue;
      membershipMunicipality.push(m);
      members[m]!.push(index);
      inScope[index] = 1;
    }
  });
  membershipStart[actorCount] = membershipMunicipality.length;
  const scopeActors: number[] = [];
  for (let i = 0; i < actorCount; i++) if (inScope[i]) scopeActors.push(i);

  // Every pair of actors with a contact in any bucket gets an index once; each bucket lists the pair of
  // each of its contacts. A window then counts contacts per pair in a typed array.
  const contactCount = network.contacts.reduce((n, list) => n + list.length / 2, 0);
  const pairIndex = new PairIndex(contactCount);
  const pairU = new Int32Array(contactCount);
  const pairV = new Int32Array(contactCount);
  let pairCount = 0;
  const bucketPairs = network.contacts.map((list) => {
    const out = new Int32Array(list.length / 2);
    for (let i = 0, k = 0; i < list.length; i += 2, k++) {
      const a = list[i]!;
      const b = list[i + 1]!;
      const u = a < b ? a : b;
      const v = a < b ? b : a;
      const p = pairIndex.indexOf(u * actorCount + v, pairCount);
      if (p === pairCount) {
        pairU[p] = u;
        pairV[p] = v;
        pairCount++;
      }
      out[k] = p;
    }
    return out;
  });

  // Contacts per pair in the current window, and which pairs it touched: kept between windows (and put
  // back to zero after each), since fresh megabyte buffers per window kept the garbage collector busy.
  const counts = new Int32Array(pairCount);
  const touched = new Int32Array(pairCount);

  /** The figures of every municipality of the scope and of the scope as a whole, over one window. */
  function figures(window: { from: number; to: number }): ScopeFigures {
    let touchedCount = 0;
    for (let b = 0; b < network.buckets.length; b++) {
      const bucket = network.buckets[b]!;
      if (bucket.from < window.from || bucket.to > window.to) continue;
      const list = bucketPairs[b]!;
      for (let i = 0; i < list.length; i++) {
        const p = list[i]!;
        if (counts[p]!++ === 0) touched[touchedCount++] = p;
      }
    }
    const degree = new Int32Array(actorCount);
    const ties = new Float64Array(scope.length);
    const contacts = new Float64Array(scope.length);
    const unions = new Float64Array(scope.length);
    const local = new Components(membershipMunicipality.length);
    const district = new Components(actorCount);
    let districtTies = 0;
    let districtContacts = 0;
    let districtUnions = 0;
    for (let t = 0; t < touchedCount; t++) {
      const p = touched[t]!;
      const count = counts[p]!;
      const u = pairU[p]!;
      const v = pairV[p]!;
      degree[u]!++;
      degree[v]!++;
      if (inScope[u] && inScope[v]) {
        districtTies++;
        districtContacts += count;
        if (district.union(u, v)) districtUnions++;
      }
      // municipalities both belong to (an organisation has one, a manager a few)
      for (let i = membershipStart[u]!; i < membershipStart[u + 1]!; i++) {
        const m = membershipMunicipality[i]!;
        for (let j = membershipStart[v]!; j < membershipStart[v + 1]!; j++) {
          if (membershipMunicipality[j] !== m) continue;
          ties[m]!++;
          contacts[m]! += count;
          if (local.union(i, j)) unions[m]!++;
        }
      }
    }
    for (let t = 0; t < touchedCount; t++) counts[touched[t]!] = 0;
    const scopeOf = (actors: number[], scopeTies: number, scopeContacts: number, scopeUnions: number) => {
      let degrees = 0;
      let isolated = 0;
      for (const a of actors) {
        degrees += degree[a]!;
        if (degree[a] === 0) isolated++;
      }
      return densityFigures({
        actors: actors.length,
        ties: scopeTies,
        contacts: scopeContacts,
        isolatedActors: isolated,
        components: actors.length - scopeUnions,
        // every tie of an actor of the scope is inside it (counted from both ends) or leaves it (once)
        externalTies: degrees - 2 * scopeTies,
      });
    };
    return {
      municipalities: scope.map((_, m) => scopeOf(members[m]!, ties[m]!, contacts[m]!, unions[m]!)),
      total: scopeOf(scopeActors, districtTies, districtContacts, districtUnions),
    };
  }

  return { figures };
}
