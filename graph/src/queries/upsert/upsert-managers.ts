// Batch upsert of integration managers with employer and covered municipalities.
import type { GraphEngine } from '../../engine.ts';
import { managerSchema, type Manager, type ManagerInput } from '../../model.ts';
import { upsertNodes, type UpsertReport, type UpsertSpec } from './upsert-nodes.ts';

export const managerUpsert: UpsertSpec<Manager> = {
  label: 'Manager',
  schema: managerSchema,
  toProperties: ({ organizationId: _org, coversAgs: _covers, ...properties }) => properties,
  links: [
    {
      type: 'EMPLOYED_BY',
      direction: 'out',
      target: 'Organization',
      field: 'organizationId',
      keys: (m) => [m.organizationId],
    },
    {
      type: 'COVERS',
      direction: 'out',
      target: 'Municipality',
      field: 'coversAgs',
      keys: (m) => [...new Set(m.coversAgs)],
    },
  ],
};

export const upsertManagers = (engine: GraphEngine, rows: ManagerInput[]): Promise<UpsertReport> =>
  upsertNodes(engine, managerUpsert, rows);
