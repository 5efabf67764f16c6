// Schema statements per engine, generated from the catalogue and applied idempotently at start.
// Embedded (Kùzu) is a typed property graph: tables with columns and a primary key give uniqueness.
// Neo4j is schema-optional: uniqueness constraints for every id (relationship ids too) and lookup indexes.
import type { GraphEngine } from '../engine.ts';
import { GraphEngineError } from '../errors.ts';
import { NODES, RELATIONSHIPS, type NodeLabel, type RelationshipType } from './catalog.ts';

const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

export function embeddedSchemaStatements(): string[] {
  const nodes = (Object.keys(NODES) as NodeLabel[]).map((label) => {
    const spec = NODES[label];
    const columns = spec.properties.map(([name, type]) => `${name} ${type}`).join(', ');
    return `CREATE NODE TABLE IF NOT EXISTS ${label}(${columns}, PRIMARY KEY(${spec.key}))`;
  });
  const rels = (Object.keys(RELATIONSHIPS) as RelationshipType[]).map((type) => {
    const spec = RELATIONSHIPS[type];
    const parts = [
      ...spec.pairs.map(([from, to]) => `FROM ${from} TO ${to}`),
      ...spec.properties.map(([name, t]) => `${name} ${t}`),
    ];
    return `CREATE REL TABLE IF NOT EXISTS ${type}(${parts.join(', ')})`;
  });
  return [...nodes, ...rels];
}

export function neo4jSchemaStatements(): string[] {
  const statements: string[] = [];
  for (const label of Object.keys(NODES) as NodeLabel[]) {
    const spec = NODES[label];
    statements.push(
      `CREATE CONSTRAINT ${snake(label)}_${spec.key}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${spec.key} IS UNIQUE`,
    );
    for (const property of spec.indexed) {
      statements.push(
        `CREATE INDEX ${snake(label)}_${snake(property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
      );
    }
  }
  for (const type of Object.keys(RELATIONSHIPS) as RelationshipType[]) {
    const spec = RELATIONSHIPS[type];
    if (!spec.hasId) continue;
    statements.push(
      `CREATE CONSTRAINT ${type.toLowerCase()}_id_unique IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
      `CREATE INDEX ${type.toLowerCase()}_at IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.at)`,
    );
  }
  return statements;
}

export function schemaStatements(dialect: GraphEngine['dialect']): string[] {
  return dialect === 'neo4j' ? neo4jSchemaStatements() : embeddedSchemaStatements();
}

/** Column list of an embedded table, for the drift check. */
export const tableInfoCypher = (table: NodeLabel | RelationshipType) =>
  `CALL table_info('${table}') RETURN *`;

/**
 * `CREATE … IF NOT EXISTS` never changes an existing table, and bulk COPY fills columns by position,
 * so an embedded store written by an older catalogue must fail loudly at start, not shift values.
 */
async function assertEmbeddedColumns(engine: GraphEngine): Promise<void> {
  const expected: [string, readonly (readonly [string, string])[]][] = [
    ...(Object.keys(NODES) as NodeLabel[]).map(
      (l) => [l, NODES[l].properties] as [string, typeof NODES.Client.properties],
    ),
    ...(Object.keys(RELATIONSHIPS) as RelationshipType[]).map(
      (t) => [t, RELATIONSHIPS[t].properties] as [string, typeof NODES.Client.properties],
    ),
  ];
  for (const [table, properties] of expected) {
    const rows = await engine.read<{ name: string; type: string }>(tableInfoCypher(table as NodeLabel));
    const actual = rows.map((r) => `${r.name} ${r.type}`).join(', ');
    // Kùzu reports BOOLEAN columns as BOOL.
    const wanted = properties.map(([n, t]) => `${n} ${t === 'BOOLEAN' ? 'BOOL' : t}`).join(', ');
    if (actual !== wanted)
      throw new GraphEngineError(
        `Die Datenbankdatei passt nicht zum Schema dieser Lotse-Version (Tabelle ${table}); ` +
          `bitte ./data sichern und neu laden / the store was written by another schema version ` +
          `(table ${table}: has [${actual}], expects [${wanted}]); back up ./data and reload`,
        'EMBEDDED_SCHEMA_MISMATCH',
      );
  }
}

/** Creates what is missing; safe to run at every start. */
export async function applySchema(engine: GraphEngine): Promise<void> {
  for (const statement of schemaStatements(engine.dialect)) {
    await engine.write(statement);
  }
  if (engine.dialect === 'embedded') await assertEmbeddedColumns(engine);
}
