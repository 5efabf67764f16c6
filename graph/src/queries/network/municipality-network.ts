// The actors of one municipality (organisations located there, managers covering it) and every
// CONTACT they had in a period, with the other side (which may lie outside the municipality).
// Engine variant: the other side's label is `label(p)` on Kùzu and `labels(p)[0]` on Neo4j.
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

const contactsOf = (anchor: string, partnerLabel: string) =>
  `MATCH ${anchor}-[c:CONTACT]-(p)
WHERE c.at >= $from AND c.at < $to
RETURN c.id AS id, a.id AS actorId, p.id AS partnerId, ${partnerLabel} AS partnerLabel, c.at AS at, c.channel AS channel`;

export const municipalityContactsCypher = {
  organizations: {
    neo4j: contactsOf('(:Municipality {ags: $ags})<-[:LOCATED_IN]-(a:Organization)', 'labels(p)[0]'),
    embedded: contactsOf('(:Municipality {ags: $ags})<-[:LOCATED_IN]-(a:Organization)', 'label(p)'),
  },
  managers: {
    neo4j: contactsOf('(:Municipality {ags: $ags})<-[:COVERS]-(a:Manager)', 'labels(p)[0]'),
    embedded: contactsOf('(:Municipality {ags: $ags})<-[:COVERS]-(a:Manager)', 'label(p)'),
  },
};

export async function municipalityNetwork(
  engine: GraphEngine,
  query: { ags: string; from: number; to: number },
): Promise<{ actors: NetworkActor[]; contacts: NetworkContact[] }> {
  const [organizations, managers, orgContacts, managerContacts] = await Promise.all([
    engine.read<{ id: string; name: string; kind: string }>(municipalityActorsCypher.organizations, {
      ags: query.ags,
    }),
    engine.read<{ id: string; name: string }>(municipalityActorsCypher.managers, { ags: query.ags }),
    engine.read<NetworkContact & Record<string, unknown>>(
      cypherFor(municipalityContactsCypher.organizations, engine.dialect),
      query,
    ),
    engine.read<NetworkContact & Record<string, unknown>>(
      cypherFor(municipalityContactsCypher.managers, engine.dialect),
      query,
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
