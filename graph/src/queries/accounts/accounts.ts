// Logins: upsert (with the manager an account acts as) and lookup by username.
import type { GraphEngine } from '../../engine.ts';
import { accountSchema, type Account, type AccountInput } from '../../model.ts';
import { NODES } from '../../schema/catalog.ts';
import { upsertNodes, type UpsertReport, type UpsertSpec } from '../upsert/upsert-nodes.ts';

export const accountUpsert: UpsertSpec<Account> = {
  label: 'Account',
  schema: accountSchema,
  toProperties: ({ managerId: _manager, ...properties }) => properties,
  links: [
    {
      type: 'ACTS_AS',
      direction: 'out',
      target: 'Manager',
      field: 'managerId',
      keys: (a) => (a.managerId ? [a.managerId] : []),
    },
  ],
};

export const upsertAccounts = (engine: GraphEngine, rows: AccountInput[]): Promise<UpsertReport> =>
  upsertNodes(engine, accountUpsert, rows);

export const getAccountCypher = `MATCH (a:Account {username: $username})
OPTIONAL MATCH (a)-[:ACTS_AS]->(m:Manager)
RETURN ${NODES.Account.properties.map(([p]) => `a.${p} AS ${p}`).join(', ')}, m.id AS managerId`;

export async function getAccount(engine: GraphEngine, username: string): Promise<Account | null> {
  const [row] = await engine.read<Account & Record<string, unknown>>(getAccountCypher, { username });
  return row ? { ...row, managerId: row.managerId ?? null } : null;
}

/** Every login without its password hash, ordered by username (for admins). */
export const listAccountsCypher = `MATCH (a:Account)
OPTIONAL MATCH (a)-[:ACTS_AS]->(m:Manager)
RETURN a.username AS username, a.displayName AS displayName, a.role AS role, a.disabled AS disabled,
  a.createdAt AS createdAt, a.isDemo AS isDemo, m.id AS managerId
ORDER BY username`;

export type AccountSummary = Omit<Account, 'passwordHash'>;

export async function listAccounts(engine: GraphEngine): Promise<AccountSummary[]> {
  const rows = await engine.read<AccountSummary & Record<string, unknown>>(listAccountsCypher);
  return rows.map((r) => ({ ...r, managerId: r.managerId ?? null }));
}
