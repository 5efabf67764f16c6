// Batch upsert of organisations (actors of the network) with their location.
import type { GraphEngine } from '../../engine.ts';
import { organizationSchema, type Organization, type OrganizationInput } from '../../model.ts';
import { upsertNodes, type UpsertReport, type UpsertSpec } from './upsert-nodes.ts';

export const organizationUpsert: UpsertSpec<Organization> = {
  label: 'Organization',
  schema: organizationSchema,
  toProperties: ({ municipalityAgs: _ags, ...properties }) => properties,
  links: [
    {
      type: 'LOCATED_IN',
      direction: 'out',
      target: 'Municipality',
      field: 'municipalityAgs',
      keys: (o) => [o.municipalityAgs],
    },
  ],
};

export const upsertOrganizations = (engine: GraphEngine, rows: OrganizationInput[]): Promise<UpsertReport> =>
  upsertNodes(engine, organizationUpsert, rows);
