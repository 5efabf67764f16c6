import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, recordContacts, type GraphEngine } from '@lotse/graph';
import { openTemporaryGraph } from '@lotse/graph/testing';
import { seedBase } from '../testing/fixture.ts';
import { createSignalCache } from './signal-cache.ts';

let engine: GraphEngine;
let dispose: () => Promise<void>;
const PERIOD = { from: 0, to: Date.UTC(2030, 0, 1) };
let contacts = 0;
const contact = () =>
  recordContacts(engine, [
    {
      id: `k-${++contacts}`,
      fromLabel: 'Manager',
      fromId: 'm-a',
      toLabel: 'Organization',
      toId: 'org-lra',
      at: Date.UTC(2026, 0, contacts),
      channel: 'phone',
      topic: '',
    },
  ]);

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await applySchema(engine);
  await seedBase(engine, []);
});
afterAll(async () => dispose?.());

describe("a manager's signals, kept for a while", () => {
  it('reads once within the TTL; after it answers once more from the old entry while it reads again', async () => {
    let clock = 1_000_000;
    const cache = createSignalCache(engine, 60_000, () => clock);
    await contact();
    const count = async () => (await cache.get('m-a', PERIOD)).contacts.get('org-lra')?.contacts ?? 0;
    expect(await count()).toBe(1);
    await contact();
    clock += 59_000;
    expect(await count()).toBe(1); // still the kept answer
    clock += 2_000;
    expect(await count()).toBe(1); // older than the TTL: the old answer, while a fresh one loads
    await cache.settled();
    expect(await count()).toBe(2);
    // Far older than the TTL (ten times): not answered from any more, the caller waits.
    await contact();
    clock += 11 * 60_000;
    expect(await count()).toBe(3);
    await contact();
    cache.forget('m-a');
    expect(await count()).toBe(4);
    // Another manager has their own entry.
    expect((await cache.get('m-b', PERIOD)).contacts.size).toBe(0);
  });

  it('keeps nothing with a TTL of 0', async () => {
    const cache = createSignalCache(engine, 0);
    const before = (await cache.get('m-a', PERIOD)).contacts.get('org-lra')!.contacts;
    await contact();
    expect((await cache.get('m-a', PERIOD)).contacts.get('org-lra')!.contacts).toBe(before + 1);
  });
});
