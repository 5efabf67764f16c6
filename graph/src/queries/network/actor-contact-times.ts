// When one actor's contacts (either direction, with anybody) took place in a period: the instants only,
// for the side panel's contacts over time. Grouping into Berlin months happens above the graph.
import type { GraphEngine } from '../../engine.ts';
import type { ActorRef } from './network-actors.ts';

export const actorContactTimesCypher = {
  Organization: `MATCH (a:Organization {id: $id})-[c:CONTACT]-()
WHERE c.at >= $from AND c.at < $to
RETURN c.at AS at ORDER BY at`,
  Manager: `MATCH (a:Manager {id: $id})-[c:CONTACT]-()
WHERE c.at >= $from AND c.at < $to
RETURN c.at AS at ORDER BY at`,
};

/** Epoch ms of every contact of `actor` in `[from, to)`, oldest first. */
export async function actorContactTimes(
  engine: GraphEngine,
  actor: ActorRef,
  period: { from: number; to: number },
): Promise<number[]> {
  const rows = await engine.read<{ at: number }>(actorContactTimesCypher[actor.label], {
    id: actor.id,
    from: period.from,
    to: period.to,
  });
  return rows.map((r) => r.at);
}
