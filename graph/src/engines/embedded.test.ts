// Rules of the embedded adapter that the other engine does not share.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphEngineError, applySchema, type GraphEngine } from '@lotse/graph';
import { CONTRACT_QUERIES as Q, openTemporaryGraph } from '@lotse/graph/testing';

describe('embedded engine', () => {
  let engine: GraphEngine;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ engine, dispose } = await openTemporaryGraph()));
  afterAll(async () => dispose?.());

  it('a call on the engine from inside its own transaction fails loudly instead of hanging', async () => {
    const error = await engine
      .transaction(async () => engine.read(Q.managerName, { id: 'x' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphEngineError);
    expect((error as GraphEngineError).engineCode).toBe('NESTED_ENGINE_CALL');
  });

  it('a bulk COPY is refused inside a transaction', async () => {
    const error = await engine
      .transaction(async (tx) =>
        tx.write('COPY Manager FROM (UNWIND $rows AS row RETURN row.id)', { rows: [] }),
      )
      .catch((e: unknown) => e);
    expect((error as GraphEngineError).engineCode).toBe('COPY_IN_TRANSACTION');
  });

  it('the engine still works after both refusals', async () => {
    await engine.transaction((tx) => tx.write(Q.createManager, { id: 'e-1', name: 'IM', email: '' }));
    expect(await engine.read(Q.managerName, { id: 'e-1' })).toEqual([{ name: 'IM' }]);
  });
});

describe('embedded schema', () => {
  it('a store written by another catalogue version fails loudly at start', async () => {
    const { engine, dispose } = await openTemporaryGraph();
    try {
      await engine.write('ALTER TABLE Manager ADD legacyField STRING');
      const error = await applySchema(engine).catch((e: unknown) => e);
      expect((error as GraphEngineError).engineCode).toBe('EMBEDDED_SCHEMA_MISMATCH');
      expect((error as Error).message).toContain('Manager');
    } finally {
      await dispose();
    }
  });
});
