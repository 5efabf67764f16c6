// The closed catalogue of labels, relationship types and stored properties.
// DDL for both engines and the upsert statements are generated from it, so a property exists in one place.

export type PropertyType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING[]';

export const NODE_LABELS = [
  'Municipality',
  'Organization',
  'Service',
  'Manager',
  'Client',
  'Meeting',
  'Account',
  'AuditEvent',
  'Goal',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'OFFERS',
  'LOCATED_IN',
  'SERVES',
  'EMPLOYED_BY',
  'COVERS',
  'LIVES_IN',
  'MANAGED_BY',
  'REFERRED_TO',
  'CONTACT',
  'COUNSELLED',
  'ATTENDED',
  'HELD_IN',
  'ACTS_AS',
  'HAS_GOAL',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export interface NodeSpec {
  key: string;
  /** Stored properties in column order (the key first). */
  properties: readonly (readonly [name: string, type: PropertyType])[];
  /** Properties worth a lookup index on Neo4j (the key is covered by its constraint). */
  indexed: readonly string[];
}

export const NODES: Record<NodeLabel, NodeSpec> = {
  Municipality: {
    key: 'ags',
    properties: [
      ['ags', 'STRING'],
      ['name', 'STRING'],
      ['district', 'STRING'],
      ['state', 'STRING'],
      ['lat', 'DOUBLE'],
      ['lon', 'DOUBLE'],
      ['population', 'INT64'],
      ['boundary', 'STRING'],
      ['boundaryApproximate', 'BOOLEAN'],
    ],
    indexed: ['name', 'district'],
  },
  Organization: {
    key: 'id',
    properties: [
      ['id', 'STRING'],
      ['name', 'STRING'],
      ['kind', 'STRING'],
      ['address', 'STRING'],
      ['lat', 'DOUBLE'],
      ['lon', 'DOUBLE'],
      ['phone', 'STRING'],
      ['email', 'STRING'],
      ['website', 'STRING'],
      ['isDemo', 'BOOLEAN'],
      ['archived', 'BOOLEAN'],
    ],
    indexed: ['kind', 'name'],
  },
  Service: {
    key: 'id',
    properties: [
      ['id', 'STRING'],
      ['name', 'STRING'],
      ['category', 'STRING'],
      ['subcategory', 'STRING'],
      ['description', 'STRING'],
      ['address', 'STRING'],
      ['lat', 'DOUBLE'],
      ['lon', 'DOUBLE'],
      ['languages', 'STRING[]'],
      ['targetGroups', 'STRING[]'],
      ['residenceStatuses', 'STRING[]'],
      ['minAge', 'INT64'],
      ['maxAge', 'INT64'],
      ['gender', 'STRING'],
      ['openingHours', 'STRING'],
      ['contactModes', 'STRING[]'],
      ['accessibility', 'STRING[]'],
      ['barrierFree', 'BOOLEAN'],
      ['cost', 'STRING'],
      ['waitingDays', 'INT64'],
      ['servesAll', 'BOOLEAN'],
      ['status', 'STRING'],
      ['archived', 'BOOLEAN'],
      ['lastVerified', 'STRING'],
      ['phone', 'STRING'],
      ['email', 'STRING'],
      ['website', 'STRING'],
      ['isDemo', 'BOOLEAN'],
    ],
    indexed: ['category', 'lat', 'lon'],
  },
  Manager: {
    key: 'id',
    properties: [
      ['id', 'STRING'],
      ['name', 'STRING'],
      ['email', 'STRING'],
      ['isDemo', 'BOOLEAN'],
    ],
    indexed: [],
  },
  Client: {
    key: 'id',
    properties: [
      ['id', 'STRING'],
      ['caseCode', 'STRING'],
      ['household', 'STRING'],
      ['householdSize', 'INT64'],
      ['minors', 'INT64'],
      ['languages', 'STRING[]'],
      ['residenceStatus', 'STRING'],
      ['needs', 'STRING[]'],
      ['germanLevel', 'STRING'],
      ['employmentStatus', 'STRING'],
      ['birthYear', 'INT64'],
      ['gender', 'STRING'],
      ['caseStatus', 'STRING'],
      ['openedOn', 'STRING'],
      ['closedOn', 'STRING'],
      ['closureOutcome', 'STRING'],
      ['isDemo', 'BOOLEAN'],
    ],
    indexed: ['caseCode'],
  },
  Meeting: {
    key: 'id',
    properties: [
      ['id', 'STRING'],
      ['title', 'STRING'],
      ['kind', 'STRING'],
      ['date', 'STRING'],
    ],
    indexed: ['date'],
  },
  // A login. Its password is stored only as a memory-hard hash (api/src/auth/passwords.ts).
  Account: {
    key: 'username',
    properties: [
      ['username', 'STRING'],
      ['displayName', 'STRING'],
      ['role', 'STRING'],
      ['passwordHash', 'STRING'],
      ['disabled', 'BOOLEAN'],
      ['createdAt', 'INT64'],
      ['isDemo', 'BOOLEAN'],
    ],
    indexed: [],
  },
  // Append-only: who read or changed which client records, allowed or not. Never special-category content.
  AuditEvent: {
    key: 'id',
    properties: [
      ['id', 'STRING'],
      ['at', 'INT64'],
      ['actor', 'STRING'],
      ['role', 'STRING'],
      ['operation', 'STRING'],
      ['caseIds', 'STRING[]'],
      ['allowed', 'BOOLEAN'],
      ['requestId', 'STRING'],
    ],
    indexed: ['at', 'actor'],
  },
  // An integration-plan goal of one client (docs/adr/0007-integration-goals.md). Its own node, so a new
  // table appears in an existing store and one goal changes without rewriting the client.
  Goal: {
    key: 'id',
    properties: [
      ['id', 'STRING'],
      ['area', 'STRING'],
      ['text', 'STRING'],
      ['dueOn', 'STRING'],
      ['status', 'STRING'],
      ['createdAt', 'INT64'],
      ['updatedAt', 'INT64'],
    ],
    indexed: [],
  },
};

export interface RelationshipSpec {
  /** Allowed (from, to) label pairs. */
  pairs: readonly (readonly [from: NodeLabel, to: NodeLabel])[];
  properties: readonly (readonly [name: string, type: PropertyType])[];
  /** Event relationships carry an id that is unique across the type. */
  hasId: boolean;
}

export const RELATIONSHIPS: Record<RelationshipType, RelationshipSpec> = {
  OFFERS: { pairs: [['Organization', 'Service']], properties: [], hasId: false },
  LOCATED_IN: {
    pairs: [
      ['Organization', 'Municipality'],
      ['Service', 'Municipality'],
    ],
    properties: [],
    hasId: false,
  },
  SERVES: { pairs: [['Service', 'Municipality']], properties: [], hasId: false },
  EMPLOYED_BY: { pairs: [['Manager', 'Organization']], properties: [], hasId: false },
  COVERS: { pairs: [['Manager', 'Municipality']], properties: [], hasId: false },
  LIVES_IN: { pairs: [['Client', 'Municipality']], properties: [], hasId: false },
  MANAGED_BY: { pairs: [['Client', 'Manager']], properties: [], hasId: false },
  REFERRED_TO: {
    pairs: [['Client', 'Service']],
    properties: [
      ['id', 'STRING'],
      ['at', 'INT64'],
      ['need', 'STRING'],
      ['status', 'STRING'],
      ['statusAt', 'INT64'],
      ['reason', 'STRING'],
      ['outcome', 'STRING'],
      ['by', 'STRING'],
      ['consentAt', 'INT64'],
    ],
    hasId: true,
  },
  CONTACT: {
    pairs: [
      ['Manager', 'Manager'],
      ['Manager', 'Organization'],
      ['Organization', 'Manager'],
      ['Organization', 'Organization'],
    ],
    properties: [
      ['id', 'STRING'],
      ['at', 'INT64'],
      ['channel', 'STRING'],
      ['topic', 'STRING'],
    ],
    hasId: true,
  },
  COUNSELLED: {
    pairs: [['Manager', 'Client']],
    properties: [
      ['id', 'STRING'],
      ['at', 'INT64'],
      ['topics', 'STRING[]'],
      ['household', 'STRING'],
    ],
    hasId: true,
  },
  ATTENDED: {
    pairs: [
      ['Manager', 'Meeting'],
      ['Organization', 'Meeting'],
    ],
    properties: [],
    hasId: false,
  },
  HELD_IN: { pairs: [['Meeting', 'Municipality']], properties: [], hasId: false },
  ACTS_AS: { pairs: [['Account', 'Manager']], properties: [], hasId: false },
  HAS_GOAL: { pairs: [['Client', 'Goal']], properties: [], hasId: false },
};
