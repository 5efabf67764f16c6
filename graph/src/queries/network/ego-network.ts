// The ego network of one actor: itself and everyone within `steps` contacts of it in a period (1 or 2),
// through actors the map draws (not archived organisations). No Cypher of its own: each step asks
// contact-pairs.ts for the partners of the previous step's actors, and network-actors.ts which it draws.
import type { GraphEngine } from '../../engine.ts';
import { actorKey, contactPairs } from './contact-pairs.ts';
import { networkActors, type ActorRef } from './network-actors.ts';

/** The ego first, then the actors of each step in key order. */
export async function egoNetwork(
  engine: GraphEngine,
  query: { ego: ActorRef; steps: number; from: number; to: number },
): Promise<ActorRef[]> {
  const found = new Map<string, ActorRef>([[actorKey(query.ego), query.ego]]);
  let frontier: ActorRef[] = [query.ego];
  for (let step = 0; step < query.steps && frontier.length > 0; step++) {
    const pairs = await contactPairs(engine, { from: query.from, to: query.to }, frontier);
    const next = new Map<string, ActorRef>();
    for (const pair of pairs)
      for (const end of [pair.a, pair.b]) {
        const key = actorKey(end);
        if (!found.has(key) && !next.has(key)) next.set(key, end);
      }
    // Only through actors the map can draw: an archived organisation (merged away, or closed) keeps its
    // contacts for the record, but a step through it would reach actors drawn without a tie to anyone.
    // Only organisations are ever archived: managers are not asked about.
    const organisations = [...next.values()].filter((actor) => actor.label === 'Organization');
    const drawable = new Set(
      (organisations.length ? await networkActors(engine, { actors: organisations }) : []).map(actorKey),
    );
    frontier = [...next.entries()]
      .filter(([key, actor]) => actor.label !== 'Organization' || drawable.has(key))
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([, actor]) => actor);
    for (const actor of frontier) found.set(actorKey(actor), actor);
  }
  return [...found.values()];
}
