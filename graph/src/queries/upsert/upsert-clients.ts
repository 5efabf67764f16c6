// Batch upsert of clients (pseudonymised cases: a case code, never a name) with residence and manager.
import type { GraphEngine } from '../../engine.ts';
import { clientSchema, type Client, type ClientInput } from '../../model.ts';
import { upsertNodes, type UpsertReport, type UpsertSpec } from './upsert-nodes.ts';

export const clientUpsert: UpsertSpec<Client> = {
  label: 'Client',
  schema: clientSchema,
  toProperties: ({ managerId: _manager, municipalityAgs: _ags, ...properties }) => properties,
  links: [
    {
      type: 'LIVES_IN',
      direction: 'out',
      target: 'Municipality',
      field: 'municipalityAgs',
      keys: (c) => [c.municipalityAgs],
    },
    {
      type: 'MANAGED_BY',
      direction: 'out',
      target: 'Manager',
      field: 'managerId',
      keys: (c) => [c.managerId],
    },
  ],
};

export const upsertClients = (engine: GraphEngine, rows: ClientInput[]): Promise<UpsertReport> =>
  upsertNodes(engine, clientUpsert, rows);
