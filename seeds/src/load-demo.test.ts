// The demo district in a real embedded graph: the published totals hold when read back from the store,
// and loading again changes nothing. Slow (a full load into a fresh temp database), no timings asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applySchema,
  consultationTotals,
  contactTotals,
  countGraph,
  dayRangeInstants,
  halfYearsIn,
  openGraph,
  periodActivity,
  referralTotals,
  type GraphEngine,
} from '@lotse/graph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDistrict } from './demo-district.ts';
import { loadDemoDistrict, type LoadDemoReport } from './load-demo.ts';
import { PUBLISHED_TOTALS } from './published-totals.ts';

describe('the demo district loaded into the embedded engine', () => {
  const district = generateDemoDistrict();
  let dir: string;
  let engine: GraphEngine;
  let first: LoadDemoReport;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lotse-demo-'));
    engine = await openGraph({ engine: 'embedded', path: join(dir, 'db') });
    await applySchema(engine);
    first = await loadDemoDistrict(engine);
  });

  afterAll(async () => {
    await engine?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stores every generated row on the first load', async () => {
    expect(first.municipalities.created).toBe(district.municipalities.length);
    expect(first.organizations.created).toBe(district.organizations.length);
    expect(first.services.created).toBe(district.services.length);
    expect(first.managers.created).toBe(district.managers.length);
    expect(first.clients.created).toBe(district.clients.length);
    expect(first.meetings.created).toBe(district.meetings.length);
    expect(first.contacts).toEqual({ created: district.contacts.length, skipped: 0 });
    expect(first.consultations).toEqual({ created: district.consultations.length, skipped: 0 });
    expect(first.referrals).toEqual({ created: district.referrals.length, skipped: 0 });
    const { nodes, relationships } = await countGraph(engine);
    expect(nodes).toMatchObject({
      Municipality: 56,
      Organization: district.organizations.length,
      Service: district.services.length,
      Manager: 27,
      Client: district.clients.length,
      Meeting: district.meetings.length,
    });
    expect(relationships).toMatchObject({
      OFFERS: district.services.length,
      COUNSELLED: district.consultations.length,
      REFERRED_TO: district.referrals.length,
      CONTACT: district.contacts.length,
      MANAGED_BY: district.clients.length,
      LIVES_IN: district.clients.length,
    });
  });

  it('proves the published consultation totals from the stored graph', async () => {
    const totals = await consultationTotals(engine);
    expect(totals.total).toBe(PUBLISHED_TOTALS.consultations.total);
    expect(totals.byHousehold).toEqual(PUBLISHED_TOTALS.consultations.byHousehold);
    expect(totals.byPrimaryTopic).toEqual(PUBLISHED_TOTALS.consultations.byPrimaryTopic);
  });

  it('proves the published referral totals from the stored graph', async () => {
    const totals = await referralTotals(engine);
    expect(totals.byGroup).toEqual(PUBLISHED_TOTALS.referrals.byGroup);
    expect(totals.total).toBe(district.referrals.length);
  });

  it('proves the published contact totals from the stored graph', async () => {
    const totals = await contactTotals(engine);
    expect(totals.byGroup).toEqual(PUBLISHED_TOTALS.contacts.byGroup);
    expect(totals.total).toBe(district.contacts.length);
  });

  it('counts only the half-year asked for', async () => {
    const from = Date.UTC(2018, 0, 1);
    const to = Date.UTC(2018, 6, 1);
    const inFirstHalf = district.consultations.filter((c) => c.at >= from && c.at < to);
    const totals = await consultationTotals(engine, { from, to });
    expect(totals.total).toBe(inFirstHalf.length);
    expect(totals.byHousehold.family).toBe(inFirstHalf.filter((c) => c.household === 'family').length);
  });

  it('gives the brochure figures per half-year, adding up to the published totals (the report reads these)', async () => {
    const halfYears = halfYearsIn({ from: '2018-01-01', to: '2020-06-30' });
    expect(halfYears.map((h) => h.label)).toEqual(PUBLISHED_TOTALS.halfYears);
    const activity = await periodActivity(
      engine,
      halfYears.map((h) => dayRangeInstants(h.part)),
    );
    const sum = <K extends string>(pick: (a: (typeof activity)[number]) => Record<K, number>) =>
      activity.map(pick).reduce(
        (total, part) => {
          for (const [key, n] of Object.entries(part) as [K, number][]) total[key] = (total[key] ?? 0) + n;
          return total;
        },
        {} as Record<K, number>,
      );
    expect(sum((a) => a.consultations.byPrimaryTopic)).toEqual(PUBLISHED_TOTALS.consultations.byPrimaryTopic);
    expect(activity.reduce((n, a) => n + a.consultations.total, 0)).toBe(
      PUBLISHED_TOTALS.consultations.total,
    );
    expect(sum((a) => a.referrals.byGroup)).toEqual(PUBLISHED_TOTALS.referrals.byGroup);
    expect(sum((a) => a.contacts.byGroup)).toEqual(PUBLISHED_TOTALS.contacts.byGroup);
    // every half-year has activity, and the referral matrix accounts for every referral of it
    for (const a of activity) {
      expect(a.consultations.total).toBeGreaterThan(0);
      expect(a.referralMatrix.reduce((n, cell) => n + cell.referrals, 0)).toBe(a.referrals.total);
    }
    // The brochure is the Alb-Donau-Kreis's: counted for that district alone, the same figures.
    const kreis = await periodActivity(
      engine,
      halfYears.map((h) => dayRangeInstants(h.part)),
      { district: 'Alb-Donau-Kreis' },
    );
    expect(kreis.map((a) => [a.consultations.total, a.referrals.total, a.contacts.total])).toEqual(
      activity.map((a) => [a.consultations.total, a.referrals.total, a.contacts.total]),
    );
    const ulm = await periodActivity(
      engine,
      halfYears.map((h) => dayRangeInstants(h.part)),
      { district: 'Ulm' },
    );
    // Ulm is the demo's hub of services: no client lives there and no manager covers it.
    expect(ulm.every((a) => a.consultations.total + a.referrals.total + a.contacts.total === 0)).toBe(true);
  });

  it('leaves the graph unchanged when loaded a second time', async () => {
    const before = await countGraph(engine);
    const second = await loadDemoDistrict(engine);
    expect(second.municipalities.created + second.organizations.created + second.services.created).toBe(0);
    expect(second.managers.created + second.clients.created + second.meetings.created).toBe(0);
    expect(second.contacts).toEqual({ created: 0, skipped: district.contacts.length });
    expect(second.consultations).toEqual({ created: 0, skipped: district.consultations.length });
    expect(second.referrals).toEqual({ created: 0, skipped: district.referrals.length });
    expect(await countGraph(engine)).toEqual(before);
  });
});
