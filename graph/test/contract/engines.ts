// The engines the contract suite runs on: always the embedded one; Neo4j when NEO4J_URI is set.
import { openGraph, applySchema, type GraphEngine } from '@lotse/graph';
import { CONTRACT_CLEANUP_PARAMS, CONTRACT_QUERIES, openTemporaryGraph } from '@lotse/graph/testing';

export interface EngineUnderTest {
  name: 'embedded' | 'neo4j';
  available: boolean;
  open(): Promise<{ engine: GraphEngine; dispose(): Promise<void> }>;
}

export const engines: EngineUnderTest[] = [
  { name: 'embedded', available: true, open: openTemporaryGraph },
  {
    name: 'neo4j',
    available: Boolean(process.env.NEO4J_URI),
    async open() {
      const engine = await openGraph();
      await applySchema(engine);
      // Also before: a crashed earlier run must not leave fixtures that turn `created` into `updated`.
      await engine.write(CONTRACT_QUERIES.cleanup, CONTRACT_CLEANUP_PARAMS);
      const dispose = async () => {
        await engine.write(CONTRACT_QUERIES.cleanup, CONTRACT_CLEANUP_PARAMS);
        await engine.close();
      };
      return { engine, dispose };
    },
  },
];

if (!process.env.NEO4J_URI) console.log('skipped Neo4j: NEO4J_URI not set');
