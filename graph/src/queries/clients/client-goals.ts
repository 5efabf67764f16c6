// Integration-plan goals of a client: `(Client)-[:HAS_GOAL]->(Goal)`. Adding goes through the node upsert
// (both engines' write paths, the client checked to exist); a change is check-and-set on `updatedAt`, so
// of two people changing the same goal at once only the first succeeds, as with referral moves.
import type { GraphEngine } from '../../engine.ts';
import { goalSchema, type Goal, type GoalInput } from '../../model.ts';
import { NODES } from '../../schema/catalog.ts';
import { upsertNodes, type UpsertSpec } from '../upsert/upsert-nodes.ts';

export const goalUpsert: UpsertSpec<Goal> = {
  label: 'Goal',
  schema: goalSchema,
  toProperties: ({ clientId: _client, ...properties }) => properties,
  links: [
    { type: 'HAS_GOAL', direction: 'in', target: 'Client', field: 'clientId', keys: (g) => [g.clientId] },
  ],
};

const GOAL_COLUMNS = `${NODES.Goal.properties.map(([p]) => `g.${p} AS ${p}`).join(', ')}, c.id AS clientId`;

export const goalCypher = {
  ofClient: `MATCH (c:Client {id: $clientId})-[:HAS_GOAL]->(g:Goal) RETURN ${GOAL_COLUMNS} ORDER BY createdAt, id`,
  byId: `MATCH (c:Client {id: $clientId})-[:HAS_GOAL]->(g:Goal {id: $id}) RETURN ${GOAL_COLUMNS}`,
  change: `MATCH (c:Client {id: $clientId})-[:HAS_GOAL]->(g:Goal {id: $id}) WHERE g.updatedAt = $expected
SET g.area = $area, g.text = $text, g.dueOn = $dueOn, g.status = $status, g.updatedAt = $updatedAt
RETURN g.id AS id`,
};

/** Stores a new goal; refused naming `clientId` when the client does not exist. */
export async function addGoal(engine: GraphEngine, goal: GoalInput): Promise<void> {
  await upsertNodes(engine, goalUpsert, [goal]);
}

/** A client's goals, oldest first (the order they were agreed in). */
export async function goalsOfClient(engine: GraphEngine, clientId: string): Promise<Goal[]> {
  return engine.read<Goal & Record<string, unknown>>(goalCypher.ofClient, { clientId });
}

/** One goal of one client; null when the goal does not belong to that client. */
export async function getGoal(engine: GraphEngine, clientId: string, id: string): Promise<Goal | null> {
  const [row] = await engine.read<Goal & Record<string, unknown>>(goalCypher.byId, { clientId, id });
  return row ?? null;
}

/**
 * Writes `goal` over the stored one if that was last changed at `expected`; false when it was changed
 * in between (the caller reloads). `goal` must be valid already (goalSchema).
 */
export async function changeGoal(engine: GraphEngine, goal: Goal, expected: number): Promise<boolean> {
  const { clientId, id, area, text, dueOn, status, updatedAt } = goalSchema.parse(goal);
  const params = { clientId, id, expected, area, text, dueOn, status, updatedAt };
  return engine.transaction(async (tx) => (await tx.write(goalCypher.change, params)).length === 1);
}
