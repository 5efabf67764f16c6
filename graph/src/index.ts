// Public surface of @lotse/graph: the port, the engines' opener, the model and the use-case queries.
export type {
  GraphEngine,
  GraphSession,
  GraphBatchSession,
  GraphDialect,
  Params,
  Row,
  CypherText,
} from './engine.ts';
export { cypherFor } from './engine.ts';
export { GraphValidationError, GraphEngineError, formatPath, type FieldIssue } from './errors.ts';
export { openGraph, graphConfigFromEnv, DEFAULT_DATA_PATH, type GraphConfig } from './open-graph.ts';
export { applySchema, schemaStatements } from './schema/ddl.ts';
export { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from './schema/catalog.ts';
export * from './model.ts';
export type { UpsertReport } from './queries/upsert/upsert-nodes.ts';
export type { RecordReport } from './queries/record/record-events.ts';
export { upsertMunicipalities } from './queries/upsert/upsert-municipalities.ts';
export { upsertOrganizations } from './queries/upsert/upsert-organizations.ts';
export { upsertServices } from './queries/upsert/upsert-services.ts';
export { upsertManagers } from './queries/upsert/upsert-managers.ts';
export { upsertClients } from './queries/upsert/upsert-clients.ts';
export { recordMeetings } from './queries/upsert/upsert-meetings.ts';
export { recordContacts } from './queries/record/record-contacts.ts';
export { recordConsultations } from './queries/record/record-consultations.ts';
export { recordReferrals } from './queries/record/record-referrals.ts';
export {
  teamReferralOutcomes,
  ownContactsWithOrganizations,
  sharedMeetingsWithOrganizations,
  type TeamOutcome,
  type OwnContact,
  type SharedMeeting,
} from './queries/suggest/signals.ts';
export {
  NEED_TAXONOMY,
  resolveNeed,
  needEntry,
  serviceMeetsNeed,
  normalizeWords,
  type NeedEntry,
} from './taxonomy.ts';
export {
  nextOpening,
  openAt,
  berlinInstant,
  berlinDay,
  berlinWallClock,
  hoursOn,
  SERVICE_TIME_ZONE,
  type Opening,
} from './opening-hours.ts';
export { listMeetings, type MeetingFilter } from './queries/network/list-meetings.ts';
export { getMeeting } from './queries/network/get-meeting.ts';
export {
  readReportNetwork,
  listReportMunicipalities,
  bucketsFor,
  type ReportMunicipality,
  type ReportActor,
  type ReportNetwork,
} from './queries/report/report-network.ts';
export {
  referralMatrices,
  type ReferralMatrixCell,
  type ReferralSourceKind,
} from './queries/report/referral-matrix.ts';
export { periodActivity, type PeriodActivity } from './queries/report/activity-report.ts';
export { existingMunicipalities, setOfficialBoundaries } from './queries/directory/set-boundaries.ts';
export {
  addDays,
  daysIn,
  isCalendarDay,
  dayRangeInstants,
  wholeMonths,
  previousPeriod,
  daysBefore,
  halfYearOf,
  halfYearsEndingWith,
  halfYearsIn,
  type DayRange,
  type InstantRange,
  type HalfYear,
  type HalfYearPart,
} from './periods.ts';
export { listMunicipalities, type MunicipalitySummary } from './queries/directory/list-municipalities.ts';
export { listServices, type ListServicesFilter } from './queries/directory/list-services.ts';
export { getOrganizationWithServices } from './queries/directory/get-organization.ts';
export { getServices } from './queries/directory/get-services.ts';
export { listOrganizations, listManagers, type ManagerRow } from './queries/directory/list-organizations.ts';
export type { ServiceRow } from './queries/directory/service-row.ts';
export { countGraph } from './queries/count-graph.ts';
export { ping } from './queries/ping.ts';
export { servicesNear, haversineKm, type NearbyService } from './queries/directory/services-near.ts';
export {
  municipalityNetwork,
  type NetworkActor,
  type NetworkContact,
} from './queries/network/municipality-network.ts';
export {
  networkActors,
  type ActorRef,
  type ActorLabelName,
  type ActorScope,
  type MapActor,
} from './queries/network/network-actors.ts';
export { contactPairs, actorKey, type ContactPair } from './queries/network/contact-pairs.ts';
export { egoNetwork } from './queries/network/ego-network.ts';
export { actorContactTimes } from './queries/network/actor-contact-times.ts';
export {
  mergeOrganizations,
  type MergeCounts,
  type MergeResult,
} from './queries/network/merge-organizations.ts';
export {
  REFERRAL_GROUPS,
  CONTACT_GROUPS,
  REFERRAL_GROUP_LABELS,
  CONTACT_GROUP_LABELS,
  referralGroup,
  contactGroup,
  emptyReferralGroups,
  emptyContactGroups,
  type ReferralGroup,
  type ContactGroup,
} from './queries/stats/groups.ts';
export {
  activityTotals,
  consultationTotals,
  referralTotals,
  contactTotals,
  WHOLE_STORE,
  type ActivityScope,
  type ActivityTotals,
  type ConsultationTopic,
  type ConsultationTotals,
  type ReferralTotals,
  type ContactTotals,
  type Period as ActivityPeriod,
} from './queries/stats/activity-totals.ts';
export {
  upsertAccounts,
  getAccount,
  listAccounts,
  type AccountSummary,
} from './queries/accounts/accounts.ts';
export { appendAuditEvents, listAuditEvents } from './queries/accounts/audit.ts';
export {
  getClient,
  managerOfClient,
  listClientsOfManager,
  caseCodeTaken,
} from './queries/clients/clients.ts';
export {
  referralsOfClients,
  consultationsOfClient,
  getReferral,
  moveReferral,
  type ReferralRow,
  type StoredReferral,
} from './queries/clients/client-activity.ts';
export { addGoal, goalsOfClient, getGoal, changeGoal } from './queries/clients/client-goals.ts';
