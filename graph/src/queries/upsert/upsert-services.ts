// Batch upsert of services (one offer at one place) with provider, location and responsible area.
import type { GraphEngine } from '../../engine.ts';
import { serviceSchema, type Service, type ServiceInput } from '../../model.ts';
import { upsertNodes, type UpsertReport, type UpsertSpec } from './upsert-nodes.ts';

export const serviceUpsert: UpsertSpec<Service> = {
  label: 'Service',
  schema: serviceSchema,
  toProperties: ({
    organizationId: _org,
    municipalityAgs: _ags,
    servesAgs: _serves,
    openingHours,
    ...properties
  }) => ({
    ...properties,
    openingHours: JSON.stringify(openingHours),
  }),
  links: [
    {
      type: 'OFFERS',
      direction: 'in',
      target: 'Organization',
      field: 'organizationId',
      keys: (s) => [s.organizationId],
    },
    {
      type: 'LOCATED_IN',
      direction: 'out',
      target: 'Municipality',
      field: 'municipalityAgs',
      keys: (s) => [s.municipalityAgs],
    },
    {
      type: 'SERVES',
      direction: 'out',
      target: 'Municipality',
      field: 'servesAgs',
      keys: (s) => [...new Set(s.servesAgs)],
    },
  ],
};

export const upsertServices = (engine: GraphEngine, rows: ServiceInput[]): Promise<UpsertReport> =>
  upsertNodes(engine, serviceUpsert, rows);
