import { describe, expect, it } from 'vitest';
import {
  CONTACT_GROUPS,
  CONTACT_MODES,
  NEED_CATEGORIES,
  ORGANIZATION_KINDS,
  REFERRAL_GROUPS,
} from '@lotse/graph';
import { enumInternalValues, loadTypeDefs } from './load-schema.ts';

describe('schema enums', () => {
  const enums = enumInternalValues(loadTypeDefs());

  it.each([
    ['NeedCategory', NEED_CATEGORIES],
    ['OrganizationKind', ORGANIZATION_KINDS],
    ['ContactMode', CONTACT_MODES],
    ['ReferralGroup', REFERRAL_GROUPS],
    ['ContactGroup', CONTACT_GROUPS],
    ['ReferralSourceKind', [...ORGANIZATION_KINDS, 'unknown']],
  ] as const)('%s lists exactly the model ids, in upper case', (name, modelIds) => {
    const values = enums[name] ?? {};
    expect(Object.values(values).sort()).toEqual([...modelIds].sort());
    for (const [external, internal] of Object.entries(values)) expect(external).toBe(internal.toUpperCase());
  });
});
