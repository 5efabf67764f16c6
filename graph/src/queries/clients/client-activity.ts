// A client's referrals and consultations, one referral by id, and a referral's status move.
// The move is check-and-set in one transaction: it changes the status only if it is still the one the
// caller saw, so two people moving the same referral at once cannot both succeed.
import type { GraphEngine } from '../../engine.ts';
import type { Consultation, Referral, ReferralStatus } from '../../model.ts';
import { RELATIONSHIPS } from '../../schema/catalog.ts';

const REFERRAL_COLUMNS = RELATIONSHIPS.REFERRED_TO.properties.map(([p]) => `r.${p} AS ${p}`).join(', ');

export interface ReferralRow extends Referral {
  serviceName: string;
  organizationName: string;
}

export interface StoredReferral extends Referral {
  managerId: string;
}

export const clientActivityCypher = {
  referralsOf: `UNWIND $clientIds AS wanted
MATCH (c:Client {id: wanted})-[r:REFERRED_TO]->(s:Service)<-[:OFFERS]-(o:Organization)
RETURN ${REFERRAL_COLUMNS}, c.id AS clientId, s.id AS serviceId, s.name AS serviceName, o.name AS organizationName
ORDER BY at DESC, id`,
  consultationsOf: `MATCH (g:Manager)-[b:COUNSELLED]->(c:Client {id: $clientId})
RETURN b.id AS id, b.at AS at, b.topics AS topics, b.household AS household, g.id AS managerId, c.id AS clientId
ORDER BY at DESC, id`,
  referral: `MATCH (c:Client)-[r:REFERRED_TO]->(s:Service) WHERE r.id = $id
MATCH (c)-[:MANAGED_BY]->(g:Manager)
RETURN ${REFERRAL_COLUMNS}, c.id AS clientId, s.id AS serviceId, g.id AS managerId`,
  move: `MATCH (:Client)-[r:REFERRED_TO]->(:Service) WHERE r.id = $id AND r.status = $expected
SET r.status = $status, r.statusAt = $statusAt, r.reason = $reason, r.outcome = $outcome
RETURN r.id AS id`,
};

/** The referrals of several clients in one read (newest first), keyed by client id. */
export async function referralsOfClients(
  engine: GraphEngine,
  clientIds: string[],
): Promise<Map<string, ReferralRow[]>> {
  const byClient = new Map<string, ReferralRow[]>(clientIds.map((id) => [id, []]));
  if (clientIds.length === 0) return byClient;
  const rows = await engine.read<ReferralRow & Record<string, unknown>>(clientActivityCypher.referralsOf, {
    clientIds: [...new Set(clientIds)],
  });
  for (const row of rows) byClient.get(row.clientId)?.push(row);
  return byClient;
}

export async function consultationsOfClient(engine: GraphEngine, clientId: string): Promise<Consultation[]> {
  const rows = await engine.read<Consultation & Record<string, unknown>>(
    clientActivityCypher.consultationsOf,
    {
      clientId,
    },
  );
  return rows.map((r) => ({ ...r, topics: r.topics ?? [] }));
}

export async function getReferral(engine: GraphEngine, id: string): Promise<StoredReferral | null> {
  const [row] = await engine.read<StoredReferral & Record<string, unknown>>(clientActivityCypher.referral, {
    id,
  });
  return row ?? null;
}

/** Sets the new status if the stored one is still `expected`; false when it was not (a concurrent move). */
export async function moveReferral(
  engine: GraphEngine,
  move: {
    id: string;
    expected: ReferralStatus;
    status: ReferralStatus;
    statusAt: number;
    reason: Referral['reason'];
    outcome: Referral['outcome'];
  },
): Promise<boolean> {
  return engine.transaction(async (tx) => (await tx.write(clientActivityCypher.move, move)).length === 1);
}
