// What only the graph knows about a service, from one manager's point of view: how the referrals of the
// manager's team (the managers of the same employer) to it ended, and whom of the service's organisation
// the manager knows (own contacts, meetings both attended). Aggregates only: no client id, case code or
// single referral leaves these queries.
import type { GraphEngine } from '../../engine.ts';
import type { MeetingKind } from '../../model.ts';

export interface TeamOutcome {
  serviceId: string;
  /** Referrals in the period (any status). */
  referrals: number;
  /** Different clients among them. */
  clients: number;
  /** Accepted (accepted, attended or closed) and declined: the decided ones. */
  accepted: number;
  declined: number;
  /** Closed with a known outcome, and of these the ones that helped. */
  rated: number;
  helped: number;
}

export interface OwnContact {
  organizationId: string;
  contacts: number;
  lastAt: number;
}

export interface SharedMeeting {
  organizationId: string;
  title: string;
  kind: MeetingKind;
  date: string;
}

export const suggestSignalsCypher = {
  /** The managers of the caller's employer, the caller included. */
  team: `MATCH (me:Manager {id: $managerId})-[:EMPLOYED_BY]->(:Organization)<-[:EMPLOYED_BY]-(g:Manager)
RETURN g.id AS id`,
  // The team's ids as a list: Kùzu expands from them instead of joining every referral (≈ 12 → 7 ms on
  // the demo). Two steps (per service and client, then per service) count the clients without DISTINCT:
  // Kùzu 0.11 returns null for every sum() that shares its RETURN with a DISTINCT aggregate.
  teamOutcomes: `MATCH (g:Manager)<-[:MANAGED_BY]-(c:Client)-[r:REFERRED_TO]->(s:Service)
WHERE g.id IN $team AND r.at >= $from AND r.at < $to
WITH s, c,
  count(r) AS referrals,
  sum(CASE WHEN r.status IN ['accepted', 'attended', 'closed'] THEN 1 ELSE 0 END) AS accepted,
  sum(CASE WHEN r.status = 'declined' THEN 1 ELSE 0 END) AS declined,
  sum(CASE WHEN r.status = 'closed' AND r.outcome IN ['helped', 'not_helped'] THEN 1 ELSE 0 END) AS rated,
  sum(CASE WHEN r.status = 'closed' AND r.outcome = 'helped' THEN 1 ELSE 0 END) AS helped
RETURN s.id AS serviceId, sum(referrals) AS referrals, count(c) AS clients, sum(accepted) AS accepted,
  sum(declined) AS declined, sum(rated) AS rated, sum(helped) AS helped`,
  ownContacts: `MATCH (me:Manager {id: $managerId})-[k:CONTACT]-(o:Organization)
RETURN o.id AS organizationId, count(k) AS contacts, max(k.at) AS lastAt`,
  sharedMeetings: `MATCH (me:Manager {id: $managerId})-[:ATTENDED]->(e:Meeting)<-[:ATTENDED]-(o:Organization)
RETURN o.id AS organizationId, e.title AS title, e.kind AS kind, e.date AS date
ORDER BY date DESC, title`,
};

/** Referral outcomes of the manager's team per service, for referrals made in [from, to). */
export async function teamReferralOutcomes(
  engine: GraphEngine,
  managerId: string,
  period: { from: number; to: number },
): Promise<Map<string, TeamOutcome>> {
  const team = (await engine.read<{ id: string }>(suggestSignalsCypher.team, { managerId })).map((r) => r.id);
  if (team.length === 0) return new Map();
  const rows = await engine.read<TeamOutcome & Record<string, unknown>>(suggestSignalsCypher.teamOutcomes, {
    team,
    ...period,
  });
  return new Map(rows.map((r) => [r.serviceId, r]));
}

/** The manager's own contacts with organisations (either direction): how many, and the last one. */
export async function ownContactsWithOrganizations(
  engine: GraphEngine,
  managerId: string,
): Promise<Map<string, OwnContact>> {
  const rows = await engine.read<OwnContact & Record<string, unknown>>(suggestSignalsCypher.ownContacts, {
    managerId,
  });
  return new Map(rows.map((r) => [r.organizationId, r]));
}

/** The latest meeting the manager and each organisation both attended. */
export async function sharedMeetingsWithOrganizations(
  engine: GraphEngine,
  managerId: string,
): Promise<Map<string, SharedMeeting>> {
  const rows = await engine.read<SharedMeeting & Record<string, unknown>>(
    suggestSignalsCypher.sharedMeetings,
    {
      managerId,
    },
  );
  const latest = new Map<string, SharedMeeting>();
  for (const row of rows) if (!latest.has(row.organizationId)) latest.set(row.organizationId, row);
  return latest;
}
