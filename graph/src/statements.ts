// Every Cypher text @lotse/graph can send, per engine. The Neo4j parser check feeds all Neo4j texts
// to Neo4j's own parser; a guard test fails when a query module is missing here.
import { cypherFor, type GraphDialect } from './engine.ts';
import { schemaStatements } from './schema/ddl.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './schema/catalog.ts';
import { upsertStatements } from './queries/upsert/upsert-nodes.ts';
import { municipalityUpsert } from './queries/upsert/upsert-municipalities.ts';
import { organizationUpsert } from './queries/upsert/upsert-organizations.ts';
import { serviceUpsert } from './queries/upsert/upsert-services.ts';
import { managerUpsert } from './queries/upsert/upsert-managers.ts';
import { clientUpsert } from './queries/upsert/upsert-clients.ts';
import { meetingUpsert } from './queries/upsert/upsert-meetings.ts';
import { accountUpsert, getAccountCypher, listAccountsCypher } from './queries/accounts/accounts.ts';
import { appendAuditCypher, listAuditCypher } from './queries/accounts/audit.ts';
import { clientCypher } from './queries/clients/clients.ts';
import { clientActivityCypher } from './queries/clients/client-activity.ts';
import { goalCypher, goalUpsert } from './queries/clients/client-goals.ts';
import { eventStatements } from './queries/record/record-events.ts';
import { contactEvent } from './queries/record/record-contacts.ts';
import { consultationEvent } from './queries/record/record-consultations.ts';
import { referralEvent } from './queries/record/record-referrals.ts';
import { listMunicipalitiesCypher } from './queries/directory/list-municipalities.ts';
import { listServicesStatements, servesOfServicesCypher } from './queries/directory/list-services.ts';
import { getOrganizationCypher, servicesOfOrganizationCypher } from './queries/directory/get-organization.ts';
import { countNodesCypher, countRelationshipsCypher } from './queries/count-graph.ts';
import { pingCypher } from './queries/ping.ts';
import { testingStatements } from './testing.ts';
import { servicesInBoxCypher } from './queries/directory/services-near.ts';
import { servicesByIdCypher } from './queries/directory/get-services.ts';
import { listManagersCypher, listOrganizationsStatements } from './queries/directory/list-organizations.ts';
import { municipalityActorsCypher, actorContactsCypher } from './queries/network/municipality-network.ts';
import { listMeetingsStatements } from './queries/network/list-meetings.ts';
import { networkActorsCypher } from './queries/network/network-actors.ts';
import { contactPairsCypher } from './queries/network/contact-pairs.ts';
import { actorContactTimesCypher } from './queries/network/actor-contact-times.ts';
import { mergeOrganizationsStatements } from './queries/network/merge-organizations.ts';
import { suggestSignalsCypher } from './queries/suggest/signals.ts';
import { getMeetingCypher } from './queries/network/get-meeting.ts';
import { reportNetworkStatements } from './queries/report/report-network.ts';
import { referralMatrixCypher } from './queries/report/referral-matrix.ts';
import { existingMunicipalitiesCypher, setBoundariesCypher } from './queries/directory/set-boundaries.ts';
import {
  embeddedStatements as activityTotalsEmbedded,
  neo4jStatements as activityTotalsNeo4j,
} from './queries/stats/activity-totals.ts';

/** Modules whose texts are listed here (checked by the guard test against the files on disk). */
export const REGISTERED_MODULES = [
  'upsert/upsert-nodes.ts',
  'upsert/upsert-municipalities.ts',
  'upsert/upsert-organizations.ts',
  'upsert/upsert-services.ts',
  'upsert/upsert-managers.ts',
  'upsert/upsert-clients.ts',
  'upsert/upsert-meetings.ts',
  'record/record-events.ts',
  'record/record-contacts.ts',
  'record/record-consultations.ts',
  'record/record-referrals.ts',
  'directory/list-municipalities.ts',
  'directory/list-services.ts',
  'directory/get-organization.ts',
  'directory/service-row.ts',
  'directory/services-near.ts',
  'directory/get-services.ts',
  'directory/list-organizations.ts',
  'network/municipality-network.ts',
  'network/list-meetings.ts',
  'network/network-actors.ts',
  'network/contact-pairs.ts',
  'network/ego-network.ts', // no Cypher of its own: contact-pairs.ts per step
  'network/actor-contact-times.ts',
  'network/merge-organizations.ts',
  'network/get-meeting.ts',
  'report/report-network.ts',
  'report/referral-matrix.ts',
  'report/activity-report.ts', // no Cypher of its own: activity-totals.ts and referral-matrix.ts per period
  'directory/set-boundaries.ts',
  'suggest/signals.ts',
  'count-graph.ts',
  'ping.ts',
  'embedded-rows.ts',
  'embedded-csv.ts', // embedded COPY only: no Neo4j statement
  'stats/activity-totals.ts',
  'stats/groups.ts',
  'accounts/accounts.ts',
  'accounts/audit.ts',
  'clients/clients.ts',
  'clients/client-activity.ts',
  'clients/client-goals.ts',
];

export function allStatements(dialect: GraphDialect): string[] {
  const upserts = [
    municipalityUpsert,
    organizationUpsert,
    serviceUpsert,
    managerUpsert,
    clientUpsert,
    meetingUpsert,
    accountUpsert,
    goalUpsert,
  ]
    .map((spec) => upsertStatements(spec as Parameters<typeof upsertStatements>[0]))
    .flatMap((s) => (dialect === 'neo4j' ? s.neo4j : s.embedded));
  const events = [contactEvent.type, consultationEvent.type, referralEvent.type]
    .map((type) => eventStatements(type))
    .flatMap((s) => (dialect === 'neo4j' ? s.neo4jAll : s.embeddedAll));
  return [
    ...new Set([
      ...schemaStatements(dialect),
      ...upserts,
      ...events,
      pingCypher,
      listMunicipalitiesCypher,
      ...listServicesStatements,
      servesOfServicesCypher,
      getOrganizationCypher,
      servicesOfOrganizationCypher,
      ...NODE_LABELS.map(countNodesCypher),
      ...RELATIONSHIP_TYPES.map(countRelationshipsCypher),
      servicesInBoxCypher,
      servicesByIdCypher,
      ...listOrganizationsStatements,
      ...Object.values(listManagersCypher),
      ...listMeetingsStatements,
      ...Object.values(suggestSignalsCypher),
      ...Object.values(municipalityActorsCypher),
      ...Object.values(actorContactsCypher).map((t) => cypherFor(t, dialect)),
      ...Object.values(networkActorsCypher),
      ...contactPairsCypher.all,
      cypherFor(contactPairsCypher.ofOrganizations, dialect),
      cypherFor(contactPairsCypher.ofManagers, dialect),
      ...Object.values(actorContactTimesCypher),
      ...mergeOrganizationsStatements,
      getMeetingCypher,
      ...reportNetworkStatements.map((t) => cypherFor(t, dialect)),
      ...Object.values(referralMatrixCypher),
      setBoundariesCypher,
      existingMunicipalitiesCypher,
      ...testingStatements.map((t) => cypherFor(t, dialect)),
      ...(dialect === 'neo4j' ? activityTotalsNeo4j : activityTotalsEmbedded),
      getAccountCypher,
      listAccountsCypher,
      cypherFor(appendAuditCypher, dialect),
      ...Object.values(listAuditCypher),
      ...Object.values(clientCypher),
      ...Object.values(clientActivityCypher),
      ...Object.values(goalCypher),
    ]),
  ];
}
