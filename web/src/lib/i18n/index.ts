// The UI's words come from Paraglide JS (messages/de.json, messages/en.json, compiled into
// $lib/paraglide): German first, English second. This module adds what messages cannot say alone:
// category names by enum value, language names and numbers in the current locale.
import type { NeedCategory } from '$lib/graphql/__generated__/graphql';
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

/** The name of a need category in the current locale. */
export const categoryLabel = (category: NeedCategory): string => CATEGORY[category]();

/** A language's name for an ISO 639 code, e.g. 'ar' → 'Arabisch'. */
export const languageName = (code: string): string =>
  new Intl.DisplayNames([getLocale()], { type: 'language', fallback: 'code' }).of(code) ?? code;

export const formatNumber = (value: number): string => new Intl.NumberFormat(getLocale()).format(value);
