// Cross-field rules of the model: each bad combination is refused with the field it concerns.
import { describe, expect, it } from 'vitest';
import { contactSchema, referralSchema, serviceSchema } from './model.ts';

const service = {
  id: 's1',
  organizationId: 'o1',
  name: 'Schwangerschaftsberatung',
  category: 'pregnancy_counselling',
  municipalityAgs: '08425033',
  lat: 48.28,
  lon: 9.72,
};
const referral = {
  id: 'r1',
  clientId: 'c1',
  serviceId: 's1',
  at: 1_000,
  statusAt: 1_000,
  need: 'debt_counselling',
  by: 'g1',
};
const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));

describe('model rules', () => {
  it('a service with an age range upside down names maxAge', () => {
    expect(pathsOf(serviceSchema.safeParse({ ...service, minAge: 27, maxAge: 18 }))).toEqual(['maxAge']);
  });

  it('a service serves everyone or a list of municipalities, not both and not neither', () => {
    expect(
      pathsOf(serviceSchema.safeParse({ ...service, servesAll: true, servesAgs: ['08425033'] })),
    ).toEqual(['servesAgs']);
    expect(pathsOf(serviceSchema.safeParse({ ...service, servesAll: false, servesAgs: [] }))).toEqual([
      'servesAgs',
    ]);
    expect(
      pathsOf(serviceSchema.safeParse({ ...service, servesAll: false, servesAgs: ['08425033'] })),
    ).toEqual([]);
  });

  it('a referral keeps outcome for closed, reason for declined, and its status time after it was made', () => {
    expect(pathsOf(referralSchema.safeParse({ ...referral, status: 'sent', outcome: 'helped' }))).toEqual([
      'outcome',
    ]);
    expect(
      pathsOf(referralSchema.safeParse({ ...referral, status: 'accepted', reason: 'no_capacity' })),
    ).toEqual(['reason']);
    expect(pathsOf(referralSchema.safeParse({ ...referral, statusAt: 999 }))).toEqual(['statusAt']);
    expect(pathsOf(referralSchema.safeParse({ ...referral, status: 'closed', outcome: 'helped' }))).toEqual(
      [],
    );
  });

  it('a contact needs two different parties', () => {
    const contact = {
      id: 'k1',
      fromLabel: 'Manager',
      fromId: 'g1',
      toLabel: 'Manager',
      at: 1,
      channel: 'phone',
    };
    expect(pathsOf(contactSchema.safeParse({ ...contact, toId: 'g1' }))).toEqual(['toId']);
    expect(pathsOf(contactSchema.safeParse({ ...contact, toId: 'g2' }))).toEqual([]);
  });
});
