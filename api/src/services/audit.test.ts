import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, listAuditEvents, type AuditEventInput, type GraphEngine } from '@lotse/graph';
import { openTemporaryGraph } from '@lotse/graph/testing';
import { createAuditLog } from './audit.ts';

let engine: GraphEngine;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await applySchema(engine);
});
afterAll(async () => dispose?.());

const event = (id: string): AuditEventInput => ({
  id,
  at: Date.now(),
  actor: 'im.a',
  role: 'manager',
  operation: 'client.read',
  caseIds: [`c-${id}`],
  allowed: true,
  requestId: `r-${id}`,
});

/** The engine, counting its writes and failing the ones `failWhen` picks. */
function watched(failWhen: (n: number) => boolean = () => false) {
  let writes = 0;
  const proxy = new Proxy(engine, {
    get(target, key) {
      if (key === 'write')
        return (...args: Parameters<GraphEngine['write']>) => {
          writes += 1;
          if (failWhen(writes)) return Promise.reject(new Error('disk full'));
          return target.write(...args);
        };
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { engine: proxy, writes: () => writes };
}

describe('the audit log (group commit)', () => {
  it('stores every event before its caller goes on, and writes concurrent events together', async () => {
    const counted = watched();
    const log = createAuditLog(counted.engine);
    const ids = Array.from({ length: 20 }, (_, i) => `g-${i}`);
    await Promise.all(ids.map((id) => log.append(event(id))));
    // The first event is written at once; the 19 that arrived meanwhile share the next write.
    expect(counted.writes()).toBe(2);
    const stored = await listAuditEvents(engine, { actor: 'im.a', limit: 100 });
    expect(
      stored
        .map((e) => e.id)
        .filter((id) => id.startsWith('g-'))
        .sort(),
    ).toEqual([...ids].sort());
    await log.settled();
  });

  it('fails the callers of a failed write, and later events are written on their own', async () => {
    const counted = watched((n) => n === 1);
    const log = createAuditLog(counted.engine);
    const first = log.append(event('f-1'));
    const second = log.append(event('f-2'));
    await expect(first).rejects.toThrow('disk full');
    await expect(second).resolves.toBeUndefined();
    const stored = (await listAuditEvents(engine, { actor: 'im.a', limit: 100 })).map((e) => e.id);
    expect(stored).toContain('f-2');
    expect(stored).not.toContain('f-1');
  });
});
