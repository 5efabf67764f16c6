// The one place that says which organisation kinds and service categories count as which published group
// in activity reports (referrals by target type, professional contacts by partner type).
// Pure TypeScript: the report queries, the demo district and its tests all classify with these functions.
import type { ActorLabel, NeedCategory, OrganizationKind } from '../../model.ts';

export const REFERRAL_GROUPS = [
  'employment',
  'immigration_office',
  'refugee_organisations',
  'health_counselling',
  'other',
] as const;
export type ReferralGroup = (typeof REFERRAL_GROUPS)[number];

export const CONTACT_GROUPS = [
  'managers_and_commissioners',
  'administrations',
  'volunteer_associations',
  'companies',
  'other',
] as const;
export type ContactGroup = (typeof CONTACT_GROUPS)[number];

export const REFERRAL_GROUP_LABELS: Record<ReferralGroup, { de: string; en: string }> = {
  employment: { de: 'Jobcenter / Agentur für Arbeit', en: 'Job centre / employment agency' },
  immigration_office: { de: 'Ausländerbehörde', en: 'Immigration office' },
  refugee_organisations: {
    de: 'Vereine und Organisationen für Geflüchtete',
    en: 'Associations and organisations for refugees',
  },
  health_counselling: {
    de: 'Gesundheitsberatung (Schwangerschaft, Sucht, psychosozial, Gesundheit)',
    en: 'Health counselling (pregnancy, addiction, psychosocial, health)',
  },
  other: { de: 'Sonstige Angebote', en: 'Other services' },
};

export const CONTACT_GROUP_LABELS: Record<ContactGroup, { de: string; en: string }> = {
  managers_and_commissioners: {
    de: 'Andere Integrationsmanager/innen und Integrationsbeauftragte',
    en: 'Other integration managers and integration commissioners',
  },
  administrations: { de: 'Stadt- und Gemeindeverwaltungen', en: 'Town and city administrations' },
  volunteer_associations: {
    de: 'Ehrenamtliche Vereine und Helferkreise',
    en: 'Volunteer associations and helper circles',
  },
  companies: { de: 'Privatwirtschaftliche Unternehmen', en: 'Private companies' },
  other: { de: 'Sonstige Partner', en: 'Other partners' },
};

const EMPLOYMENT_KINDS: ReadonlySet<OrganizationKind> = new Set(['job_centre', 'employment_agency']);
const REFUGEE_ORGANISATION_KINDS: ReadonlySet<OrganizationKind> = new Set([
  'association',
  'helper_circle',
  'migrant_organisation',
]);
const HEALTH_COUNSELLING_CATEGORIES: ReadonlySet<NeedCategory> = new Set([
  'pregnancy_counselling',
  'addiction_counselling',
  'psychosocial_support',
  'health_care',
]);
const ADMINISTRATION_KINDS: ReadonlySet<OrganizationKind> = new Set(['town_hall', 'social_welfare_office']);
const VOLUNTEER_KINDS: ReadonlySet<OrganizationKind> = new Set([
  'helper_circle',
  'association',
  'migrant_organisation',
]);

/**
 * The published group of a referral, from the kind of organisation offering the target service and the
 * service's category. The target's kind decides first (a job centre stays a job centre whatever it
 * offers); the health group is a matter of the category, whoever offers it.
 */
export function referralGroup(organizationKind: OrganizationKind, category: NeedCategory): ReferralGroup {
  if (EMPLOYMENT_KINDS.has(organizationKind)) return 'employment';
  if (organizationKind === 'immigration_office') return 'immigration_office';
  if (REFUGEE_ORGANISATION_KINDS.has(organizationKind)) return 'refugee_organisations';
  if (HEALTH_COUNSELLING_CATEGORIES.has(category)) return 'health_counselling';
  return 'other';
}

/** The published group of a professional contact, from the partner's label and (for organisations) kind. */
export function contactGroup(partnerLabel: ActorLabel, partnerKind: OrganizationKind | null): ContactGroup {
  if (partnerLabel === 'Manager') return 'managers_and_commissioners';
  if (partnerKind === 'integration_commissioner') return 'managers_and_commissioners';
  if (partnerKind && ADMINISTRATION_KINDS.has(partnerKind)) return 'administrations';
  if (partnerKind && VOLUNTEER_KINDS.has(partnerKind)) return 'volunteer_associations';
  if (partnerKind === 'employer') return 'companies';
  return 'other';
}

export function emptyReferralGroups(): Record<ReferralGroup, number> {
  return { employment: 0, immigration_office: 0, refugee_organisations: 0, health_counselling: 0, other: 0 };
}

export function emptyContactGroups(): Record<ContactGroup, number> {
  return {
    managers_and_commissioners: 0,
    administrations: 0,
    volunteer_associations: 0,
    companies: 0,
    other: 0,
  };
}
