// Activity totals read from the stored graph: consultations by household and primary topic, referrals by
// published target group, professional contacts of managers by published partner group.
// The Cypher aggregates by stored kind/category; the published groups are applied in JS (groups.ts),
// so the rule lives in one place and the report can still show the finer rows.
import { cypherFor, type CypherText, type GraphEngine } from '../../engine.ts';
import {
  CONSULTATION_TOPICS,
  HOUSEHOLD_TYPES,
  NEED_CATEGORIES,
  ORGANIZATION_KINDS,
  type ActorLabel,
  type NeedCategory,
  type OrganizationKind,
} from '../../model.ts';
import {
  contactGroup,
  emptyContactGroups,
  emptyReferralGroups,
  referralGroup,
  type ContactGroup,
  type ReferralGroup,
} from './groups.ts';

export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

/** Half-open interval [from, to) of epoch milliseconds. */
export interface Period {
  from: number;
  to: number;
}

export const ALL_TIME: Period = { from: 0, to: Number.MAX_SAFE_INTEGER };

/** Which activity counts: all of the store (`district: null`), or one district's (see the texts below). */
export interface ActivityScope {
  district: string | null;
}

export const WHOLE_STORE: ActivityScope = { district: null };

// With a district, consultations and referrals count for the district the client lives in, and contacts for
// the districts of the municipalities the manager covers (a manager covering none counts for none).
const clientHome = (district: boolean) => (district ? '-[:LIVES_IN]->(home:Municipality)' : '');
const inDistrict = (district: boolean) => (district ? 'home.district = $district AND ' : '');
// (Kùzu does not see parameters inside EXISTS { … }, so the managers are matched first.)
const managersOf = (district: boolean) =>
  district
    ? `MATCH (home:Municipality)<-[:COVERS]-(g:Manager)
WHERE home.district = $district
WITH DISTINCT g
MATCH (g)-[c:CONTACT]->(p)`
    : 'MATCH (g:Manager)-[c:CONTACT]->(p)';

const consultationsByHousehold = (
  district: boolean,
) => `MATCH (:Manager)-[c:COUNSELLED]->(:Client)${clientHome(district)}
WHERE ${inDistrict(district)}c.at >= $from AND c.at < $to
RETURN c.household AS household, count(c) AS consultations
ORDER BY household`;

// Differs: list index — Neo4j counts from 0 (topics[0]), Kùzu from 1 (topics[1]).
const consultationsByPrimaryTopic = (district: boolean) =>
  ({
    neo4j: `MATCH (:Manager)-[c:COUNSELLED]->(:Client)${clientHome(district)}
WHERE ${inDistrict(district)}c.at >= $from AND c.at < $to
RETURN c.topics[0] AS topic, count(c) AS consultations
ORDER BY topic`,
    embedded: `MATCH (:Manager)-[c:COUNSELLED]->(:Client)${clientHome(district)}
WHERE ${inDistrict(district)}c.at >= $from AND c.at < $to
RETURN c.topics[1] AS topic, count(c) AS consultations
ORDER BY topic`,
  }) as const satisfies CypherText;

const referralsByTarget = (district: boolean) => `MATCH ${
  district ? '(home:Municipality)<-[:LIVES_IN]-' : ''
}(:Client)-[r:REFERRED_TO]->(s:Service)<-[:OFFERS]-(o:Organization)
WHERE ${inDistrict(district)}r.at >= $from AND r.at < $to
RETURN o.kind AS organizationKind, s.category AS category, count(r) AS referrals
ORDER BY organizationKind, category`;

// Differs: a node's label — Neo4j has labels(p), a list (first element [0]); Kùzu has label(p), a string.
// p.kind is null for a Manager partner on both engines.
const contactsFromManagers = (district: boolean) =>
  ({
    neo4j: `${managersOf(district)}
WHERE c.at >= $from AND c.at < $to
RETURN labels(p)[0] AS partnerLabel, p.kind AS partnerKind, count(c) AS contacts
ORDER BY partnerLabel, partnerKind`,
    embedded: `${managersOf(district)}
WHERE c.at >= $from AND c.at < $to
RETURN label(p) AS partnerLabel, p.kind AS partnerKind, count(c) AS contacts
ORDER BY partnerLabel, partnerKind`,
  }) as const satisfies CypherText;

const textsFor = (district: boolean) => ({
  consultationsByHousehold: consultationsByHousehold(district),
  consultationsByPrimaryTopic: consultationsByPrimaryTopic(district),
  referralsByTarget: referralsByTarget(district),
  contactsFromManagers: contactsFromManagers(district),
});

/** The texts over the whole store, and those for one district (parameter `$district`). */
export const activityTotalsCypher = { all: textsFor(false), district: textsFor(true) };
export const consultationsByHouseholdCypher = activityTotalsCypher.all.consultationsByHousehold;
export const consultationsByPrimaryTopicCypher = activityTotalsCypher.all.consultationsByPrimaryTopic;
export const referralsByTargetCypher = activityTotalsCypher.all.referralsByTarget;
export const contactsFromManagersCypher = activityTotalsCypher.all.contactsFromManagers;

const TEXTS: CypherText[] = [
  ...Object.values(activityTotalsCypher.all),
  ...Object.values(activityTotalsCypher.district),
];

/** The texts this module sends to Neo4j (for the Neo4j parser check in CI). */
export const neo4jStatements: string[] = TEXTS.map((t) => cypherFor(t, 'neo4j'));
/** The texts this module sends to the embedded engine. */
export const embeddedStatements: string[] = TEXTS.map((t) => cypherFor(t, 'embedded'));
/** Every Cypher text this module can send, both engines, without duplicates. */
export const statements: string[] = [...new Set([...neo4jStatements, ...embeddedStatements])];

export interface ConsultationTotals {
  total: number;
  byHousehold: Record<HouseholdType, number>;
  byPrimaryTopic: Record<ConsultationTopic, number>;
}

export interface ReferralTargetRow {
  organizationKind: OrganizationKind;
  category: NeedCategory;
  group: ReferralGroup;
  referrals: number;
}

export interface ReferralTotals {
  total: number;
  byGroup: Record<ReferralGroup, number>;
  /** The finer rows behind the groups, for reports that want to show them. */
  byTarget: ReferralTargetRow[];
}

export interface ContactPartnerRow {
  partnerLabel: ActorLabel;
  partnerKind: OrganizationKind | null;
  group: ContactGroup;
  contacts: number;
}

export interface ContactTotals {
  total: number;
  byGroup: Record<ContactGroup, number>;
  byPartner: ContactPartnerRow[];
}

export interface ActivityTotals {
  consultations: ConsultationTotals;
  referrals: ReferralTotals;
  contacts: ContactTotals;
}

const paramsFor = (period: Period, scope: ActivityScope) => ({
  from: period.from,
  to: period.to,
  ...(scope.district === null ? {} : { district: scope.district }),
});
const textsOf = (scope: ActivityScope) =>
  scope.district === null ? activityTotalsCypher.all : activityTotalsCypher.district;
const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/**
 * Consultations in the period. `total` counts every stored consultation, so a row with an unknown
 * household or topic shows as a gap between the total and the sum of the breakdown instead of vanishing.
 */
export async function consultationTotals(
  engine: GraphEngine,
  period: Period = ALL_TIME,
  scope: ActivityScope = WHOLE_STORE,
): Promise<ConsultationTotals> {
  const params = paramsFor(period, scope);
  const texts = textsOf(scope);
  const households = await engine.read<{ household: unknown; consultations: unknown }>(
    texts.consultationsByHousehold,
    params,
  );
  const topics = await engine.read<{ topic: unknown; consultations: unknown }>(
    cypherFor(texts.consultationsByPrimaryTopic, engine.dialect),
    params,
  );
  const byHousehold = Object.fromEntries(HOUSEHOLD_TYPES.map((h) => [h, 0])) as Record<HouseholdType, number>;
  const byPrimaryTopic = Object.fromEntries(CONSULTATION_TOPICS.map((t) => [t, 0])) as Record<
    ConsultationTopic,
    number
  >;
  let total = 0;
  for (const row of households) {
    const n = Number(row.consultations);
    total += n;
    if (isOneOf(HOUSEHOLD_TYPES, row.household)) byHousehold[row.household] += n;
  }
  for (const row of topics) {
    if (isOneOf(CONSULTATION_TOPICS, row.topic)) byPrimaryTopic[row.topic] += Number(row.consultations);
  }
  return { total, byHousehold, byPrimaryTopic };
}

/** Referrals in the period, grouped by the published target groups (groups.ts). */
export async function referralTotals(
  engine: GraphEngine,
  period: Period = ALL_TIME,
  scope: ActivityScope = WHOLE_STORE,
): Promise<ReferralTotals> {
  const rows = await engine.read<{ organizationKind: unknown; category: unknown; referrals: unknown }>(
    textsOf(scope).referralsByTarget,
    paramsFor(period, scope),
  );
  const byGroup = emptyReferralGroups();
  const byTarget: ReferralTargetRow[] = [];
  let total = 0;
  for (const row of rows) {
    const referrals = Number(row.referrals);
    total += referrals;
    // A kind or category outside the closed lists cannot be classified; it stays in the total only.
    if (!isOneOf(ORGANIZATION_KINDS, row.organizationKind) || !isOneOf(NEED_CATEGORIES, row.category))
      continue;
    const group = referralGroup(row.organizationKind, row.category);
    byGroup[group] += referrals;
    byTarget.push({ organizationKind: row.organizationKind, category: row.category, group, referrals });
  }
  return { total, byGroup, byTarget };
}

/** Professional contacts started by managers in the period, grouped by the published partner groups. */
export async function contactTotals(
  engine: GraphEngine,
  period: Period = ALL_TIME,
  scope: ActivityScope = WHOLE_STORE,
): Promise<ContactTotals> {
  const rows = await engine.read<{ partnerLabel: unknown; partnerKind: unknown; contacts: unknown }>(
    cypherFor(textsOf(scope).contactsFromManagers, engine.dialect),
    paramsFor(period, scope),
  );
  const byGroup = emptyContactGroups();
  const byPartner: ContactPartnerRow[] = [];
  let total = 0;
  for (const row of rows) {
    const contacts = Number(row.contacts);
    total += contacts;
    if (row.partnerLabel !== 'Manager' && row.partnerLabel !== 'Organization') continue;
    const partnerKind = isOneOf(ORGANIZATION_KINDS, row.partnerKind) ? row.partnerKind : null;
    const group = contactGroup(row.partnerLabel, partnerKind);
    byGroup[group] += contacts;
    byPartner.push({ partnerLabel: row.partnerLabel, partnerKind, group, contacts });
  }
  return { total, byGroup, byPartner };
}

export async function activityTotals(
  engine: GraphEngine,
  period: Period = ALL_TIME,
  scope: ActivityScope = WHOLE_STORE,
): Promise<ActivityTotals> {
  return {
    consultations: await consultationTotals(engine, period, scope),
    referrals: await referralTotals(engine, period, scope),
    contacts: await contactTotals(engine, period, scope),
  };
}
