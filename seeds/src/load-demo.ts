// Loads the demo district into a graph through @lotse/graph's batch functions, in dependency order.
// Re-runnable: nodes are upserted by key and events skipped by id, so a second load changes nothing.
import {
  recordConsultations,
  recordContacts,
  recordMeetings,
  recordReferrals,
  upsertClients,
  upsertManagers,
  upsertMunicipalities,
  upsertOrganizations,
  upsertServices,
  type GraphEngine,
  type RecordReport,
  type UpsertReport,
} from '@lotse/graph';
import { DEFAULT_DEMO_SEED, generateDemoDistrict, type DemoDistrict } from './demo-district.ts';

export interface LoadDemoOptions {
  seed?: number;
  /** Rows per call for the large event batches; keeps parameter lists and transactions bounded. */
  batchSize?: number;
}

export interface LoadDemoReport {
  seed: number;
  municipalities: UpsertReport;
  organizations: UpsertReport;
  services: UpsertReport;
  managers: UpsertReport;
  clients: UpsertReport;
  meetings: UpsertReport;
  contacts: RecordReport;
  consultations: RecordReport;
  referrals: RecordReport;
}

async function inBatches<T>(
  rows: T[],
  size: number,
  record: (batch: T[]) => Promise<RecordReport>,
): Promise<RecordReport> {
  const total: RecordReport = { created: 0, skipped: 0 };
  for (let start = 0; start < rows.length; start += size) {
    const report = await record(rows.slice(start, start + size));
    total.created += report.created;
    total.skipped += report.skipped;
  }
  return total;
}

/** Writes an already generated district (tests and tools may pass their own). */
export async function loadDistrict(
  engine: GraphEngine,
  district: DemoDistrict,
  options: { batchSize?: number } = {},
): Promise<Omit<LoadDemoReport, 'seed'>> {
  const size = options.batchSize ?? 5000;
  // Order matters: every row's references must exist when it is written.
  const municipalities = await upsertMunicipalities(engine, district.municipalities);
  const organizations = await upsertOrganizations(engine, district.organizations);
  const services = await upsertServices(engine, district.services);
  const managers = await upsertManagers(engine, district.managers);
  const clients = await upsertClients(engine, district.clients);
  const meetings = await recordMeetings(engine, district.meetings);
  const contacts = await inBatches(district.contacts, size, (rows) => recordContacts(engine, rows));
  const consultations = await inBatches(district.consultations, size, (rows) =>
    recordConsultations(engine, rows),
  );
  const referrals = await inBatches(district.referrals, size, (rows) => recordReferrals(engine, rows));
  return {
    municipalities,
    organizations,
    services,
    managers,
    clients,
    meetings,
    contacts,
    consultations,
    referrals,
  };
}

/** Generates the demo district for the seed and loads it. */
export async function loadDemoDistrict(
  engine: GraphEngine,
  options: LoadDemoOptions = {},
): Promise<LoadDemoReport> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const district = generateDemoDistrict(seed);
  return { seed, ...(await loadDistrict(engine, district, options)) };
}
