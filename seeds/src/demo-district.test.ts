// Rules the demo district must keep: deterministic, valid against the model, realistic in shape, and
// exactly the published activity totals. Pure and fast: no database.
import {
  clientSchema,
  consultationSchema,
  contactGroup,
  contactSchema,
  emptyContactGroups,
  emptyReferralGroups,
  managerSchema,
  meetingSchema,
  municipalitySchema,
  NEED_CATEGORIES,
  organizationSchema,
  ORGANIZATION_KINDS,
  referralGroup,
  referralSchema,
  serviceSchema,
  type OrganizationKind,
} from '@lotse/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDistrict, type DemoDistrict } from './demo-district.ts';
import { PUBLISHED_TOTALS } from './published-totals.ts';

let district: DemoDistrict;
beforeAll(() => {
  district = generateDemoDistrict();
});

const ulmAgs = '08421000';
const albDonau = () => district.municipalities.filter((m) => m.district === 'Alb-Donau-Kreis');

describe('the demo district', () => {
  it('is the same for the same seed', () => {
    expect(generateDemoDistrict(2018)).toEqual(district);
  });

  it('differs for a different seed', () => {
    const other = generateDemoDistrict(7);
    expect(other.consultations).not.toEqual(district.consultations);
    expect(other.clients).not.toEqual(district.clients);
  });

  it('has the 55 municipalities of the Alb-Donau-Kreis and Ulm, with unique 8-digit AGS', () => {
    expect(albDonau()).toHaveLength(55);
    expect(albDonau().every((m) => m.ags.startsWith('08425'))).toBe(true);
    expect(district.municipalities.find((m) => m.ags === ulmAgs)).toMatchObject({
      name: 'Ulm',
      district: 'Ulm',
    });
    expect(new Set(district.municipalities.map((m) => m.ags)).size).toBe(56);
    for (const name of [
      'Ehingen (Donau)',
      'Blaubeuren',
      'Laichingen',
      'Langenau',
      'Dietenheim',
      'Erbach',
      'Munderkingen',
      'Schelklingen',
      'Allmendingen',
      'Dornstadt',
      'Blaustein',
      'Illerkirchberg',
      'Staig',
    ])
      expect(albDonau().map((m) => m.name)).toContain(name);
  });

  it('has sizes in the planned ranges', () => {
    expect(district.organizations.length).toBeGreaterThanOrEqual(260);
    expect(district.organizations.length).toBeLessThanOrEqual(340);
    expect(district.services.length).toBeGreaterThanOrEqual(450);
    expect(district.services.length).toBeLessThanOrEqual(560);
    expect(district.managers).toHaveLength(27);
    expect(district.clients).toHaveLength(2500);
    expect(district.meetings).toHaveLength(PUBLISHED_TOTALS.meetings);
  });

  it('passes the model schemas, row by row', () => {
    const checks: [string, { safeParse(x: unknown): { success: boolean; error?: unknown } }, unknown[]][] = [
      ['municipalities', municipalitySchema, district.municipalities],
      ['organizations', organizationSchema, district.organizations],
      ['services', serviceSchema, district.services],
      ['managers', managerSchema, district.managers],
      ['clients', clientSchema, district.clients],
      ['contacts', contactSchema, district.contacts],
      ['consultations', consultationSchema, district.consultations],
      ['referrals', referralSchema, district.referrals],
      ['meetings', meetingSchema, district.meetings],
    ];
    for (const [name, schema, rows] of checks) {
      const failures = rows
        .map((row, index) => ({ index, result: schema.safeParse(row) }))
        .filter((x) => !x.result.success)
        .slice(0, 3);
      expect(failures, `${name} rows failing their schema`).toEqual([]);
    }
  });

  it('has unique ids per kind of row', () => {
    for (const rows of [
      district.organizations,
      district.services,
      district.managers,
      district.clients,
      district.contacts,
      district.consultations,
      district.referrals,
      district.meetings,
    ]) {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    }
    expect(new Set(district.clients.map((c) => c.caseCode)).size).toBe(district.clients.length);
  });

  it('marks every organisation, service, manager and client as demo data', () => {
    for (const rows of [district.organizations, district.services, district.managers, district.clients])
      expect(rows.every((r) => r.isDemo === true)).toBe(true);
    expect(district.organizations.every((o) => o.name.endsWith('(Demo)'))).toBe(true);
  });

  it('names no real people: managers are "IM Demo NN", clients have case codes and no name at all', () => {
    expect(district.managers.filter((m) => !/^IM Demo \d{2}\b/.test(m.name))).toEqual([]);
    expect(district.clients.filter((c) => !/^ADK-20(18|19|20)-\d{4}$/.test(c.caseCode))).toEqual([]);
    const clientFields = new Set(district.clients.flatMap((c) => Object.keys(c)));
    expect([...clientFields].filter((k) => /name/i.test(k))).toEqual([]);
  });

  it('has an organisation of every kind and a few services in every need category', () => {
    const kinds = new Set(district.organizations.map((o) => o.kind));
    expect([...ORGANIZATION_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
    for (const category of NEED_CATEGORIES)
      expect(
        district.services.filter((s) => s.category === category).length,
        category,
      ).toBeGreaterThanOrEqual(3);
  });

  it('has a town hall in every municipality and a helper circle in most', () => {
    const townHalls = new Set(
      district.organizations.filter((o) => o.kind === 'town_hall').map((o) => o.municipalityAgs),
    );
    expect(townHalls.size).toBe(56);
    const circles = new Set(
      district.organizations.filter((o) => o.kind === 'helper_circle').map((o) => o.municipalityAgs),
    );
    expect(circles.size).toBeGreaterThan(55 / 2);
  });

  it('has one new helper circle without any contact, for the network map to show as isolated', () => {
    const fresh = district.organizations.filter((o) => o.id.startsWith('demo-org-helferkreis-neu-'));
    expect(fresh).toHaveLength(1);
    const circle = fresh[0]!;
    expect(circle.kind).toBe('helper_circle');
    const others = district.organizations.filter(
      (o) => o.kind === 'helper_circle' && o.municipalityAgs === circle.municipalityAgs && o !== circle,
    );
    expect(others).toEqual([]);
    const touching = district.contacts.filter((c) => c.fromId === circle.id || c.toId === circle.id);
    expect(touching).toEqual([]);
  });

  it('has the district immigration office serve every Alb-Donau municipality but not Ulm, and Ulm its own', () => {
    const kindOf = new Map(district.organizations.map((o) => [o.id, o]));
    const immigration = district.services.filter(
      (s) => kindOf.get(s.organizationId)?.kind === 'immigration_office',
    );
    const districtOffice = immigration.filter((s) => s.organizationId.startsWith('demo-org-lra-abh'));
    const ulmOffice = immigration.filter((s) => s.organizationId === 'demo-org-ulm-abh');
    expect(districtOffice.length).toBeGreaterThan(0);
    for (const s of districtOffice) {
      expect(s.servesAll).toBe(false);
      expect([...(s.servesAgs ?? [])].sort()).toEqual(
        albDonau()
          .map((m) => m.ags)
          .sort(),
      );
    }
    for (const s of ulmOffice) expect(s.servesAgs).toEqual([ulmAgs]);
  });

  it('places services in their organisation’s municipality, close to it', () => {
    const orgs = new Map(district.organizations.map((o) => [o.id, o]));
    const misplaced = district.services.filter((s) => {
      const org = orgs.get(s.organizationId)!;
      return (
        s.municipalityAgs !== org.municipalityAgs ||
        Math.abs(s.lat - org.lat!) >= 0.01 ||
        Math.abs(s.lon - org.lon!) >= 0.01
      );
    });
    expect(misplaced).toEqual([]);
  });

  it('gives services languages, weekly hours and mostly active status', () => {
    expect(district.services.every((s) => s.languages?.includes('de'))).toBe(true);
    expect(district.services.filter((s) => (s.languages?.length ?? 0) > 1).length).toBeGreaterThan(
      district.services.length / 2,
    );
    expect(district.services.every((s) => (s.openingHours?.weekly.length ?? 0) > 0)).toBe(true);
    expect(district.services.some((s) => s.openingHours?.appointmentOnly)).toBe(true);
    expect(district.services.some((s) => (s.openingHours?.exceptions?.length ?? 0) > 0)).toBe(true);
    const closed = district.services.filter((s) => s.status === 'temporarily_closed').length;
    expect(closed).toBeGreaterThan(0);
    expect(closed).toBeLessThan(district.services.length * 0.1);
    expect(
      district.services.some((s) => s.gender === 'female' && s.category === 'pregnancy_counselling'),
    ).toBe(true);
  });

  it('lets managers together cover every Alb-Donau municipality', () => {
    const covered = new Set(district.managers.flatMap((m) => m.coversAgs ?? []));
    expect(albDonau().filter((m) => !covered.has(m.ags))).toEqual([]);
  });

  it('has every client managed by a manager who covers the client’s municipality', () => {
    const managers = new Map(district.managers.map((m) => [m.id, m]));
    const misplaced = district.clients.filter(
      (c) => !managers.get(c.managerId)?.coversAgs?.includes(c.municipalityAgs),
    );
    expect(misplaced).toEqual([]);
  });

  it('has events only between a manager and their own clients, while the case is open', () => {
    const clients = new Map(district.clients.map((c) => [c.id, c]));
    const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
    const wrong = district.consultations.filter((c) => {
      const client = clients.get(c.clientId)!;
      const day = dayOf(c.at);
      return (
        c.managerId !== client.managerId ||
        c.household !== client.household ||
        day < client.openedOn ||
        (client.closedOn !== null && client.closedOn !== undefined && day > client.closedOn)
      );
    });
    expect(wrong).toEqual([]);
    expect(district.referrals.filter((r) => r.by !== clients.get(r.clientId)!.managerId)).toEqual([]);
  });

  it('dates all activity at noon UTC inside H1 2018 … H1 2020', () => {
    const from = Date.UTC(2018, 0, 1);
    const to = Date.UTC(2020, 6, 1);
    const outside = [...district.consultations, ...district.referrals, ...district.contacts].filter(
      (e) => e.at < from || e.at >= to || new Date(e.at).getUTCHours() !== 12,
    );
    expect(outside).toEqual([]);
    expect(district.meetings.filter((m) => m.date < '2018-01-01' || m.date > '2020-06-30')).toEqual([]);
  });

  it('has referral needs equal to the service category, and outcomes only on closed referrals', () => {
    const services = new Map(district.services.map((s) => [s.id, s]));
    const wrong = district.referrals.filter(
      (r) =>
        r.need !== services.get(r.serviceId)!.category ||
        r.statusAt < r.at ||
        (r.outcome !== '') !== (r.status === 'closed') ||
        (r.reason !== '') !== (r.status === 'declined'),
    );
    expect(wrong).toEqual([]);
    expect(new Set(district.referrals.map((r) => r.status)).size).toBe(6);
  });

  it('spreads activity unevenly over municipalities', () => {
    const perMunicipality = new Map<string, number>();
    const clients = new Map(district.clients.map((c) => [c.id, c]));
    for (const c of district.consultations) {
      const ags = clients.get(c.clientId)!.municipalityAgs;
      perMunicipality.set(ags, (perMunicipality.get(ags) ?? 0) + 1);
    }
    const perThousand = albDonau()
      .filter((m) => perMunicipality.has(m.ags))
      .map((m) => perMunicipality.get(m.ags)! / (m.population / 1000));
    expect(Math.max(...perThousand) / Math.min(...perThousand)).toBeGreaterThan(3);
  });

  it('reproduces the published consultation totals exactly', () => {
    const byHousehold = { single: 0, family: 0 };
    const byPrimaryTopic = { children: 0, housing: 0, labour_market: 0, health: 0, language: 0, other: 0 };
    for (const c of district.consultations) {
      byHousehold[c.household] += 1;
      byPrimaryTopic[c.topics[0]!] += 1;
    }
    expect(district.consultations).toHaveLength(PUBLISHED_TOTALS.consultations.total);
    expect(byHousehold).toEqual(PUBLISHED_TOTALS.consultations.byHousehold);
    expect(byPrimaryTopic).toEqual(PUBLISHED_TOTALS.consultations.byPrimaryTopic);
  });

  it('reproduces the published referral totals exactly, grouped by the report rules', () => {
    const kindOf = new Map<string, OrganizationKind>(district.organizations.map((o) => [o.id, o.kind]));
    const services = new Map(district.services.map((s) => [s.id, s]));
    const byGroup = emptyReferralGroups();
    for (const r of district.referrals) {
      const s = services.get(r.serviceId)!;
      byGroup[referralGroup(kindOf.get(s.organizationId)!, s.category)] += 1;
    }
    expect(byGroup).toEqual(PUBLISHED_TOTALS.referrals.byGroup);
  });

  it('reproduces the published contact totals exactly, grouped by the report rules', () => {
    const kindOf = new Map<string, OrganizationKind>(district.organizations.map((o) => [o.id, o.kind]));
    expect(district.contacts.filter((c) => c.fromLabel !== 'Manager' || c.toId === c.fromId)).toEqual([]);
    const byGroup = emptyContactGroups();
    for (const c of district.contacts)
      byGroup[contactGroup(c.toLabel, c.toLabel === 'Organization' ? kindOf.get(c.toId)! : null)] += 1;
    expect(byGroup).toEqual(PUBLISHED_TOTALS.contacts.byGroup);
  });
});
