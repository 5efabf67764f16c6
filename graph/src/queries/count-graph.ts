// Node and relationship counts per label/type: for tests, the demo loader and health reports.
import type { GraphEngine } from '../engine.ts';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../schema/catalog.ts';

export const countNodesCypher = (label: NodeLabel) => `MATCH (n:${label}) RETURN count(n) AS n`;
export const countRelationshipsCypher = (type: RelationshipType) =>
  `MATCH ()-[r:${type}]->() RETURN count(r) AS n`;

export async function countGraph(engine: GraphEngine): Promise<{
  nodes: Record<NodeLabel, number>;
  relationships: Record<RelationshipType, number>;
}> {
  const nodes = {} as Record<NodeLabel, number>;
  const relationships = {} as Record<RelationshipType, number>;
  for (const label of NODE_LABELS)
    nodes[label] = ((await engine.read(countNodesCypher(label)))[0]?.n as number) ?? 0;
  for (const type of RELATIONSHIP_TYPES)
    relationships[type] = ((await engine.read(countRelationshipsCypher(type)))[0]?.n as number) ?? 0;
  return { nodes, relationships };
}
