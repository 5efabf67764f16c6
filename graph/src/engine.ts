// The graph port: the only way the rest of Lotse reaches a database.
// Adapters convert driver types at the edge, so rows contain plain JSON-like values only.

export type GraphDialect = 'neo4j' | 'embedded';
export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs statements; inside `transaction` all of them commit or none does. */
export interface GraphSession {
  read<T extends Row = Row>(query: string, params?: Params): Promise<T[]>;
  write<T extends Row = Row>(query: string, params?: Params): Promise<T[]>;
}

/** A session in which no other write interleaves; `transaction` nests a transaction in it. */
export interface GraphBatchSession extends GraphSession {
  transaction<T>(work: (tx: GraphSession) => Promise<T>): Promise<T>;
}

export interface GraphEngine extends GraphSession {
  readonly dialect: GraphDialect;
  /** A human-readable description (engine and location, never credentials). */
  readonly description: string;
  /** All statements of `work` commit together or not at all. Use only `tx` inside `work`. */
  transaction<T>(work: (tx: GraphSession) => Promise<T>): Promise<T>;
  /**
   * Check-then-write sections of bulk use cases: no other write runs between the statements of `work`.
   * On Neo4j it is one transaction. On the embedded engine statements auto-commit under an exclusive lock,
   * which allows bulk COPY (see docs/adr/0002-embedded-bulk-writes.md). Use only `session` inside `work`.
   */
  batch<T>(work: (session: GraphBatchSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A Cypher text per engine where the dialects differ; a plain string where they agree. */
export type CypherText = string | { readonly neo4j: string; readonly embedded: string };

export function cypherFor(text: CypherText, dialect: GraphDialect): string {
  return typeof text === 'string' ? text : text[dialect];
}
