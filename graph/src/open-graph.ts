// Chooses the engine: NEO4J_URI set → Neo4j; otherwise the embedded engine with a file under ./data/.
import { resolve } from 'node:path';
import type { GraphEngine } from './engine.ts';
import { openEmbedded } from './engines/embedded.ts';
import { openNeo4j } from './engines/neo4j.ts';

export type GraphConfig =
  | { engine: 'embedded'; path: string; readers?: number; bufferPoolBytes?: number }
  | { engine: 'neo4j'; uri: string; user: string; password: string; database?: string };

export const DEFAULT_DATA_PATH = 'data/lotse.kuzu';

export function graphConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GraphConfig {
  if (env.NEO4J_URI) {
    return {
      engine: 'neo4j',
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
    };
  }
  const bufferMb = Number(env.LOTSE_EMBEDDED_BUFFER_MB);
  return {
    engine: 'embedded',
    path: resolve(env.LOTSE_DATA_PATH ?? DEFAULT_DATA_PATH),
    ...(Number.isFinite(bufferMb) && bufferMb > 0 ? { bufferPoolBytes: bufferMb * 1024 * 1024 } : {}),
  };
}

export async function openGraph(config: GraphConfig = graphConfigFromEnv()): Promise<GraphEngine> {
  return config.engine === 'neo4j'
    ? openNeo4j(config)
    : openEmbedded({
        path: config.path,
        ...(config.readers ? { readers: config.readers } : {}),
        ...(config.bufferPoolBytes ? { bufferPoolBytes: config.bufferPoolBytes } : {}),
      });
}
