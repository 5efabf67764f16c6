import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertMunicipalities, upsertOrganizations, upsertServices, type GraphEngine } from '@lotse/graph';
import { openTemporaryGraph } from '@lotse/graph/testing';
import { createDirectoryCache } from './directory-cache.ts';

let engine: GraphEngine;
let dispose: () => Promise<void>;
const service = (id: string, name: string) => ({
  id,
  name,
  organizationId: 'org-1',
  category: 'debt_counselling' as const,
  municipalityAgs: '08425033',
  lat: 48.28,
  lon: 9.72,
});
const names = (snapshot: { services: { name: string }[] }) => snapshot.services.map((s) => s.name);

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await upsertMunicipalities(engine, [
    {
      ags: '08425033',
      name: 'Ehingen (Donau)',
      district: 'ADK',
      state: 'BW',
      lat: 48.28,
      lon: 9.72,
      population: 1,
    },
  ]);
  await upsertOrganizations(engine, [
    { id: 'org-1', name: 'Caritas', kind: 'counselling_provider', municipalityAgs: '08425033' },
  ]);
  await upsertServices(engine, [service('s-b', 'Beratung B')]);
});
afterAll(async () => dispose?.());

describe('the directory in memory', () => {
  it('answers from its snapshot until invalidated or older than the TTL, then shows the graph again', async () => {
    let now = 0;
    const cache = createDirectoryCache(engine, 1000, () => now);
    expect(names(await cache.snapshot())).toEqual(['Beratung B']);
    await upsertServices(engine, [service('s-a', 'Beratung A')]);
    now = 500;
    expect(names(await cache.snapshot())).toEqual(['Beratung B']); // within the TTL
    cache.invalidate(); // a change through the API: the next answer is fresh
    expect(names(await cache.snapshot())).toEqual(['Beratung A', 'Beratung B']);
    await upsertServices(engine, [service('s-c', 'Beratung C')]);
    now = 5000; // past the TTL: the old snapshot answers once more while the next loads
    expect(names(await cache.snapshot())).toEqual(['Beratung A', 'Beratung B']);
    await cache.settled();
    expect(names(await cache.snapshot())).toEqual(['Beratung A', 'Beratung B', 'Beratung C']);
    expect((await cache.snapshot()).municipalities.get('08425033')?.name).toBe('Ehingen (Donau)');
  });
});
