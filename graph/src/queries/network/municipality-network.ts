// The actors of one municipality (organisations located there, managers covering it) and every
// CONTACT they had in a period, with the other side (which may lie outside the municipality).
//
// Two steps: the actors first (a key lookup and one hop), then their contacts by actor id.
// Engine variant, and why: Kùzu's planner joins `(a)-[c:CONTACT]-(p)` by scanning every CONTACT from
// the `p` side (≈ 30 ms at state scale); the join hint `HINT (a JOIN c) JOIN p` makes it expand from the
// few actors instead (≈ 9 ms). Neo4j has no HINT clause and expands from `a` by itself. The other side's
// label is `label(p)` on Kùzu and `labels(p)[0]` on Neo4j.
import { cypherFor, type GraphEngine } from '../../engine.ts';

export interface NetworkActor {
  id: string;
  label: 'Organization' | 'Manager';
  name: string;
  kind: string;
}

export interface NetworkContact {
  id: string;
  actorId: string;
  partnerId: string;
  partnerLabel: 'Organization' | 'Manager';
  at: number;
  channel: string;
}

export const municipalityActorsCypher = {
  organizations: `MATCH (o:Organization)-[:LOCATED_IN]->(:Municipality {ags: $ags})
RETURN o.id AS id, o.name AS name, o.kind AS kind ORDER BY id`,
  managers: `MATCH (g:Manager)-[:COVERS]->(:Municipality {ags: $ags})
RETURN g.id AS id, g.name AS name ORDER BY id`,
};

const contactsOf = (label: 'Organization' | 'Manager', dialect: 'neo4j' | 'embedded') =>
  `MATCH (a:${label})-[c:CONTACT]-(p)
WHERE a.id IN $ids AND c.at >= $from AND c.at < $to${dialect === 'embedded' ? '\nHINT (a JOIN c) JOIN p' : ''}
RETURN c.id AS id, a.id AS actorId, p.id AS partnerId, ${dialect === 'embedded' ? 'label(p)' : 'labels(p)[0]'} AS partnerLabel, c.at AS at, c.channel AS channel`;

export const actorContactsCypher = {
  organizations: {
    neo4j: contactsOf('Organization', 'neo4j'),
    embedded: contactsOf('Organization', 'embedded'),
  },
  managers: { neo4j: contactsOf('Manager', 'neo4j'), embedded: contactsOf('Manager', 'embedded') },
};

type ContactRow = NetworkContact & Record<string, unknown>;

export async function municipalityNetwork(
  engine: GraphEngine,
  query: { ags: string; from: number; to: number },
): Promise<{ actors: NetworkActor[]; contacts: NetworkContact[] }> {
  const [organizations, managers] = await Promise.all([
    engine.read<{ id: string; name: string; kind: string }>(municipalityActorsCypher.organizations, {
      ags: query.ags,
    }),
    engine.read<{ id: string; name: string }>(municipalityActorsCypher.managers, { ags: query.ags }),
  ]);
  const contactsOfActors = (text: { neo4j: string; embedded: string }, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([] as ContactRow[])
      : engine.read<ContactRow>(cypherFor(text, engine.dialect), { ids, from: query.from, to: query.to });
  const [orgContacts, managerContacts] = await Promise.all([
    contactsOfActors(
      actorContactsCypher.organizations,
      organizations.map((o) => o.id),
    ),
    contactsOfActors(
      actorContactsCypher.managers,
      managers.map((m) => m.id),
    ),
  ]);
  const actors: NetworkActor[] = [
    ...organizations.map((o) => ({ ...o, label: 'Organization' as const })),
    ...managers.map((m) => ({ ...m, label: 'Manager' as const, kind: 'manager' })),
  ];
  // A contact between two actors of the municipality is found from both sides: keep it once.
  const contacts = new Map<string, NetworkContact>();
  for (const c of [...orgContacts, ...managerContacts]) if (!contacts.has(c.id)) contacts.set(c.id, c);
  return { actors, contacts: [...contacts.values()].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)) };
}
