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

export interface GraphEngine extends GraphSession {
  readonly dialect: GraphDialect;
  /** A human-readable description (engine and location, never credentials). */
  readonly description: string;
  transaction<T>(work: (tx: GraphSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A Cypher text per engine where the dialects differ; a plain string where they agree. */
export type CypherText = string | { readonly neo4j: string; readonly embedded: string };

export function cypherFor(text: CypherText, dialect: GraphDialect): string {
  return typeof text === 'string' ? text : text[dialect];
}
