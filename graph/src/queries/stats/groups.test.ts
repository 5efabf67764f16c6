// The grouping rules behind the published activity figures.
import { describe, expect, it } from 'vitest';
import { contactGroup, referralGroup } from './groups.ts';

describe('referral groups', () => {
  it('count a job centre’s or employment agency’s offer as employment, whatever its category', () => {
    expect(referralGroup('job_centre', 'benefits')).toBe('employment');
    expect(referralGroup('employment_agency', 'job_placement')).toBe('employment');
  });

  it('count every offer of an immigration office as immigration office', () => {
    expect(referralGroup('immigration_office', 'residence_matters')).toBe('immigration_office');
  });

  it('count helper circles, associations and migrant organisations together, even for health offers', () => {
    expect(referralGroup('helper_circle', 'volunteer_support')).toBe('refugee_organisations');
    expect(referralGroup('association', 'psychosocial_support')).toBe('refugee_organisations');
    expect(referralGroup('migrant_organisation', 'leisure_participation')).toBe('refugee_organisations');
  });

  it('count pregnancy, addiction, psychosocial and health offers of other providers as health counselling', () => {
    expect(referralGroup('counselling_provider', 'pregnancy_counselling')).toBe('health_counselling');
    expect(referralGroup('counselling_provider', 'addiction_counselling')).toBe('health_counselling');
    expect(referralGroup('social_welfare_office', 'psychosocial_support')).toBe('health_counselling');
    expect(referralGroup('health', 'health_care')).toBe('health_counselling');
  });

  it('count everything else as other', () => {
    expect(referralGroup('counselling_provider', 'debt_counselling')).toBe('other');
    expect(referralGroup('language_course_provider', 'language_course')).toBe('other');
    expect(referralGroup('employer', 'job_placement')).toBe('other');
  });
});

describe('contact groups', () => {
  it('count other managers and integration commissioners together', () => {
    expect(contactGroup('Manager', null)).toBe('managers_and_commissioners');
    expect(contactGroup('Organization', 'integration_commissioner')).toBe('managers_and_commissioners');
  });

  it('count town halls and social welfare offices as administrations', () => {
    expect(contactGroup('Organization', 'town_hall')).toBe('administrations');
    expect(contactGroup('Organization', 'social_welfare_office')).toBe('administrations');
  });

  it('count helper circles, associations and migrant organisations as volunteer associations', () => {
    for (const kind of ['helper_circle', 'association', 'migrant_organisation'] as const)
      expect(contactGroup('Organization', kind)).toBe('volunteer_associations');
  });

  it('count employers as companies and the rest as other', () => {
    expect(contactGroup('Organization', 'employer')).toBe('companies');
    expect(contactGroup('Organization', 'job_centre')).toBe('other');
    expect(contactGroup('Organization', null)).toBe('other');
  });
});
