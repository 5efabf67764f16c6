// The graph model of DESIGN.md as TypeScript types and zod schemas: what every upsert accepts.
// Nested structures (opening hours) are stored as JSON text because Neo4j properties cannot nest.
import { z } from 'zod';

export const NEED_CATEGORIES = [
  'debt_counselling',
  'pregnancy_counselling',
  'addiction_counselling',
  'psychosocial_support',
  'migration_counselling',
  'recognition_counselling',
  'legal_advice',
  'tenancy_advice',
  'consumer_advice',
  'language_course',
  'job_placement',
  'benefits',
  'residence_matters',
  'childcare_school',
  'health_care',
  'volunteer_support',
  'leisure_participation',
  'anti_discrimination',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

export const ORGANIZATION_KINDS = [
  'job_centre',
  'employment_agency',
  'immigration_office',
  'social_welfare_office',
  'counselling_provider',
  'helper_circle',
  'association',
  'migrant_organisation',
  'language_course_provider',
  'town_hall',
  'integration_commissioner',
  'employer',
  'school_kita',
  'health',
  'im_carrier',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const CONTACT_MODES = ['in_person', 'phone', 'video', 'home_visit', 'mobile_office'] as const;
/** Ways a client can use a service without travelling there. */
export const REMOTE_CONTACT_MODES: readonly (typeof CONTACT_MODES)[number][] = ['phone', 'video'];
/** Reachable without travelling: by phone or video (the directory's "remote" filter and the ranking). */
export const offersRemote = (service: { contactModes: readonly string[] }): boolean =>
  service.contactModes.some((mode) => (REMOTE_CONTACT_MODES as readonly string[]).includes(mode));
export const CONTACT_CHANNELS = ['in_person', 'phone', 'email', 'video', 'meeting'] as const;
export const CONSULTATION_TOPICS = [
  'children',
  'housing',
  'labour_market',
  'health',
  'language',
  'other',
] as const;
export const REFERRAL_STATUSES = ['planned', 'sent', 'accepted', 'declined', 'attended', 'closed'] as const;
export const HOUSEHOLD_TYPES = ['single', 'family'] as const;
export const DECLINE_REASONS = ['no_capacity', 'not_eligible', 'not_responsible', 'client_withdrew'] as const;
export const REFERRAL_OUTCOMES = ['helped', 'not_helped', 'unknown'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/**
 * The referral lifecycle: planned → sent → accepted → attended → closed (with an outcome); planned, sent
 * and accepted may end as declined (with a reason). declined and closed are final.
 */
export const REFERRAL_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  planned: ['sent', 'declined'],
  sent: ['accepted', 'declined'],
  accepted: ['attended', 'declined'],
  attended: ['closed'],
  declined: [],
  closed: [],
};
/** Areas of an integration-plan goal: a fixed list, so the plan needs no free text about the person. */
export const GOAL_AREAS = [
  'language',
  'work',
  'education',
  'housing',
  'health',
  'children',
  'residence',
  'social_participation',
] as const;
export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
/** A goal's text is a short phrase, not a case note (special-category data, DESIGN.md). */
export const GOAL_TEXT_MAX = 200;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const id = z.string().trim().min(1, 'darf nicht leer sein / must not be empty').max(100);
const text = (max: number) => z.string().max(max);
const ags = z.string().regex(/^\d{8}$/, 'AGS muss 8 Ziffern haben / AGS must have 8 digits');
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum als JJJJ-MM-TT / date as YYYY-MM-DD');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Uhrzeit als HH:MM / time as HH:MM');
const epochMs = z.number().int().nonnegative();
const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'Sprachcode nach ISO 639, z. B. ar / ISO 639 code, e.g. ar');
const langs = z.array(languageCode).max(30);

/** Field schemas the API's argument parsers share with the model (one rule, one message). */
export { id as idSchema, ags as agsSchema, languageCode as languageCodeSchema };

const timeRange = z.strictObject({ from: clock, to: clock }).refine((r) => r.from < r.to, {
  message: 'von muss vor bis liegen / from must be before to',
  path: ['to'],
});

export const openingHoursSchema = z.strictObject({
  weekly: z.array(z.strictObject({ day: z.enum(WEEKDAYS), from: clock, to: clock })).max(50),
  exceptions: z
    .array(
      z.strictObject({
        date: isoDay,
        closed: z.boolean(),
        ranges: z.array(timeRange).max(10).default([]),
        note: text(200).default(''),
      }),
    )
    .max(400)
    .default([]),
  appointmentOnly: z.boolean().default(false),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const municipalitySchema = z.strictObject({
  ags,
  name: text(200).min(1),
  district: text(200),
  state: text(100),
  lat: latitude,
  lon: longitude,
  population: z.number().int().nonnegative(),
  boundary: z.string().nullable().default(null),
  boundaryApproximate: z.boolean().default(false),
});
export type Municipality = z.infer<typeof municipalitySchema>;

/**
 * An e-mail address and a website as a person enters them (each may be empty): checked where they are
 * entered (the API's create and update of organisations and services), not on stored records, so a record
 * imported before the check can still be renamed or archived. A website is a domain with or without
 * http(s)://; pages link it with https:// added.
 */
export const addressFieldsSchema = z.strictObject({
  email: text(200)
    .refine((value) => value === '' || /^[^\s@:]+@[\p{L}\p{N}.-]+\.[\p{L}\p{N}-]+$/u.test(value), {
      message: 'keine E-Mail-Adresse (name@beispiel.de) / not an e-mail address (name@example.org)',
    })
    .optional(),
  website: text(300)
    .refine(
      (value) =>
        value === '' ||
        /^(https?:\/\/)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d{1,5})?([/?#]\S*)?$/iu.test(value),
      { message: 'keine Web-Adresse (www.beispiel.de) / not a web address (www.example.org)' },
    )
    .optional(),
});

export const organizationSchema = z.strictObject({
  id,
  name: text(300).min(1),
  kind: z.enum(ORGANIZATION_KINDS),
  municipalityAgs: ags,
  address: text(300).default(''),
  lat: latitude.nullable().default(null),
  lon: longitude.nullable().default(null),
  phone: text(100).default(''),
  email: text(200).default(''),
  website: text(300).default(''),
  isDemo: z.boolean().default(false),
  archived: z.boolean().default(false),
});
export type Organization = z.infer<typeof organizationSchema>;

export const serviceSchema = z
  .strictObject({
    id,
    organizationId: id,
    name: text(300).min(1),
    category: z.enum(NEED_CATEGORIES),
    subcategory: text(100).default(''),
    description: text(4000).default(''),
    address: text(300).default(''),
    municipalityAgs: ags,
    lat: latitude,
    lon: longitude,
    languages: langs.default([]),
    targetGroups: z.array(text(100)).max(30).default([]),
    residenceStatuses: z.array(text(100)).max(30).default([]),
    minAge: z.number().int().min(0).max(130).nullable().default(null),
    maxAge: z.number().int().min(0).max(130).nullable().default(null),
    gender: z.enum(['any', 'female', 'male', 'diverse']).default('any'),
    openingHours: openingHoursSchema.default({ weekly: [], exceptions: [], appointmentOnly: false }),
    contactModes: z.array(z.enum(CONTACT_MODES)).max(5).default(['in_person']),
    accessibility: z.array(text(100)).max(20).default([]),
    barrierFree: z.boolean().default(false),
    cost: z.enum(['free', 'reduced', 'fee']).default('free'),
    waitingDays: z.number().int().min(0).max(3650).nullable().default(null),
    servesAll: z.boolean().default(true),
    servesAgs: z.array(ags).max(2000).default([]),
    status: z.enum(['active', 'temporarily_closed', 'closed']).default('active'),
    archived: z.boolean().default(false),
    lastVerified: isoDay.nullable().default(null),
    phone: text(100).default(''),
    email: text(200).default(''),
    website: text(300).default(''),
    isDemo: z.boolean().default(false),
  })
  .superRefine((s, ctx) => {
    if (s.minAge !== null && s.maxAge !== null && s.minAge > s.maxAge)
      ctx.addIssue({
        code: 'custom',
        path: ['maxAge'],
        message: 'Höchstalter liegt unter dem Mindestalter / maxAge is below minAge',
      });
    if (s.servesAll && s.servesAgs.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['servesAgs'],
        message:
          '„für alle“ und eine Zuständigkeitsliste schließen sich aus / servesAll excludes a list of served municipalities',
      });
    if (!s.servesAll && s.servesAgs.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['servesAgs'],
        message:
          'Zuständigkeit braucht mindestens eine Gemeinde / a responsible area needs at least one municipality',
      });
  });
export type Service = z.infer<typeof serviceSchema>;

export const managerSchema = z.strictObject({
  id,
  name: text(200).min(1),
  email: text(200).default(''),
  organizationId: id,
  coversAgs: z.array(ags).max(2000).default([]),
  isDemo: z.boolean().default(false),
});
export type Manager = z.infer<typeof managerSchema>;

export const clientSchema = z.strictObject({
  id,
  caseCode: z
    .string()
    .regex(/^[A-Z0-9-]{4,32}$/, 'Fallcode: 4–32 Zeichen A–Z, 0–9, - / case code: 4–32 of A–Z, 0–9, -'),
  managerId: id,
  municipalityAgs: ags,
  household: z.enum(HOUSEHOLD_TYPES),
  householdSize: z.number().int().min(1).max(30),
  minors: z.number().int().min(0).max(30),
  languages: langs.default([]),
  residenceStatus: text(100).default(''),
  needs: z.array(z.enum(NEED_CATEGORIES)).max(18).default([]),
  germanLevel: z.enum(['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']).default('none'),
  employmentStatus: text(100).default(''),
  birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
  gender: z.enum(['female', 'male', 'diverse', 'unknown']).default('unknown'),
  caseStatus: z.enum(['open', 'closed']).default('open'),
  openedOn: isoDay,
  closedOn: isoDay.nullable().default(null),
  closureOutcome: text(100).default(''),
  isDemo: z.boolean().default(false),
});
export type Client = z.infer<typeof clientSchema>;

export const ACTOR_LABELS = ['Manager', 'Organization'] as const;
export type ActorLabel = (typeof ACTOR_LABELS)[number];

export const contactSchema = z
  .strictObject({
    id,
    fromLabel: z.enum(ACTOR_LABELS),
    fromId: id,
    toLabel: z.enum(ACTOR_LABELS),
    toId: id,
    at: epochMs,
    channel: z.enum(CONTACT_CHANNELS),
    topic: text(300).default(''),
  })
  .refine((c) => !(c.fromLabel === c.toLabel && c.fromId === c.toId), {
    path: ['toId'],
    message: 'Ein Kontakt braucht zwei verschiedene Beteiligte / a contact needs two different parties',
  });
export type Contact = z.infer<typeof contactSchema>;

export const consultationSchema = z.strictObject({
  id,
  managerId: id,
  clientId: id,
  at: epochMs,
  topics: z.array(z.enum(CONSULTATION_TOPICS)).min(1).max(6),
  household: z.enum(HOUSEHOLD_TYPES),
});
export type Consultation = z.infer<typeof consultationSchema>;

export const referralSchema = z
  .strictObject({
    id,
    clientId: id,
    serviceId: id,
    at: epochMs,
    need: z.enum(NEED_CATEGORIES),
    status: z.enum(REFERRAL_STATUSES).default('planned'),
    statusAt: epochMs,
    reason: z.enum(['', ...DECLINE_REASONS]).default(''),
    outcome: z.enum(['', ...REFERRAL_OUTCOMES]).default(''),
    by: id,
    consentAt: epochMs.nullable().default(null),
  })
  .superRefine((r, ctx) => {
    if (r.statusAt < r.at)
      ctx.addIssue({
        code: 'custom',
        path: ['statusAt'],
        message: 'Statuszeit vor der Weiterleitung / statusAt before the referral',
      });
    if (r.outcome !== '' && r.status !== 'closed')
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'Ergebnis nur bei abgeschlossenen Weiterleitungen / outcome only for closed referrals',
      });
    if (r.reason !== '' && r.status !== 'declined')
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Ablehnungsgrund nur bei abgelehnten Weiterleitungen / reason only for declined referrals',
      });
  });
export type Referral = z.infer<typeof referralSchema>;

export const goalSchema = z
  .strictObject({
    id,
    clientId: id,
    area: z.enum(GOAL_AREAS),
    text: z.string().trim().min(1, 'darf nicht leer sein / must not be empty').max(GOAL_TEXT_MAX),
    dueOn: isoDay.nullable().default(null),
    status: z.enum(GOAL_STATUSES).default('open'),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .refine((g) => g.updatedAt >= g.createdAt, {
    path: ['updatedAt'],
    message: 'geändert vor dem Anlegen / updated before it was created',
  });
export type Goal = z.infer<typeof goalSchema>;

export const MEETING_KINDS = ['network_meeting', 'working_group', 'steering_group'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const meetingSchema = z.strictObject({
  id,
  title: text(300).min(1),
  kind: z.enum(MEETING_KINDS),
  date: isoDay,
  municipalityAgs: ags,
  attendees: z
    .array(z.strictObject({ label: z.enum(ACTOR_LABELS), id }))
    .max(500)
    .default([]),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const ROLES = ['admin', 'coordinator', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const accountSchema = z
  .strictObject({
    username: z
      .string()
      .regex(
        /^[a-z0-9._-]{3,64}$/,
        'Benutzername: 3–64 Zeichen a–z, 0–9, . _ - / username: 3–64 of a–z, 0–9, . _ -',
      ),
    displayName: text(200).min(1),
    role: z.enum(ROLES),
    /** The manager this login acts as; required for role manager, absent otherwise. */
    managerId: id.nullable().default(null),
    passwordHash: z.string().min(20).max(500),
    disabled: z.boolean().default(false),
    createdAt: epochMs,
    isDemo: z.boolean().default(false),
  })
  .refine((a) => (a.role === 'manager') === (a.managerId !== null), {
    path: ['managerId'],
    message:
      'Genau Konten der Rolle manager gehören zu einer Integrationsmanagerin / exactly manager accounts act as a manager',
  });
export type Account = z.infer<typeof accountSchema>;

/** Who did what to which client records; ids only, never content (GDPR Art. 9). */
export const auditEventSchema = z.strictObject({
  id,
  at: epochMs,
  /** Username, or '' for a caller without login. */
  actor: text(64),
  role: z.enum([...ROLES, 'public']),
  operation: z
    .string()
    .regex(/^[a-z]+(\.[a-zA-Z]+)+$/, 'Operation wie client.read / operation like client.read'),
  caseIds: z.array(id).max(1000),
  allowed: z.boolean(),
  requestId: text(100),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export type MunicipalityInput = z.input<typeof municipalitySchema>;
export type OrganizationInput = z.input<typeof organizationSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;
export type ManagerInput = z.input<typeof managerSchema>;
export type ClientInput = z.input<typeof clientSchema>;
export type ContactInput = z.input<typeof contactSchema>;
export type ConsultationInput = z.input<typeof consultationSchema>;
export type ReferralInput = z.input<typeof referralSchema>;
export type MeetingInput = z.input<typeof meetingSchema>;
export type GoalInput = z.input<typeof goalSchema>;
export type AccountInput = z.input<typeof accountSchema>;
export type AuditEventInput = z.input<typeof auditEventSchema>;
