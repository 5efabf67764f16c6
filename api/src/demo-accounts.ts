// Demo logins for every role, created at start when LOTSE_DEMO_ACCOUNTS=1 (npm start with demo data).
// Demo only: the password is public (README). Never enable this with real data.
import { getAccount, upsertAccounts, type GraphEngine, type Role } from '@lotse/graph';
import { hashPassword } from './auth/passwords.ts';

export const DEMO_PASSWORD = 'Lotse-Demo-2026';

export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  role: Role;
  managerId: string | null;
}[] = [
  { username: 'admin.demo', displayName: 'Admin (Demo)', role: 'admin', managerId: null },
  { username: 'koordination.demo', displayName: 'Koordination (Demo)', role: 'coordinator', managerId: null },
  { username: 'netzwerk.demo', displayName: 'Netzwerktreffen (Demo)', role: 'viewer', managerId: null },
  { username: 'im01.demo', displayName: 'IM Demo 01 (Ehingen)', role: 'manager', managerId: 'demo-im-01' },
  { username: 'im02.demo', displayName: 'IM Demo 02 (Ehingen)', role: 'manager', managerId: 'demo-im-02' },
];

/** Creates the demo logins that do not exist yet; existing ones (and changed passwords) stay. */
export async function ensureDemoAccounts(engine: GraphEngine): Promise<number> {
  const missing = [];
  for (const account of DEMO_ACCOUNTS)
    if (!(await getAccount(engine, account.username))) missing.push(account);
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await upsertAccounts(
    engine,
    missing.map((a) => ({ ...a, passwordHash, createdAt: Date.now(), isDemo: true })),
  );
  return missing.length;
}
