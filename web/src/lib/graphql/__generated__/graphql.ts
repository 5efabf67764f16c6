/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The two kinds of actor a contact connects. */
export type ActorLabel =
  | 'MANAGER'
  | 'ORGANIZATION';

export type ActorRef = {
  id: string | number;
  label: ActorLabel;
};

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type CloseCaseInput = {
  closedOn: string;
  /** E.g. own tenancy, moved away, integrated into work. */
  outcome: string;
};

export type ConsultationInput = {
  at: string;
  clientId: string | number;
  topics: Array<ConsultationTopic>;
};

export type ConsultationTopic =
  | 'CHILDREN'
  | 'HEALTH'
  | 'HOUSING'
  | 'LABOUR_MARKET'
  | 'LANGUAGE'
  | 'OTHER';

export type ContactChannel =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'MEETING'
  | 'PHONE'
  | 'VIDEO';

/** How the brochure groups the partners of managers' professional contacts. */
export type ContactGroup =
  | 'ADMINISTRATIONS'
  | 'COMPANIES'
  | 'MANAGERS_AND_COMMISSIONERS'
  | 'OTHER'
  | 'VOLUNTEER_ASSOCIATIONS';

export type ContactInput = {
  at: string;
  channel: ContactChannel;
  from: ActorRef;
  to: ActorRef;
  /** A few words, never client data. */
  topic?: string | null | undefined;
};

/** How a client can reach a service. */
export type ContactMode =
  | 'HOME_VISIT'
  | 'IN_PERSON'
  | 'MOBILE_OFFICE'
  | 'PHONE'
  | 'VIDEO';

export type Cost =
  | 'FEE'
  | 'FREE'
  | 'REDUCED';

/** Berlin calendar days, both included. */
export type DayRangeInput = {
  from: string;
  to: string;
};

/** Why a service declined a referral. */
export type DeclineReason =
  | 'CLIENT_WITHDREW'
  | 'NOT_ELIGIBLE'
  | 'NOT_RESPONSIBLE'
  | 'NO_CAPACITY';

export type EligibleGender =
  | 'ANY'
  | 'DIVERSE'
  | 'FEMALE'
  | 'MALE';

/** The area of life an integration-plan goal is about (a fixed list: the plan holds no free-text diagnosis). */
export type GoalArea =
  | 'CHILDREN'
  | 'EDUCATION'
  | 'HEALTH'
  | 'HOUSING'
  | 'LANGUAGE'
  | 'RESIDENCE'
  | 'SOCIAL_PARTICIPATION'
  | 'WORK';

export type GoalInput = {
  area: GoalArea;
  dueOn?: string | null | undefined;
  /** At most 200 characters; no names or health details. */
  text: string;
};

/** Fields to change; absent fields stay as they are. `dueOn: null` removes the due date. */
export type GoalPatch = {
  area?: GoalArea | null | undefined;
  dueOn?: string | null | undefined;
  /** OPEN reopens an achieved or dropped goal. */
  status?: GoalStatus | null | undefined;
  text?: string | null | undefined;
};

export type GoalStatus =
  | 'ACHIEVED'
  | 'DROPPED'
  | 'OPEN';

export type Household =
  | 'FAMILY'
  | 'SINGLE';

export type MeetingKind =
  | 'NETWORK_MEETING'
  | 'STEERING_GROUP'
  | 'WORKING_GROUP';

/** A need a service addresses (the Lotse need taxonomy; ids are stable). */
export type NeedCategory =
  | 'ADDICTION_COUNSELLING'
  | 'ANTI_DISCRIMINATION'
  | 'BENEFITS'
  | 'CHILDCARE_SCHOOL'
  | 'CONSUMER_ADVICE'
  | 'DEBT_COUNSELLING'
  | 'HEALTH_CARE'
  | 'JOB_PLACEMENT'
  | 'LANGUAGE_COURSE'
  | 'LEGAL_ADVICE'
  | 'LEISURE_PARTICIPATION'
  | 'MIGRATION_COUNSELLING'
  | 'PREGNANCY_COUNSELLING'
  | 'PSYCHOSOCIAL_SUPPORT'
  | 'RECOGNITION_COUNSELLING'
  | 'RESIDENCE_MATTERS'
  | 'TENANCY_ADVICE'
  | 'VOLUNTEER_SUPPORT';

/** What kind of actor a node of the network map is: an organisation's kind, or an integration manager. */
export type NetworkActorKind =
  | 'ASSOCIATION'
  | 'COUNSELLING_PROVIDER'
  | 'EMPLOYER'
  | 'EMPLOYMENT_AGENCY'
  | 'HEALTH'
  | 'HELPER_CIRCLE'
  | 'IMMIGRATION_OFFICE'
  | 'IM_CARRIER'
  | 'INTEGRATION_COMMISSIONER'
  | 'JOB_CENTRE'
  | 'LANGUAGE_COURSE_PROVIDER'
  | 'MANAGER'
  | 'MIGRANT_ORGANISATION'
  | 'OTHER'
  | 'SCHOOL_KITA'
  | 'SOCIAL_WELFARE_OFFICE'
  | 'TOWN_HALL';

/** A period of days (Europe/Berlin), both days included. */
export type NetworkPeriod = {
  from: string;
  to: string;
};

/** Where the map looks: exactly one of some municipalities, the whole district, or one actor's ego network. */
export type NetworkScope = {
  /** Every actor (not archived). */
  district?: boolean | null | undefined;
  /** One actor and everyone within `steps` contacts of it in the period. */
  ego?: ActorRef | null | undefined;
  /** Organisations located in these municipalities and managers covering them (AGS, 1–20). */
  municipalityAgs?: Array<string> | null | undefined;
  /** 1 or 2; only with `ego` (other scopes accept only the default). */
  steps?: number | null | undefined;
};

export type OrganizationInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  kind: OrganizationKind;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  municipalityAgs: string;
  name: string;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

/** What kind of actor an organisation is in the helper network. */
export type OrganizationKind =
  | 'ASSOCIATION'
  | 'COUNSELLING_PROVIDER'
  | 'EMPLOYER'
  | 'EMPLOYMENT_AGENCY'
  | 'HEALTH'
  | 'HELPER_CIRCLE'
  | 'IMMIGRATION_OFFICE'
  | 'IM_CARRIER'
  | 'INTEGRATION_COMMISSIONER'
  | 'JOB_CENTRE'
  | 'LANGUAGE_COURSE_PROVIDER'
  | 'MIGRANT_ORGANISATION'
  | 'OTHER'
  | 'SCHOOL_KITA'
  | 'SOCIAL_WELFARE_OFFICE'
  | 'TOWN_HALL';

/** Fields to change; absent fields stay as they are. */
export type OrganizationPatch = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  municipalityAgs?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

export type PointInput = {
  lat: number;
  lon: number;
};

export type ReasonCode =
  | 'APPOINTMENT_ONLY'
  | 'BARRIER_FREE'
  | 'DISTANCE'
  | 'LANGUAGE'
  | 'LANGUAGE_MISSING'
  | 'NEXT_OPENING'
  | 'NO_OPENING_IN_WINDOW'
  | 'OPENING_UNKNOWN'
  | 'OPEN_NOW'
  | 'OWN_CONTACT'
  | 'REMOTE'
  | 'SHARED_MEETING'
  | 'TEAM_ACCEPTED'
  | 'TEAM_HELPED'
  | 'TEMPORARILY_CLOSED'
  | 'WAITING_TIME';

export type ReferFromSuggestionInput = {
  clientId: string | number;
  /** The client agreed that their data is shared with this service (Einwilligung zur Weitergabe). */
  consentToShare: boolean;
  /** The need of the suggestion (id or text, as asked). */
  need: string;
  serviceId: string | number;
  status?: ReferralStatus | null | undefined;
};

/** How the brochure groups referral targets (the target's kind first, then the service's category). */
export type ReferralGroup =
  | 'EMPLOYMENT'
  | 'HEALTH_COUNSELLING'
  | 'IMMIGRATION_OFFICE'
  | 'OTHER'
  | 'REFUGEE_ORGANISATIONS';

export type ReferralMove = {
  /** Required when moving to CLOSED. */
  outcome?: ReferralOutcome | null | undefined;
  /** Required when moving to DECLINED. */
  reason?: DeclineReason | null | undefined;
  status: ReferralStatus;
};

/** How a closed referral ended for the client. */
export type ReferralOutcome =
  | 'HELPED'
  | 'NOT_HELPED'
  | 'UNKNOWN';

/** Who referred: the kind of organisation employing the referring manager, or UNKNOWN. */
export type ReferralSourceKind =
  | 'ASSOCIATION'
  | 'COUNSELLING_PROVIDER'
  | 'EMPLOYER'
  | 'EMPLOYMENT_AGENCY'
  | 'HEALTH'
  | 'HELPER_CIRCLE'
  | 'IMMIGRATION_OFFICE'
  | 'IM_CARRIER'
  | 'INTEGRATION_COMMISSIONER'
  | 'JOB_CENTRE'
  | 'LANGUAGE_COURSE_PROVIDER'
  | 'MIGRANT_ORGANISATION'
  | 'OTHER'
  | 'SCHOOL_KITA'
  | 'SOCIAL_WELFARE_OFFICE'
  | 'TOWN_HALL'
  | 'UNKNOWN';

export type ReferralStatus =
  | 'ACCEPTED'
  | 'ATTENDED'
  | 'CLOSED'
  | 'DECLINED'
  | 'PLANNED'
  | 'SENT';

export type ReportComparisonInput = {
  kind: ReportComparisonKind;
  /** With MEETING. */
  meetingId?: string | number | null | undefined;
  /** With CUSTOM. */
  period?: DayRangeInput | null | undefined;
};

export type ReportComparisonKind =
  /** The period given in `period`. */
  | 'CUSTOM'
  /** The period as long as the report's that ends the day before the meeting (`meetingId`): the network as it met. */
  | 'MEETING'
  /** No comparison. */
  | 'NONE'
  /** The period before: for whole calendar months (half-year, year …) as many months before, else as many days. */
  | 'PREVIOUS_PERIOD';

/** What a login may do (DESIGN.md, roles). */
export type Role =
  /** Manages accounts and the directory; sees no client. */
  | 'ADMIN'
  /** Maps the network and edits the directory; sees aggregates, never a client's identity. */
  | 'COORDINATOR'
  /** An integration manager: the directory, the network, and their own caseload. */
  | 'MANAGER'
  /** A network meeting participant: aggregates only. */
  | 'VIEWER';

/** What the directory's list and map filter by; absent or false fields do not filter. */
export type ServiceFilter = {
  /** Step-free access. */
  barrierFree?: boolean | null | undefined;
  category?: NeedCategory | null | undefined;
  /** Counselling in this language (ISO 639 code). */
  language?: string | null | undefined;
  /** Located in this municipality (AGS). */
  municipalityAgs?: string | null | undefined;
  /** Open at this moment (Europe/Berlin; closed services never are). */
  openNow?: boolean | null | undefined;
  /** Reachable by phone or video. */
  remote?: boolean | null | undefined;
};

export type ServiceStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'TEMPORARILY_CLOSED';

export type SuggestInput = {
  barrierFree?: boolean | null | undefined;
  /** ISO 639 codes. For a client origin, the client's languages when omitted. */
  languages?: Array<string> | null | undefined;
  /** 1–50. */
  limit?: number | null | undefined;
  /** 1–300 km. */
  maxKm?: number | null | undefined;
  /** A need id (debt_counselling, residence_matters/residence_permit) or free text: Schulden, schwanger, Sucht, Aufenthaltserlaubnis. */
  need: string;
  origin: SuggestOrigin;
  /** Only services that counsel by phone or video; distance is then no limit. */
  remoteOnly?: boolean | null | undefined;
  /** When the client could go. Default: the next seven days. */
  window?: TimeWindow | null | undefined;
};

/** Where a suggestion starts: exactly one of a client of the caller, a municipality, or a point. */
export type SuggestOrigin = {
  /** A client of the calling manager: their municipality's centre, languages and eligibility facts are used. */
  clientId?: string | number | null | undefined;
  municipalityAgs?: string | null | undefined;
  point?: PointInput | null | undefined;
};

export type TimeWindow = {
  from: string;
  to: string;
};

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, displayName: string, role: Role, managerId: string | null, isDemo: boolean } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { username: string, displayName: string, role: Role } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RecordConsultationMutationVariables = Exact<{
  input: ConsultationInput;
}>;


export type RecordConsultationMutation = { recordConsultation: { id: string } };

export type AddGoalMutationVariables = Exact<{
  clientId: string | number;
  input: GoalInput;
}>;


export type AddGoalMutation = { addGoal: { id: string } };

export type UpdateGoalMutationVariables = Exact<{
  clientId: string | number;
  goalId: string | number;
  patch: GoalPatch;
}>;


export type UpdateGoalMutation = { updateGoal: { id: string, status: GoalStatus } };

export type CloseCaseMutationVariables = Exact<{
  id: string | number;
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { id: string, caseStatus: CaseStatus } };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: Array<{ ags: string, name: string, district: string, population: number, serviceCount: number }> };

export type MunicipalityServicesQueryVariables = Exact<{
  municipalityAgs: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MunicipalityServicesQuery = { services: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, category: NeedCategory, address: string, languages: Array<string>, barrierFree: boolean, organization: { id: string, name: string } } }> } };

export type ServicePageQueryVariables = Exact<{
  id: string | number;
}>;


export type ServicePageQuery = { service: { id: string, name: string, category: NeedCategory, subcategory: string, description: string, address: string, lat: number, lon: number, phone: string, email: string, website: string, languages: Array<string>, contactModes: Array<ContactMode>, barrierFree: boolean, accessibility: Array<string>, cost: Cost, waitingDays: number | null, status: ServiceStatus, lastVerified: string | null, isDemo: boolean, servesAll: boolean, responsibleArea: Array<{ ags: string, name: string }>, municipality: { ags: string, name: string }, organization: { id: string, name: string }, eligibility: { targetGroups: Array<string>, residenceStatuses: Array<string>, minAge: number | null, maxAge: number | null, gender: EligibleGender }, openingHours: { appointmentOnly: boolean, weekly: Array<{ day: Weekday, from: string, to: string }>, exceptions: Array<{ date: string, closed: boolean, note: string, ranges: Array<{ from: string, to: string }> }> }, openingStatus: { openNow: boolean, today: Weekday, date: string, nextOpening: { start: string, end: string } | null } } | null };

export type DirectoryPageQueryVariables = Exact<{
  filter: ServiceFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type DirectoryPageQuery = { municipalities: Array<{ ags: string, name: string, boundary: string | null, boundaryApproximate: boolean }>, services: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, category: NeedCategory, address: string, languages: Array<string>, barrierFree: boolean, contactModes: Array<ContactMode>, municipality: { name: string }, organization: { name: string }, openingStatus: { openNow: boolean } } }> }, serviceMap: Array<{ id: string, name: string, category: NeedCategory, lat: number, lon: number, organization: { name: string } }> };

export type NetworkPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkPickerQuery = { today: string, municipalities: Array<{ ags: string, name: string, lat: number, lon: number }> };

export type NetworkPageQueryVariables = Exact<{
  scope: NetworkScope;
  period: NetworkPeriod;
  kinds?: Array<NetworkActorKind> | NetworkActorKind | null | undefined;
}>;


export type NetworkPageQuery = { network: { nodeLimit: number, summary: { nodes: number, edges: number, components: number, isolated: number, articulationPoints: number, density: number, averageDegree: number }, nodes: Array<{ key: string, label: ActorLabel, id: string, name: string, kind: NetworkActorKind, groupAgs: string, degree: number, contacts: number, articulation: boolean, isolated: boolean }>, edgeColumns: { source: Array<number>, target: Array<number>, contacts: Array<number>, bridge: Array<boolean> } } };

export type NetworkExtrasQueryVariables = Exact<{
  scope: NetworkScope;
  period: NetworkPeriod;
  kinds?: Array<NetworkActorKind> | NetworkActorKind | null | undefined;
}>;


export type NetworkExtrasQuery = { network: { summary: { communities: number }, nodes: Array<{ key: string, betweenness: number, community: number }> } };

export type NetworkWarmQueryVariables = Exact<{
  scope: NetworkScope;
  period: NetworkPeriod;
  kinds?: Array<NetworkActorKind> | NetworkActorKind | null | undefined;
}>;


export type NetworkWarmQuery = { network: { nodeLimit: number } };

export type NetworkActorPanelQueryVariables = Exact<{
  label: ActorLabel;
  id: string | number;
  period: NetworkPeriod;
}>;


export type NetworkActorPanelQuery = { networkActor: { key: string, name: string, kind: NetworkActorKind, organization: { id: string, address: string, phone: string, email: string, website: string, municipality: { ags: string, name: string }, services: Array<{ id: string, name: string, category: NeedCategory }> } | null, manager: { id: string, email: string, employer: { name: string }, covers: Array<{ name: string }> } | null, contactsByMonth: Array<{ month: string, count: number }> } | null };

export type NetworkRecordContactMutationVariables = Exact<{
  input: ContactInput;
}>;


export type NetworkRecordContactMutation = { recordContact: { id: string } };

export type NetworkCreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type NetworkCreateOrganizationMutation = { createOrganization: { id: string, name: string } };

export type NetworkMergeOrganizationsMutationVariables = Exact<{
  keepId: string | number;
  mergeId: string | number;
  apply: boolean;
}>;


export type NetworkMergeOrganizationsMutation = { mergeOrganizations: { mergedId: string, contacts: number, services: number, meetings: number, referrals: number, employees: number, contactsBetween: number, applied: boolean, kept: { id: string, name: string } } };

export type NetworkUpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  patch: OrganizationPatch;
}>;


export type NetworkUpdateOrganizationMutation = { updateOrganization: { id: string, name: string } };

export type ReportPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportPickerQuery = { today: string, municipalities: Array<{ district: string }>, meetings: { edges: Array<{ node: { id: string, title: string, kind: MeetingKind, date: string, municipality: { name: string } } }> } };

export type ReportCountFragment = { value: number | null, suppressed: boolean };

export type ReportRatioFragment = { value: number | null, suppressed: boolean };

export type ReportDensityFiguresFragment = { actors: { value: number | null, suppressed: boolean }, ties: { value: number | null, suppressed: boolean }, contacts: { value: number | null, suppressed: boolean }, density: { value: number | null, suppressed: boolean }, averageDegree: { value: number | null, suppressed: boolean }, contactsPerActor: { value: number | null, suppressed: boolean }, isolatedActors: { value: number | null, suppressed: boolean }, components: { value: number | null, suppressed: boolean }, externalTies: { value: number | null, suppressed: boolean } };

export type ReportActivityFiguresFragment = { consultations: { value: number | null, suppressed: boolean }, consultationsByTopic: Array<{ topic: ConsultationTopic, count: { value: number | null, suppressed: boolean } }>, referrals: { value: number | null, suppressed: boolean }, referralsByGroup: Array<{ group: ReferralGroup, label: string, labelEn: string, count: { value: number | null, suppressed: boolean } }>, contacts: { value: number | null, suppressed: boolean }, contactsByPartnerGroup: Array<{ group: ContactGroup, label: string, labelEn: string, count: { value: number | null, suppressed: boolean } }>, referralMatrix: Array<{ sourceKind: ReferralSourceKind, targetKind: OrganizationKind, count: { value: number | null, suppressed: boolean } }> };

export type ReportPageQueryVariables = Exact<{
  district?: string | null | undefined;
  period: DayRangeInput;
  compare?: ReportComparisonInput | null | undefined;
  activityPeriod: DayRangeInput;
}>;


export type ReportPageQuery = { densityReport: { district: string | null, suppressed: boolean, minimumCellSize: number, generatedAt: string, period: { from: string, to: string }, comparison: { kind: ReportComparisonKind, period: { from: string, to: string }, meeting: { id: string, title: string, date: string } | null } | null, trendHalfYears: Array<{ halfYear: string, partial: boolean }>, total: { current: { actors: { value: number | null, suppressed: boolean }, ties: { value: number | null, suppressed: boolean }, contacts: { value: number | null, suppressed: boolean }, density: { value: number | null, suppressed: boolean }, averageDegree: { value: number | null, suppressed: boolean }, contactsPerActor: { value: number | null, suppressed: boolean }, isolatedActors: { value: number | null, suppressed: boolean }, components: { value: number | null, suppressed: boolean }, externalTies: { value: number | null, suppressed: boolean } }, change: { density: { value: number | null, suppressed: boolean }, contactsPerActor: { value: number | null, suppressed: boolean } } | null }, municipalities: Array<{ municipality: { ags: string, name: string, boundary: string | null, boundaryApproximate: boolean }, current: { actors: { value: number | null, suppressed: boolean }, ties: { value: number | null, suppressed: boolean }, contacts: { value: number | null, suppressed: boolean }, density: { value: number | null, suppressed: boolean }, averageDegree: { value: number | null, suppressed: boolean }, contactsPerActor: { value: number | null, suppressed: boolean }, isolatedActors: { value: number | null, suppressed: boolean }, components: { value: number | null, suppressed: boolean }, externalTies: { value: number | null, suppressed: boolean } }, change: { density: { value: number | null, suppressed: boolean }, contactsPerActor: { value: number | null, suppressed: boolean } } | null, trend: Array<{ halfYear: string, figures: { density: { value: number | null, suppressed: boolean } } }> }> }, period: { total: { consultations: { value: number | null, suppressed: boolean }, consultationsByTopic: Array<{ topic: ConsultationTopic, count: { value: number | null, suppressed: boolean } }>, referrals: { value: number | null, suppressed: boolean }, referralsByGroup: Array<{ group: ReferralGroup, label: string, labelEn: string, count: { value: number | null, suppressed: boolean } }>, contacts: { value: number | null, suppressed: boolean }, contactsByPartnerGroup: Array<{ group: ContactGroup, label: string, labelEn: string, count: { value: number | null, suppressed: boolean } }>, referralMatrix: Array<{ sourceKind: ReferralSourceKind, targetKind: OrganizationKind, count: { value: number | null, suppressed: boolean } }> } }, halfYears: { period: { from: string, to: string }, halfYears: Array<{ halfYear: string, complete: boolean, figures: { consultations: { value: number | null, suppressed: boolean }, consultationsByTopic: Array<{ topic: ConsultationTopic, count: { value: number | null, suppressed: boolean } }>, referrals: { value: number | null, suppressed: boolean }, referralsByGroup: Array<{ group: ReferralGroup, label: string, labelEn: string, count: { value: number | null, suppressed: boolean } }>, contacts: { value: number | null, suppressed: boolean }, contactsByPartnerGroup: Array<{ group: ContactGroup, label: string, labelEn: string, count: { value: number | null, suppressed: boolean } }>, referralMatrix: Array<{ sourceKind: ReferralSourceKind, targetKind: OrganizationKind, count: { value: number | null, suppressed: boolean } }> } }>, total: { consultations: { value: number | null, suppressed: boolean }, consultationsByTopic: Array<{ topic: ConsultationTopic, count: { value: number | null, suppressed: boolean } }>, referrals: { value: number | null, suppressed: boolean }, referralsByGroup: Array<{ group: ReferralGroup, label: string, labelEn: string, count: { value: number | null, suppressed: boolean } }>, contacts: { value: number | null, suppressed: boolean }, contactsByPartnerGroup: Array<{ group: ContactGroup, label: string, labelEn: string, count: { value: number | null, suppressed: boolean } }>, referralMatrix: Array<{ sourceKind: ReferralSourceKind, targetKind: OrganizationKind, count: { value: number | null, suppressed: boolean } }> } } };

export type ReportOutlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportOutlinesQuery = { municipalities: Array<{ ags: string, boundaryApproximate: boolean }> };

export type SuggestPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type SuggestPickerQuery = { municipalities: Array<{ ags: string, name: string, boundary: string | null, boundaryApproximate: boolean }>, me: { role: Role } | null };

export type MyOpenClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOpenClientsQuery = { myClients: { edges: Array<{ node: { id: string, caseCode: string, languages: Array<string>, municipality: { name: string } } }> } };

export type SuggestServicesQueryVariables = Exact<{
  input: SuggestInput;
}>;


export type SuggestServicesQuery = { suggestServices: { need: { id: string, category: NeedCategory, label: string, labelEn: string }, origin: { lat: number, lon: number, municipality: { ags: string, name: string } }, suggestions: Array<{ distanceKm: number, score: number, matchedLanguages: Array<string>, service: { id: string, name: string, address: string, lat: number, lon: number, organization: { name: string } }, nextOpening: { start: string, appointmentOnly: boolean } | null, reasons: Array<{ code: ReasonCode, weight: number, text: string, textEn: string }> }>, gap: { text: string, textEn: string, nearMiss: { distanceKm: number, text: string, textEn: string, service: { id: string, name: string } } | null } | null } };

export type ReferFromSuggestionMutationVariables = Exact<{
  input: ReferFromSuggestionInput;
}>;


export type ReferFromSuggestionMutation = { referFromSuggestion: { id: string } };

export type ClientPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientPageQuery = { client: { id: string, caseCode: string, household: Household, householdSize: number, languages: Array<string>, caseStatus: CaseStatus, openedOn: string, closedOn: string | null, closureOutcome: string, municipality: { name: string }, consultations: Array<{ id: string, at: string, topics: Array<ConsultationTopic>, household: Household }>, goals: Array<{ id: string, area: GoalArea, text: string, dueOn: string | null, status: GoalStatus, updatedAt: string }>, referrals: Array<{ id: string, at: string, need: NeedCategory, status: ReferralStatus, nextStatuses: Array<ReferralStatus>, consentAt: string | null, service: { id: string, name: string, organization: { name: string } } }> } };

export type MyCaseloadQueryVariables = Exact<{
  after?: string | null | undefined;
  status?: CaseStatus | null | undefined;
}>;


export type MyCaseloadQuery = { myClients: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, caseCode: string, caseStatus: CaseStatus, household: Household, municipality: { name: string }, referrals: Array<{ nextStatuses: Array<ReferralStatus> }> } }> } };

export type MoveReferralMutationVariables = Exact<{
  id: string | number;
  move: ReferralMove;
}>;


export type MoveReferralMutation = { moveReferral: { id: string, status: ReferralStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReportCountFragmentDoc = new TypedDocumentString(`
    fragment ReportCount on Count {
  value
  suppressed
}
    `, {"fragmentName":"ReportCount"}) as unknown as TypedDocumentString<ReportCountFragment, unknown>;
export const ReportRatioFragmentDoc = new TypedDocumentString(`
    fragment ReportRatio on Ratio {
  value
  suppressed
}
    `, {"fragmentName":"ReportRatio"}) as unknown as TypedDocumentString<ReportRatioFragment, unknown>;
export const ReportDensityFiguresFragmentDoc = new TypedDocumentString(`
    fragment ReportDensityFigures on DensityFigures {
  actors {
    ...ReportCount
  }
  ties {
    ...ReportCount
  }
  contacts {
    ...ReportCount
  }
  density {
    ...ReportRatio
  }
  averageDegree {
    ...ReportRatio
  }
  contactsPerActor {
    ...ReportRatio
  }
  isolatedActors {
    ...ReportCount
  }
  components {
    ...ReportCount
  }
  externalTies {
    ...ReportCount
  }
}
    fragment ReportCount on Count {
  value
  suppressed
}
fragment ReportRatio on Ratio {
  value
  suppressed
}`, {"fragmentName":"ReportDensityFigures"}) as unknown as TypedDocumentString<ReportDensityFiguresFragment, unknown>;
export const ReportActivityFiguresFragmentDoc = new TypedDocumentString(`
    fragment ReportActivityFigures on ActivityFigures {
  consultations {
    ...ReportCount
  }
  consultationsByTopic {
    topic
    count {
      ...ReportCount
    }
  }
  referrals {
    ...ReportCount
  }
  referralsByGroup {
    group
    label
    labelEn
    count {
      ...ReportCount
    }
  }
  contacts {
    ...ReportCount
  }
  contactsByPartnerGroup {
    group
    label
    labelEn
    count {
      ...ReportCount
    }
  }
  referralMatrix {
    sourceKind
    targetKind
    count {
      ...ReportCount
    }
  }
}
    fragment ReportCount on Count {
  value
  suppressed
}`, {"fragmentName":"ReportActivityFigures"}) as unknown as TypedDocumentString<ReportActivityFiguresFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    username
    displayName
    role
    managerId
    isDemo
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RecordConsultationDocument = new TypedDocumentString(`
    mutation RecordConsultation($input: ConsultationInput!) {
  recordConsultation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordConsultationMutation, RecordConsultationMutationVariables>;
export const AddGoalDocument = new TypedDocumentString(`
    mutation AddGoal($clientId: ID!, $input: GoalInput!) {
  addGoal(clientId: $clientId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddGoalMutation, AddGoalMutationVariables>;
export const UpdateGoalDocument = new TypedDocumentString(`
    mutation UpdateGoal($clientId: ID!, $goalId: ID!, $patch: GoalPatch!) {
  updateGoal(clientId: $clientId, goalId: $goalId, patch: $patch) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const CloseCaseDocument = new TypedDocumentString(`
    mutation CloseCase($id: ID!, $input: CloseCaseInput!) {
  closeCase(id: $id, input: $input) {
    id
    caseStatus
  }
}
    `) as unknown as TypedDocumentString<CloseCaseMutation, CloseCaseMutationVariables>;
export const MunicipalitiesDocument = new TypedDocumentString(`
    query Municipalities {
  municipalities {
    ags
    name
    district
    population
    serviceCount
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const MunicipalityServicesDocument = new TypedDocumentString(`
    query MunicipalityServices($municipalityAgs: String!, $first: Int, $after: String) {
  services(municipalityAgs: $municipalityAgs, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        category
        address
        languages
        barrierFree
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalityServicesQuery, MunicipalityServicesQueryVariables>;
export const ServicePageDocument = new TypedDocumentString(`
    query ServicePage($id: ID!) {
  service(id: $id) {
    id
    name
    category
    subcategory
    description
    address
    lat
    lon
    phone
    email
    website
    languages
    contactModes
    barrierFree
    accessibility
    cost
    waitingDays
    status
    lastVerified
    isDemo
    servesAll
    responsibleArea {
      ags
      name
    }
    municipality {
      ags
      name
    }
    organization {
      id
      name
    }
    eligibility {
      targetGroups
      residenceStatuses
      minAge
      maxAge
      gender
    }
    openingHours {
      appointmentOnly
      weekly {
        day
        from
        to
      }
      exceptions {
        date
        closed
        ranges {
          from
          to
        }
        note
      }
    }
    openingStatus {
      openNow
      today
      date
      nextOpening {
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServicePageQuery, ServicePageQueryVariables>;
export const DirectoryPageDocument = new TypedDocumentString(`
    query DirectoryPage($filter: ServiceFilter!, $first: Int!, $after: String) {
  municipalities {
    ags
    name
    boundary
    boundaryApproximate
  }
  services(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        category
        address
        languages
        barrierFree
        contactModes
        municipality {
          name
        }
        organization {
          name
        }
        openingStatus {
          openNow
        }
      }
    }
  }
  serviceMap(filter: $filter) {
    id
    name
    category
    lat
    lon
    organization {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryPageQuery, DirectoryPageQueryVariables>;
export const NetworkPickerDocument = new TypedDocumentString(`
    query NetworkPicker {
  today
  municipalities {
    ags
    name
    lat
    lon
  }
}
    `) as unknown as TypedDocumentString<NetworkPickerQuery, NetworkPickerQueryVariables>;
export const NetworkPageDocument = new TypedDocumentString(`
    query NetworkPage($scope: NetworkScope!, $period: NetworkPeriod!, $kinds: [NetworkActorKind!]) {
  network(scope: $scope, period: $period, kinds: $kinds) {
    nodeLimit
    summary {
      nodes
      edges
      components
      isolated
      articulationPoints
      density
      averageDegree
    }
    nodes {
      key
      label
      id
      name
      kind
      groupAgs
      degree
      contacts
      articulation
      isolated
    }
    edgeColumns {
      source
      target
      contacts
      bridge
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkPageQuery, NetworkPageQueryVariables>;
export const NetworkExtrasDocument = new TypedDocumentString(`
    query NetworkExtras($scope: NetworkScope!, $period: NetworkPeriod!, $kinds: [NetworkActorKind!]) {
  network(scope: $scope, period: $period, kinds: $kinds) {
    summary {
      communities
    }
    nodes {
      key
      betweenness
      community
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkExtrasQuery, NetworkExtrasQueryVariables>;
export const NetworkWarmDocument = new TypedDocumentString(`
    query NetworkWarm($scope: NetworkScope!, $period: NetworkPeriod!, $kinds: [NetworkActorKind!]) {
  network(scope: $scope, period: $period, kinds: $kinds) {
    nodeLimit
  }
}
    `) as unknown as TypedDocumentString<NetworkWarmQuery, NetworkWarmQueryVariables>;
export const NetworkActorPanelDocument = new TypedDocumentString(`
    query NetworkActorPanel($label: ActorLabel!, $id: ID!, $period: NetworkPeriod!) {
  networkActor(label: $label, id: $id) {
    key
    name
    kind
    organization {
      id
      address
      phone
      email
      website
      municipality {
        ags
        name
      }
      services {
        id
        name
        category
      }
    }
    manager {
      id
      email
      employer {
        name
      }
      covers {
        name
      }
    }
    contactsByMonth(period: $period) {
      month
      count
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkActorPanelQuery, NetworkActorPanelQueryVariables>;
export const NetworkRecordContactDocument = new TypedDocumentString(`
    mutation NetworkRecordContact($input: ContactInput!) {
  recordContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<NetworkRecordContactMutation, NetworkRecordContactMutationVariables>;
export const NetworkCreateOrganizationDocument = new TypedDocumentString(`
    mutation NetworkCreateOrganization($input: OrganizationInput!) {
  createOrganization(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<NetworkCreateOrganizationMutation, NetworkCreateOrganizationMutationVariables>;
export const NetworkMergeOrganizationsDocument = new TypedDocumentString(`
    mutation NetworkMergeOrganizations($keepId: ID!, $mergeId: ID!, $apply: Boolean!) {
  mergeOrganizations(keepId: $keepId, mergeId: $mergeId, apply: $apply) {
    kept {
      id
      name
    }
    mergedId
    contacts
    services
    meetings
    referrals
    employees
    contactsBetween
    applied
  }
}
    `) as unknown as TypedDocumentString<NetworkMergeOrganizationsMutation, NetworkMergeOrganizationsMutationVariables>;
export const NetworkUpdateOrganizationDocument = new TypedDocumentString(`
    mutation NetworkUpdateOrganization($id: ID!, $patch: OrganizationPatch!) {
  updateOrganization(id: $id, patch: $patch) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<NetworkUpdateOrganizationMutation, NetworkUpdateOrganizationMutationVariables>;
export const ReportPickerDocument = new TypedDocumentString(`
    query ReportPicker {
  today
  municipalities {
    district
  }
  meetings(first: 100) {
    edges {
      node {
        id
        title
        kind
        date
        municipality {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportPickerQuery, ReportPickerQueryVariables>;
export const ReportPageDocument = new TypedDocumentString(`
    query ReportPage($district: String, $period: DayRangeInput!, $compare: ReportComparisonInput, $activityPeriod: DayRangeInput!) {
  densityReport(
    district: $district
    period: $period
    compare: $compare
    trendHalfYears: 5
  ) {
    district
    period {
      from
      to
    }
    comparison {
      kind
      period {
        from
        to
      }
      meeting {
        id
        title
        date
      }
    }
    trendHalfYears {
      halfYear
      partial
    }
    suppressed
    minimumCellSize
    generatedAt
    total {
      current {
        ...ReportDensityFigures
      }
      change {
        density {
          ...ReportRatio
        }
        contactsPerActor {
          ...ReportRatio
        }
      }
    }
    municipalities {
      municipality {
        ags
        name
        boundary
        boundaryApproximate
      }
      current {
        ...ReportDensityFigures
      }
      change {
        density {
          ...ReportRatio
        }
        contactsPerActor {
          ...ReportRatio
        }
      }
      trend {
        halfYear
        figures {
          density {
            ...ReportRatio
          }
        }
      }
    }
  }
  period: activityReport(district: $district, period: $period) {
    total {
      ...ReportActivityFigures
    }
  }
  halfYears: activityReport(district: $district, period: $activityPeriod) {
    period {
      from
      to
    }
    halfYears {
      halfYear
      complete
      figures {
        ...ReportActivityFigures
      }
    }
    total {
      ...ReportActivityFigures
    }
  }
}
    fragment ReportCount on Count {
  value
  suppressed
}
fragment ReportRatio on Ratio {
  value
  suppressed
}
fragment ReportDensityFigures on DensityFigures {
  actors {
    ...ReportCount
  }
  ties {
    ...ReportCount
  }
  contacts {
    ...ReportCount
  }
  density {
    ...ReportRatio
  }
  averageDegree {
    ...ReportRatio
  }
  contactsPerActor {
    ...ReportRatio
  }
  isolatedActors {
    ...ReportCount
  }
  components {
    ...ReportCount
  }
  externalTies {
    ...ReportCount
  }
}
fragment ReportActivityFigures on ActivityFigures {
  consultations {
    ...ReportCount
  }
  consultationsByTopic {
    topic
    count {
      ...ReportCount
    }
  }
  referrals {
    ...ReportCount
  }
  referralsByGroup {
    group
    label
    labelEn
    count {
      ...ReportCount
    }
  }
  contacts {
    ...ReportCount
  }
  contactsByPartnerGroup {
    group
    label
    labelEn
    count {
      ...ReportCount
    }
  }
  referralMatrix {
    sourceKind
    targetKind
    count {
      ...ReportCount
    }
  }
}`) as unknown as TypedDocumentString<ReportPageQuery, ReportPageQueryVariables>;
export const ReportOutlinesDocument = new TypedDocumentString(`
    query ReportOutlines {
  municipalities {
    ags
    boundaryApproximate
  }
}
    `) as unknown as TypedDocumentString<ReportOutlinesQuery, ReportOutlinesQueryVariables>;
export const SuggestPickerDocument = new TypedDocumentString(`
    query SuggestPicker {
  municipalities {
    ags
    name
    boundary
    boundaryApproximate
  }
  me {
    role
  }
}
    `) as unknown as TypedDocumentString<SuggestPickerQuery, SuggestPickerQueryVariables>;
export const MyOpenClientsDocument = new TypedDocumentString(`
    query MyOpenClients {
  myClients(status: OPEN, first: 100) {
    edges {
      node {
        id
        caseCode
        languages
        municipality {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyOpenClientsQuery, MyOpenClientsQueryVariables>;
export const SuggestServicesDocument = new TypedDocumentString(`
    query SuggestServices($input: SuggestInput!) {
  suggestServices(input: $input) {
    need {
      id
      category
      label
      labelEn
    }
    origin {
      lat
      lon
      municipality {
        ags
        name
      }
    }
    suggestions {
      service {
        id
        name
        address
        lat
        lon
        organization {
          name
        }
      }
      distanceKm
      score
      matchedLanguages
      nextOpening {
        start
        appointmentOnly
      }
      reasons {
        code
        weight
        text
        textEn
      }
    }
    gap {
      text
      textEn
      nearMiss {
        service {
          id
          name
        }
        distanceKm
        text
        textEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuggestServicesQuery, SuggestServicesQueryVariables>;
export const ReferFromSuggestionDocument = new TypedDocumentString(`
    mutation ReferFromSuggestion($input: ReferFromSuggestionInput!) {
  referFromSuggestion(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReferFromSuggestionMutation, ReferFromSuggestionMutationVariables>;
export const ClientPageDocument = new TypedDocumentString(`
    query ClientPage($id: ID!) {
  client(id: $id) {
    id
    caseCode
    household
    householdSize
    languages
    caseStatus
    openedOn
    closedOn
    closureOutcome
    municipality {
      name
    }
    consultations {
      id
      at
      topics
      household
    }
    goals {
      id
      area
      text
      dueOn
      status
      updatedAt
    }
    referrals {
      id
      at
      need
      status
      nextStatuses
      consentAt
      service {
        id
        name
        organization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClientPageQuery, ClientPageQueryVariables>;
export const MyCaseloadDocument = new TypedDocumentString(`
    query MyCaseload($after: String, $status: CaseStatus) {
  myClients(first: 50, after: $after, status: $status) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        caseCode
        caseStatus
        household
        municipality {
          name
        }
        referrals {
          nextStatuses
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const MoveReferralDocument = new TypedDocumentString(`
    mutation MoveReferral($id: ID!, $move: ReferralMove!) {
  moveReferral(id: $id, move: $move) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MoveReferralMutation, MoveReferralMutationVariables>;