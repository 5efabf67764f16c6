// The UI's words come from Paraglide JS (messages/de.json, messages/en.json, compiled into
// $lib/paraglide): German first, English second. This module adds what messages cannot say alone:
// category names by enum value, language names and numbers in the current locale.
import type { ContactChannel, NeedCategory, NetworkActorKind } from '$lib/graphql/__generated__/graphql';
import { m } from '$lib/paraglide/messages.js';
import { getLocale, isLocale, locales, baseLocale, type Locale } from '$lib/paraglide/runtime.js';

export { getLocale, isLocale, locales as LOCALES, baseLocale as DEFAULT_LOCALE, type Locale };

const CATEGORY: Record<NeedCategory, () => string> = {
  DEBT_COUNSELLING: m.category_debt_counselling,
  PREGNANCY_COUNSELLING: m.category_pregnancy_counselling,
  ADDICTION_COUNSELLING: m.category_addiction_counselling,
  PSYCHOSOCIAL_SUPPORT: m.category_psychosocial_support,
  MIGRATION_COUNSELLING: m.category_migration_counselling,
  RECOGNITION_COUNSELLING: m.category_recognition_counselling,
  LEGAL_ADVICE: m.category_legal_advice,
  TENANCY_ADVICE: m.category_tenancy_advice,
  CONSUMER_ADVICE: m.category_consumer_advice,
  LANGUAGE_COURSE: m.category_language_course,
  JOB_PLACEMENT: m.category_job_placement,
  BENEFITS: m.category_benefits,
  RESIDENCE_MATTERS: m.category_residence_matters,
  CHILDCARE_SCHOOL: m.category_childcare_school,
  HEALTH_CARE: m.category_health_care,
  VOLUNTEER_SUPPORT: m.category_volunteer_support,
  LEISURE_PARTICIPATION: m.category_leisure_participation,
  ANTI_DISCRIMINATION: m.category_anti_discrimination,
};

/** Every need category, in the taxonomy's order. */
export const NEED_CATEGORIES = Object.keys(CATEGORY) as NeedCategory[];

export const isNeedCategory = (value: string | null): value is NeedCategory =>
  value !== null && (NEED_CATEGORIES as string[]).includes(value);

/** Languages counselling is often asked for in the district, for the language pickers. */
export const COUNSELLING_LANGUAGES = [
  'ar',
  'fa',
  'prs',
  'ps',
  'ku',
  'ti',
  'so',
  'tr',
  'uk',
  'ru',
  'en',
  'fr',
];

/** The name of a need category in the current locale. */
export const categoryLabel = (category: NeedCategory): string => CATEGORY[category]();

/** A language's name for an ISO 639 code, e.g. 'ar' → 'Arabisch'. */
export const languageName = (code: string): string =>
  new Intl.DisplayNames([getLocale()], { type: 'language', fallback: 'code' }).of(code) ?? code;

export const formatNumber = (value: number): string => new Intl.NumberFormat(getLocale()).format(value);
/** A calendar day (YYYY-MM-DD) as the language writes it: 15.07.2020 / 15 Jul 2020. */
export const formatDay = (day: string): string =>
  new Intl.DateTimeFormat(getLocale(), { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${day}T12:00:00Z`),
  );

const ACCESSIBILITY: Record<string, () => string> = {
  step_free_access: m.accessibility_step_free_access,
  accessible_toilet: m.accessibility_accessible_toilet,
  sign_language: m.accessibility_sign_language,
  induction_loop: m.accessibility_induction_loop,
  childcare: m.accessibility_childcare,
};
const TARGET_GROUP: Record<string, () => string> = {
  refugees: m.target_group_refugees,
  families: m.target_group_families,
  parents: m.target_group_parents,
  youth: m.target_group_youth,
  adults: m.target_group_adults,
  women: m.target_group_women,
  pregnant_women: m.target_group_pregnant_women,
  newcomers: m.target_group_newcomers,
};
const RESIDENCE_STATUS: Record<string, () => string> = {
  recognised_refugee: m.residence_status_recognised_refugee,
  subsidiary_protection: m.residence_status_subsidiary_protection,
  deportation_ban: m.residence_status_deportation_ban,
  asylum_procedure: m.residence_status_asylum_procedure,
  tolerated: m.residence_status_tolerated,
  other_permit: m.residence_status_other_permit,
};

/** Names for the directory's open vocabularies; an id without a name is shown as it is. */
export const accessibilityLabel = (id: string): string => ACCESSIBILITY[id]?.() ?? id;
export const targetGroupLabel = (id: string): string => TARGET_GROUP[id]?.() ?? id;
export const residenceStatusLabel = (id: string): string => RESIDENCE_STATUS[id]?.() ?? id;

const REFERRAL_STATUS: Record<string, () => string> = {
  PLANNED: m.referral_status_planned,
  SENT: m.referral_status_sent,
  ACCEPTED: m.referral_status_accepted,
  DECLINED: m.referral_status_declined,
  ATTENDED: m.referral_status_attended,
  CLOSED: m.referral_status_closed,
};
export const DECLINE_REASONS: Record<string, () => string> = {
  NO_CAPACITY: m.decline_no_capacity,
  NOT_ELIGIBLE: m.decline_not_eligible,
  NOT_RESPONSIBLE: m.decline_not_responsible,
  CLIENT_WITHDREW: m.decline_client_withdrew,
};
export const REFERRAL_OUTCOMES: Record<string, () => string> = {
  HELPED: m.outcome_helped,
  NOT_HELPED: m.outcome_not_helped,
  UNKNOWN: m.outcome_unknown,
};
const CONTACT_MODE: Record<string, () => string> = {
  IN_PERSON: m.contact_mode_in_person,
  PHONE: m.contact_mode_phone,
  VIDEO: m.contact_mode_video,
  HOME_VISIT: m.contact_mode_home_visit,
  MOBILE_OFFICE: m.contact_mode_mobile_office,
};
const COST: Record<string, () => string> = { FREE: m.cost_free, REDUCED: m.cost_reduced, FEE: m.cost_fee };
const ELIGIBLE_GENDER: Record<string, () => string> = {
  FEMALE: m.eligibility_gender_female,
  MALE: m.eligibility_gender_male,
  DIVERSE: m.eligibility_gender_diverse,
};

/** Names of the API's enum values (UPPER_CASE); an unknown value is shown as it is. */
export const referralStatusLabel = (status: string): string => REFERRAL_STATUS[status]?.() ?? status;
export const contactModeLabel = (mode: string): string => CONTACT_MODE[mode]?.() ?? mode;
export const costLabel = (cost: string): string => COST[cost]?.() ?? cost;
export const eligibleGenderLabel = (gender: string): string => ELIGIBLE_GENDER[gender]?.() ?? gender;

export const CONSULTATION_TOPICS: Record<string, () => string> = {
  CHILDREN: m.consultation_topic_children,
  HOUSING: m.consultation_topic_housing,
  LABOUR_MARKET: m.consultation_topic_labour_market,
  HEALTH: m.consultation_topic_health,
  LANGUAGE: m.consultation_topic_language,
  OTHER: m.consultation_topic_other,
};
export const GOAL_AREAS: Record<string, () => string> = {
  LANGUAGE: m.goal_area_language,
  WORK: m.goal_area_work,
  EDUCATION: m.goal_area_education,
  HOUSING: m.goal_area_housing,
  HEALTH: m.goal_area_health,
  CHILDREN: m.goal_area_children,
  RESIDENCE: m.goal_area_residence,
  SOCIAL_PARTICIPATION: m.goal_area_social_participation,
};
const GOAL_STATUS: Record<string, () => string> = {
  OPEN: m.goal_status_open,
  ACHIEVED: m.goal_status_achieved,
  DROPPED: m.goal_status_dropped,
};
/**
 * How a case ended. The API stores a short text; the page offers these ids (the demo district's too), so
 * that figures can count them, and shows any other stored text as it is.
 */
export const CASE_OUTCOMES: Record<string, () => string> = {
  goals_reached: m.case_outcome_goals_reached,
  moved_away: m.case_outcome_moved_away,
  handed_over: m.case_outcome_handed_over,
  no_longer_needed: m.case_outcome_no_longer_needed,
  contact_lost: m.case_outcome_contact_lost,
};

export const consultationTopicLabel = (topic: string): string => CONSULTATION_TOPICS[topic]?.() ?? topic;
export const goalAreaLabel = (area: string): string => GOAL_AREAS[area]?.() ?? area;
export const goalStatusLabel = (status: string): string => GOAL_STATUS[status]?.() ?? status;
export const caseOutcomeLabel = (outcome: string): string => CASE_OUTCOMES[outcome]?.() ?? outcome;

const ACTOR_KIND: Record<NetworkActorKind, () => string> = {
  MANAGER: m.kind_manager,
  JOB_CENTRE: m.kind_job_centre,
  EMPLOYMENT_AGENCY: m.kind_employment_agency,
  IMMIGRATION_OFFICE: m.kind_immigration_office,
  SOCIAL_WELFARE_OFFICE: m.kind_social_welfare_office,
  COUNSELLING_PROVIDER: m.kind_counselling_provider,
  HELPER_CIRCLE: m.kind_helper_circle,
  ASSOCIATION: m.kind_association,
  MIGRANT_ORGANISATION: m.kind_migrant_organisation,
  LANGUAGE_COURSE_PROVIDER: m.kind_language_course_provider,
  TOWN_HALL: m.kind_town_hall,
  INTEGRATION_COMMISSIONER: m.kind_integration_commissioner,
  EMPLOYER: m.kind_employer,
  SCHOOL_KITA: m.kind_school_kita,
  HEALTH: m.kind_health,
  IM_CARRIER: m.kind_im_carrier,
  OTHER: m.kind_other,
};
/** Every kind of actor on the network map, managers first, then the organisation kinds. */
export const NETWORK_ACTOR_KINDS = Object.keys(ACTOR_KIND) as NetworkActorKind[];
export const isNetworkActorKind = (value: string): value is NetworkActorKind =>
  (NETWORK_ACTOR_KINDS as string[]).includes(value);
export const actorKindLabel = (kind: NetworkActorKind): string => ACTOR_KIND[kind]();

const CHANNEL: Record<ContactChannel, () => string> = {
  IN_PERSON: m.channel_in_person,
  PHONE: m.channel_phone,
  EMAIL: m.channel_email,
  VIDEO: m.channel_video,
  MEETING: m.channel_meeting,
};
export const CONTACT_CHANNELS = Object.keys(CHANNEL) as ContactChannel[];
export const channelLabel = (channel: ContactChannel): string => CHANNEL[channel]();

/**
 * The API says what a person may read in both languages, "Deutsch / English" (its field checks too): the
 * half in the page's language. A text without the separator is shown as it is.
 */
export function apiText(text: string, locale: Locale = getLocale()): string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return (locale === 'en' ? text.slice(at + 3) : text.slice(0, at)).trim();
}

/**
 * The link for a stored website: as it is with http(s)://, with https:// added to a bare domain
 * ("www.beispiel.de" would otherwise be a link within Lotse), and none for anything else (no other scheme).
 */
export function webHref(website: string): string | null {
  const text = website.trim();
  if (/^https?:\/\/[^\s]+$/i.test(text)) return text;
  if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(:\d{1,5})?([/?#]\S*)?$/u.test(text)) return `https://${text}`;
  return null;
}
