// Test helper: the small graph most API tests start from — Ehingen, the district office as the managers'
// employer, two managers, and logins for the roles a test names (all with one password).
import {
  upsertAccounts,
  upsertManagers,
  upsertMunicipalities,
  upsertOrganizations,
  type GraphEngine,
  type Role,
} from '@lotse/graph';
import { hashPassword } from '../auth/passwords.ts';

export const TEST_PASSWORD = 'correct horse battery';

export const EHINGEN = {
  ags: '08425033',
  name: 'Ehingen (Donau)',
  district: 'Alb-Donau-Kreis',
  state: 'Baden-Württemberg',
  lat: 48.28,
  lon: 9.72,
  population: 26_000,
};

export interface TestLogin {
  username: string;
  role: Role;
  managerId?: string;
  disabled?: boolean;
}

/** Ehingen, `org-lra`, managers `m-a` and `m-b` (both covering Ehingen), and the given logins. */
export async function seedBase(engine: GraphEngine, logins: TestLogin[]): Promise<void> {
  await upsertMunicipalities(engine, [EHINGEN]);
  await upsertOrganizations(engine, [
    { id: 'org-lra', name: 'Landratsamt', kind: 'im_carrier', municipalityAgs: EHINGEN.ags },
  ]);
  await upsertManagers(engine, [
    { id: 'm-a', name: 'IM A', organizationId: 'org-lra', coversAgs: [EHINGEN.ags] },
    { id: 'm-b', name: 'IM B', organizationId: 'org-lra', coversAgs: [EHINGEN.ags] },
  ]);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await upsertAccounts(
    engine,
    logins.map((login) => ({
      username: login.username,
      displayName: login.username,
      role: login.role,
      managerId: login.managerId ?? null,
      disabled: login.disabled ?? false,
      passwordHash,
      createdAt: 0,
    })),
  );
}
