// Neo4j 5 adapter over neo4j-driver: managed transactions (retried on transient errors),
// driver types converted at the edge in both directions.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GraphBatchSession, GraphEngine, GraphSession, Params, Row } from '../engine.ts';
import { GraphEngineError } from '../errors.ts';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** Integers go to Neo4j as INTEGER (JS numbers would become FLOAT), so epoch-ms stay exact. */
export function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (typeof value === 'bigint') return neo4j.int(value.toString());
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4jValue(v);
    return out;
  }
  return value;
}

export function fromNeo4jValue(value: unknown): unknown {
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : BigInt(value.toString());
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return fromNeo4jValue((value as { properties: unknown }).properties);
  }
  if (Array.isArray(value)) return value.map(fromNeo4jValue);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromNeo4jValue(v);
    return out;
  }
  return value;
}

async function run(tx: ManagedTransaction, query: string, params: Params = {}): Promise<Row[]> {
  const result = await tx.run(query, toNeo4jValue(params) as Record<string, unknown>);
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[key as string] = fromNeo4jValue(record.get(key));
    return row;
  });
}

function wrapError(error: Neo4jError): GraphEngineError {
  return new GraphEngineError(`Neo4j: Abfrage fehlgeschlagen / query failed: ${error.message}`, error.code, {
    cause: error,
  });
}

export async function openNeo4j(config: Neo4jConfig): Promise<GraphEngine> {
  const driver: Driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: false,
  });
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (error) {
    await driver.close();
    throw new GraphEngineError(
      `Neo4j unter ${config.uri} nicht erreichbar / Neo4j at ${config.uri} unreachable: ${(error as Error).message}`,
      'NEO4J_UNREACHABLE',
      { cause: error },
    );
  }
  // One bookmark manager for all sessions: on a cluster a read then sees the writes before it.
  const session = () =>
    driver.session({
      bookmarkManager: driver.executeQueryBookmarkManager,
      ...(config.database ? { database: config.database } : {}),
    });

  const inSession = async <T>(mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<T>) => {
    const s = session();
    try {
      return mode === 'read' ? await s.executeRead(work) : await s.executeWrite(work);
    } catch (error) {
      // Only driver errors are translated; application errors thrown by the work pass through untouched.
      if (error instanceof Neo4jError) throw wrapError(error);
      throw error;
    } finally {
      await s.close();
    }
  };

  const sessionOf = (tx: ManagedTransaction): GraphSession => ({
    read: <R extends Row = Row>(q: string, p?: Params) => run(tx, q, p) as Promise<R[]>,
    write: <R extends Row = Row>(q: string, p?: Params) => run(tx, q, p) as Promise<R[]>,
  });

  return {
    dialect: 'neo4j',
    description: `Neo4j at ${config.uri}${config.database ? ` (database ${config.database})` : ''}`,
    read: <T extends Row = Row>(query: string, params?: Params) =>
      inSession('read', (tx) => run(tx, query, params)) as Promise<T[]>,
    write: <T extends Row = Row>(query: string, params?: Params) =>
      inSession('write', (tx) => run(tx, query, params)) as Promise<T[]>,
    // The driver may retry `work` on transient errors: work must only talk to the graph.
    transaction: <T>(work: (tx: GraphSession) => Promise<T>) =>
      inSession('write', (tx) => work(sessionOf(tx))),
    // A batch is one transaction on Neo4j; a nested transaction simply joins it.
    batch: <T>(work: (session: GraphBatchSession) => Promise<T>) =>
      inSession('write', (tx) => {
        const session = sessionOf(tx);
        return work({ ...session, transaction: (inner) => inner(session) });
      }),
    close: () => driver.close(),
  };
}
