// Merging two organisations that are the same actor under two names: what would move (preview), and the
// move itself in one write transaction. Everything attached to the merged organisation that belongs to the
// actor moves to the one kept — contacts in both directions with their ids and properties, services
// (OFFERS; referrals stay on the services and so move with them), meeting attendance, employments — and
// the merged organisation is archived, keeping its location for the history of its records.
// Contacts between the two stay where they are (kept ↔ archived): a contact of an organisation with
// itself means nothing on the map, and deleting them would lose records. A meeting both attended keeps
// one attendance (the kept organisation's): the same actor attended once.
//
// Relationships cannot change their ends on either engine, so each move creates the relationship anew at
// the kept organisation with the same properties and deletes the old one, in one statement. Both engines
// run the same texts. On Kùzu, a read inside the transaction after such writes can see uncommitted
// relationships twice or not at all, so every count is read before the first write (measured in 0.11.3;
// the committed result is exact, which the contract suite checks contact by contact and meeting by meeting).
import type { GraphEngine, GraphSession } from '../../engine.ts';
import { GraphValidationError, type FieldIssue } from '../../errors.ts';

export interface MergeCounts {
  /** Contacts of the merged organisation with anybody but the kept one: they move. */
  contacts: number;
  /** Contacts between the two: they stay with the archived organisation. */
  contactsBetween: number;
  services: number;
  /** Meetings the merged organisation attended (the kept one then attended all of them). */
  meetings: number;
  /** Referrals to the merged organisation's services (they move with the services). */
  referrals: number;
  /** Managers EMPLOYED_BY the merged organisation. */
  employees: number;
}

export interface MergeResult {
  counts: MergeCounts;
  /** Managers whose contacts or employer changed (their cached signals are stale). */
  managerIds: string[];
  applied: boolean;
}

const KEEP = { keepId: true, mergeId: true } as const;
const MERGE = { mergeId: true } as const;

/** Each text with exactly the parameters it uses (Kùzu refuses unused ones). */
export const mergeOrganizationsCypher = {
  organization: { text: 'MATCH (o:Organization {id: $id}) RETURN o.archived AS archived', params: {} },
  count: {
    contactsWithManagers: {
      text: 'MATCH (m:Organization {id: $mergeId})-[c:CONTACT]-(:Manager) RETURN count(c) AS n',
      params: MERGE,
    },
    contactsWithOrganizations: {
      text: `MATCH (m:Organization {id: $mergeId})-[c:CONTACT]-(p:Organization) WHERE p.id <> $keepId
RETURN count(c) AS n`,
      params: KEEP,
    },
    contactsBetween: {
      text: `MATCH (m:Organization {id: $mergeId})-[c:CONTACT]-(k:Organization {id: $keepId})
RETURN count(c) AS n`,
      params: KEEP,
    },
    services: {
      text: 'MATCH (m:Organization {id: $mergeId})-[r:OFFERS]->(:Service) RETURN count(r) AS n',
      params: MERGE,
    },
    meetings: {
      text: 'MATCH (m:Organization {id: $mergeId})-[r:ATTENDED]->(:Meeting) RETURN count(r) AS n',
      params: MERGE,
    },
    referrals: {
      text: `MATCH (m:Organization {id: $mergeId})-[:OFFERS]->(:Service)<-[r:REFERRED_TO]-(:Client)
RETURN count(r) AS n`,
      params: MERGE,
    },
    employees: {
      text: 'MATCH (:Manager)-[r:EMPLOYED_BY]->(m:Organization {id: $mergeId}) RETURN count(r) AS n',
      params: MERGE,
    },
  },
  affectedManagers: {
    text: `MATCH (m:Organization)-[:CONTACT|EMPLOYED_BY]-(g:Manager) WHERE m.id = $mergeId OR m.id = $keepId
RETURN DISTINCT g.id AS id`,
    params: KEEP,
  },
  move: {
    contactsFromManagers: `MATCH (p:Manager)-[c:CONTACT]->(m:Organization {id: $mergeId})
MATCH (k:Organization {id: $keepId})
CREATE (p)-[:CONTACT {id: c.id, at: c.at, channel: c.channel, topic: c.topic}]->(k)
DELETE c`,
    contactsToManagers: `MATCH (m:Organization {id: $mergeId})-[c:CONTACT]->(p:Manager)
MATCH (k:Organization {id: $keepId})
CREATE (k)-[:CONTACT {id: c.id, at: c.at, channel: c.channel, topic: c.topic}]->(p)
DELETE c`,
    contactsFromOrganizations: `MATCH (p:Organization)-[c:CONTACT]->(m:Organization {id: $mergeId})
WHERE p.id <> $keepId
MATCH (k:Organization {id: $keepId})
CREATE (p)-[:CONTACT {id: c.id, at: c.at, channel: c.channel, topic: c.topic}]->(k)
DELETE c`,
    contactsToOrganizations: `MATCH (m:Organization {id: $mergeId})-[c:CONTACT]->(p:Organization)
WHERE p.id <> $keepId
MATCH (k:Organization {id: $keepId})
CREATE (k)-[:CONTACT {id: c.id, at: c.at, channel: c.channel, topic: c.topic}]->(p)
DELETE c`,
    services: `MATCH (m:Organization {id: $mergeId})-[r:OFFERS]->(s:Service)
MATCH (k:Organization {id: $keepId})
CREATE (k)-[:OFFERS]->(s)
DELETE r`,
    // Attendance of a meeting both attended: the kept organisation's stays, the merged one's goes.
    sharedMeetings: `MATCH (m:Organization {id: $mergeId})-[r:ATTENDED]->(e:Meeting)<-[:ATTENDED]-(k:Organization {id: $keepId})
DELETE r`,
    meetings: `MATCH (m:Organization {id: $mergeId})-[r:ATTENDED]->(e:Meeting)
MATCH (k:Organization {id: $keepId})
CREATE (k)-[:ATTENDED]->(e)
DELETE r`,
    employees: `MATCH (g:Manager)-[r:EMPLOYED_BY]->(m:Organization {id: $mergeId})
MATCH (k:Organization {id: $keepId})
CREATE (g)-[:EMPLOYED_BY]->(k)
DELETE r`,
    archive: 'MATCH (m:Organization {id: $mergeId}) SET m.archived = true',
  },
} as const;

export const mergeOrganizationsStatements: string[] = [
  mergeOrganizationsCypher.organization.text,
  ...Object.values(mergeOrganizationsCypher.count).map((c) => c.text),
  mergeOrganizationsCypher.affectedManagers.text,
  ...Object.values(mergeOrganizationsCypher.move),
];

const only = (used: { keepId?: boolean; mergeId?: boolean }, ids: { keepId: string; mergeId: string }) => ({
  ...(used.keepId ? { keepId: ids.keepId } : {}),
  ...(used.mergeId ? { mergeId: ids.mergeId } : {}),
});

async function check(session: GraphSession, ids: { keepId: string; mergeId: string }) {
  if (ids.keepId === ids.mergeId)
    throw new GraphValidationError([
      {
        path: ['mergeId'],
        message: 'dieselbe Organisation wie keepId / the same organisation as keepId',
      },
    ]);
  const issues: FieldIssue[] = [];
  for (const field of ['keepId', 'mergeId'] as const) {
    const [found] = await session.read<{ archived: boolean | null }>(
      mergeOrganizationsCypher.organization.text,
      {
        id: ids[field],
      },
    );
    if (!found) issues.push({ path: [field], message: 'unbekannte Organisation / unknown organisation' });
    else if (found.archived)
      issues.push({
        path: [field],
        message: 'Organisation ist archiviert / organisation is archived',
      });
  }
  if (issues.length) throw new GraphValidationError(issues);
}

async function countAll(session: GraphSession, ids: { keepId: string; mergeId: string }) {
  const n = async (statement: { text: string; params: { keepId?: boolean; mergeId?: boolean } }) =>
    (await session.read<{ n: number }>(statement.text, only(statement.params, ids)))[0]?.n ?? 0;
  const c = mergeOrganizationsCypher.count;
  const counts: MergeCounts = {
    contacts: (await n(c.contactsWithManagers)) + (await n(c.contactsWithOrganizations)),
    contactsBetween: await n(c.contactsBetween),
    services: await n(c.services),
    meetings: await n(c.meetings),
    referrals: await n(c.referrals),
    employees: await n(c.employees),
  };
  const managers = await session.read<{ id: string }>(
    mergeOrganizationsCypher.affectedManagers.text,
    only(mergeOrganizationsCypher.affectedManagers.params, ids),
  );
  return { counts, managerIds: managers.map((m) => m.id).sort() };
}

/**
 * Merges `mergeId` into `keepId` (`apply`), or only counts what would move. Refuses the same id twice,
 * unknown and archived organisations (GraphValidationError naming `keepId` / `mergeId`) before writing.
 */
export async function mergeOrganizations(
  engine: GraphEngine,
  ids: { keepId: string; mergeId: string },
  apply: boolean,
): Promise<MergeResult> {
  if (!apply) {
    await check(engine, ids);
    return { ...(await countAll(engine, ids)), applied: false };
  }
  return engine.transaction(async (tx) => {
    await check(tx, ids);
    const before = await countAll(tx, ids);
    const params = { keepId: ids.keepId, mergeId: ids.mergeId };
    for (const text of Object.values(mergeOrganizationsCypher.move))
      await tx.write(text, text.includes('$keepId') ? params : { mergeId: ids.mergeId });
    return { ...before, applied: true };
  });
}
