// Batch upsert of municipalities (Gemeinden), keyed by AGS.
import type { GraphEngine } from '../../engine.ts';
import { municipalitySchema, type Municipality, type MunicipalityInput } from '../../model.ts';
import { upsertNodes, type UpsertReport, type UpsertSpec } from './upsert-nodes.ts';

export const municipalityUpsert: UpsertSpec<Municipality> = {
  label: 'Municipality',
  schema: municipalitySchema,
  toProperties: (m) => ({ ...m }),
  links: [],
};

export const upsertMunicipalities = (engine: GraphEngine, rows: MunicipalityInput[]): Promise<UpsertReport> =>
  upsertNodes(engine, municipalityUpsert, rows);
