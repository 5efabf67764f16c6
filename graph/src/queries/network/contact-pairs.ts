// Contacts of a period aggregated per pair of actors (either direction): how many, and the last one. The
// network map draws one tie per pair; single contacts are never needed there.
//
// Two shapes: every pair of the period (the district, or any large map: one scan of CONTACT per pair of
// labels, ≈ 28 ms for the demo's year against ≈ 64 ms expanding from its 333 actors), or the pairs touching
// given actors (a municipality or an ego network), expanded from those actors as in
// municipality-network.ts. The scan names both labels, so its texts are the same on both engines.
// Engine variants of the expansion, and why: the partner's label is `label(p)` on Kùzu and
// `labels(p)[0]` on Neo4j; on Kùzu the join hint `HINT (a JOIN c) JOIN p` makes the planner expand from
// the few given actors instead of scanning every CONTACT from the partner side (see
// municipality-network.ts). Neo4j has no HINT.
import { cypherFor, type GraphEngine } from '../../engine.ts';
import type { ActorLabelName, ActorRef } from './network-actors.ts';

export interface ContactPair {
  /** The two ends, `a` before `b` in the order of `actorKey`. */
  a: ActorRef;
  b: ActorRef;
  /** `actorKey(a)` and `actorKey(b)`, made once here. */
  aKey: string;
  bKey: string;
  contacts: number;
  /** Epoch ms of the last contact of the pair in the period. */
  lastAt: number;
}

/** `Organization:<id>` / `Manager:<id>`: unique across both labels (ids are unique per label only). */
export const actorKey = (actor: ActorRef): string => `${actor.label}:${actor.id}`;

const LABELS: readonly ActorLabelName[] = ['Manager', 'Organization'];

const labelOf = (variable: string, dialect: 'neo4j' | 'embedded') =>
  dialect === 'embedded' ? `label(${variable})` : `labels(${variable})[0]`;

// The labels are the text's own, not columns: ≈ 20 % less for Kùzu to hand over (bench:network's 10,000 pairs).
const allPairs = (from: ActorLabelName, to: ActorLabelName) => `MATCH (a:${from})-[c:CONTACT]->(b:${to})
WHERE c.at >= $from AND c.at < $to
RETURN a.id AS fromId, b.id AS toId, count(c) AS contacts, max(c.at) AS lastAt`;

/** The (from, to) labels of `contactPairsCypher.all`, in its order. */
const ALL_LABELS = LABELS.flatMap((from) => LABELS.map((to) => [from, to] as const));

const pairsOf = (label: ActorLabelName, dialect: 'neo4j' | 'embedded') =>
  `MATCH (a:${label})-[c:CONTACT]-(p)
WHERE a.id IN $ids AND c.at >= $from AND c.at < $to${dialect === 'embedded' ? '\nHINT (a JOIN c) JOIN p' : ''}
RETURN '${label}' AS fromLabel, a.id AS fromId, ${labelOf('p', dialect)} AS toLabel, p.id AS toId,
  count(c) AS contacts, max(c.at) AS lastAt`;

export const contactPairsCypher = {
  /** One text per (from, to) label pair. */
  all: ALL_LABELS.map(([from, to]) => allPairs(from, to)),
  ofOrganizations: { neo4j: pairsOf('Organization', 'neo4j'), embedded: pairsOf('Organization', 'embedded') },
  ofManagers: { neo4j: pairsOf('Manager', 'neo4j'), embedded: pairsOf('Manager', 'embedded') },
};

interface PairRow extends Record<string, unknown> {
  fromLabel: ActorLabelName;
  fromId: string;
  toLabel: ActorLabelName;
  toId: string;
  contacts: number;
  lastAt: number;
}

/** A row of `contactPairsCypher.all`: the labels are the text's. */
interface ScanRow extends Record<string, unknown> {
  fromId: string;
  toId: string;
  contacts: number;
  lastAt: number;
}

/** Pairs being folded, by the joined keys of their ends. */
type Folding = Map<string, ContactPair>;

/** Adds one directed row to `pairs`: a new pair, or its contacts and last contact added to the pair's. */
function fold(
  pairs: Folding,
  fromLabel: ActorLabelName,
  fromId: string,
  toLabel: ActorLabelName,
  toId: string,
  contacts: number,
  lastAt: number,
): void {
  const from = `${fromLabel}:${fromId}`;
  const to = `${toLabel}:${toId}`;
  const swap = to < from;
  // "\n" sorts before any character of a key, so the joined key sorts by `a`, then by `b`.
  const key = swap ? `${to}\n${from}` : `${from}\n${to}`;
  const pair = pairs.get(key);
  if (pair) {
    pair.contacts += contacts;
    pair.lastAt = Math.max(pair.lastAt, lastAt);
    return;
  }
  const fromEnd: ActorRef = { label: fromLabel, id: fromId };
  const toEnd: ActorRef = { label: toLabel, id: toId };
  pairs.set(
    key,
    swap
      ? { a: toEnd, b: fromEnd, aKey: to, bKey: from, contacts, lastAt }
      : { a: fromEnd, b: toEnd, aKey: from, bKey: to, contacts, lastAt },
  );
}

/**
 * The folded pairs sorted by `a`, then `b`, in the code-unit order of `actorKey` (a stable order; a locale's
 * order cost ≈ 40 ms for the 10,000 pairs of bench:network, and no one reads this order as text).
 */
const sortedPairs = (pairs: Folding): ContactPair[] => [...pairs.keys()].sort().map((key) => pairs.get(key)!);

/** Folds directed rows into one pair each; `seenTwice` rows (found from both ends) count once. */
export function foldPairs(rows: Iterable<PairRow>, seenTwice: (row: PairRow) => boolean): ContactPair[] {
  const pairs: Folding = new Map();
  for (const row of rows)
    if (!seenTwice(row))
      fold(pairs, row.fromLabel, row.fromId, row.toLabel, row.toId, row.contacts, row.lastAt);
  return sortedPairs(pairs);
}

/**
 * Contact pairs of the period `[from, to)` (epoch ms): all of them, or those with at least one end among
 * `actors` (the other end may lie anywhere).
 */
export async function contactPairs(
  engine: GraphEngine,
  period: { from: number; to: number },
  actors?: ActorRef[],
): Promise<ContactPair[]> {
  const { from, to } = period;
  if (!actors) {
    const scans = await Promise.all(
      contactPairsCypher.all.map((text) => engine.read<ScanRow>(text, { from, to })),
    );
    const pairs: Folding = new Map();
    scans.forEach((rows, i) => {
      const [fromLabel, toLabel] = ALL_LABELS[i]!;
      for (const row of rows) fold(pairs, fromLabel, row.fromId, toLabel, row.toId, row.contacts, row.lastAt);
    });
    return sortedPairs(pairs);
  }
  const ids = (label: ActorLabelName) => actors.filter((a) => a.label === label).map((a) => a.id);
  const read = (text: { neo4j: string; embedded: string }, list: string[]) =>
    list.length === 0
      ? Promise.resolve([] as PairRow[])
      : engine.read<PairRow>(cypherFor(text, engine.dialect), { ids: list, from, to });
  const rows = (
    await Promise.all([
      read(contactPairsCypher.ofOrganizations, ids('Organization')),
      read(contactPairsCypher.ofManagers, ids('Manager')),
    ])
  ).flat();
  // A pair with both ends among the actors is found from each end: keep the row found from the lower key.
  const given = new Set(actors.map(actorKey));
  return foldPairs(rows, (row) => {
    const from = actorKey({ label: row.fromLabel, id: row.fromId });
    const to = actorKey({ label: row.toLabel, id: row.toId });
    return given.has(to) && to < from;
  });
}
