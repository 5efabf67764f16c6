// The state-scale data set (a Baden-Württemberg-sized state), generated deterministically and loaded
// batch by batch through the app's own upsert*/record* functions. Shared by bench:graph and bench:suggest.
import {
  recordConsultations,
  recordContacts,
  recordReferrals,
  upsertClients,
  upsertManagers,
  upsertMunicipalities,
  upsertOrganizations,
  upsertServices,
  NEED_CATEGORIES,
  ORGANIZATION_KINDS,
  type ContactInput,
  type ConsultationInput,
  type GraphEngine,
  type ReferralInput,
} from '@lotse/graph';

export const stateScaleCounts = (scale: number) => ({
  municipalities: Math.round(1100 * scale),
  organizations: Math.round(5500 * scale),
  services: Math.round(20_000 * scale),
  managers: Math.round(1100 * scale),
  clients: Math.round(60_000 * scale),
  contacts: Math.round(350_000 * scale),
  consultations: Math.round(500_000 * scale),
  referrals: Math.round(150_000 * scale),
});

export const NODE_BATCH = 10_000;

/** mulberry32: small, seeded, deterministic. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function inBatches<T>(rows: T[], size: number, load: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await load(rows.slice(i, i + size));
}
/** Generates `count` rows batch by batch, as an importer reading a file would, and loads each batch. */
async function generatedInBatches<T>(
  count: number,
  size: number,
  make: (i: number) => T,
  load: (batch: T[]) => Promise<unknown>,
) {
  for (let start = 0; start < count; start += size)
    await load(Array.from({ length: Math.min(size, count - start) }, (_, k) => make(start + k)));
}
const seconds = (start: number) => (performance.now() - start) / 1000;

/** Generates the set into `engine` (schema applied) and returns what a benchmark needs to ask about it. */
export async function loadStateScaleSet(engine: GraphEngine, options: { scale: number; edgeBatch: number }) {
  const N = stateScaleCounts(options.scale);
  const EDGE_BATCH = options.edgeBatch;
  const random = prng(20_200_630);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (n: number) => Math.floor(random() * n);
  // The state: a box roughly the size of Baden-Württemberg.
  const municipalities = Array.from({ length: N.municipalities }, (_, i) => ({
    ags: String(8_000_000 + i).padStart(8, '0'),
    name: `Gemeinde ${i}`,
    district: `Kreis ${Math.floor(i / 25)}`,
    state: 'Baden-Württemberg',
    lat: 47.6 + random() * 2.1,
    lon: 7.6 + random() * 2.8,
    population: 1000 + int(100_000),
  }));
  const jitter = () => (random() - 0.5) * 0.05;

  let started = performance.now();
  await upsertMunicipalities(engine, municipalities);
  const organizations = Array.from({ length: N.organizations }, (_, i) => ({
    id: `o${i}`,
    name: `Organisation ${i}`,
    kind: pick(ORGANIZATION_KINDS),
    municipalityAgs: municipalities[i % municipalities.length]!.ags,
  }));
  await inBatches(organizations, NODE_BATCH, (b) => upsertOrganizations(engine, b));
  const services = Array.from({ length: N.services }, (_, i) => {
    const organization = organizations[int(organizations.length)]!;
    const place = municipalities.find((m) => m.ags === organization.municipalityAgs)!;
    return {
      id: `s${i}`,
      organizationId: organization.id,
      name: `Angebot ${i}`,
      category: NEED_CATEGORIES[i % NEED_CATEGORIES.length]!,
      municipalityAgs: place.ags,
      lat: place.lat + jitter(),
      lon: place.lon + jitter(),
      languages: ['de', pick(['ar', 'fa', 'uk', 'tr', 'ru', 'en'])],
    };
  });
  await inBatches(services, NODE_BATCH, (b) => upsertServices(engine, b));
  const managers = Array.from({ length: N.managers }, (_, i) => ({
    id: `g${i}`,
    name: `IM ${i}`,
    organizationId: organizations[int(organizations.length)]!.id,
    coversAgs: [municipalities[i % municipalities.length]!.ags],
  }));
  await inBatches(managers, NODE_BATCH, (b) => upsertManagers(engine, b));
  const clients = Array.from({ length: N.clients }, (_, i) => {
    const manager = managers[i % managers.length]!;
    return {
      id: `c${i}`,
      caseCode: `BW-${String(i).padStart(6, '0')}`,
      managerId: manager.id,
      municipalityAgs: manager.coversAgs[0]!,
      household: random() < 0.78 ? ('single' as const) : ('family' as const),
      householdSize: 1 + int(6),
      minors: int(4),
      openedOn: '2019-01-01',
    };
  });
  await inBatches(clients, NODE_BATCH, (b) => upsertClients(engine, b));
  const nodeSeconds = seconds(started);
  const nodeCount = N.municipalities + N.organizations + N.services + N.managers + N.clients;

  const from = Date.UTC(2018, 0, 1);
  const span = Date.UTC(2020, 6, 1) - from;
  const at = () => from + int(span);
  started = performance.now();
  await generatedInBatches(
    N.contacts,
    EDGE_BATCH,
    (i): ContactInput => {
      const index = int(managers.length);
      const manager = managers[index]!;
      const toManager = random() < 0.4;
      return {
        id: `k${i}`,
        fromLabel: 'Manager',
        fromId: manager.id,
        toLabel: toManager ? 'Manager' : 'Organization',
        // never the manager themself: a contact needs two different parties
        toId: toManager
          ? managers[(index + 1 + int(managers.length - 1)) % managers.length]!.id
          : organizations[int(organizations.length)]!.id,
        at: at(),
        channel: pick(['in_person', 'phone', 'email', 'video', 'meeting'] as const),
      };
    },
    (b) => recordContacts(engine, b),
  );
  await generatedInBatches(
    N.consultations,
    EDGE_BATCH,
    (i): ConsultationInput => {
      const client = clients[int(clients.length)]!;
      return {
        id: `b${i}`,
        managerId: client.managerId,
        clientId: client.id,
        at: at(),
        topics: [pick(['children', 'housing', 'labour_market', 'health', 'language', 'other'] as const)],
        household: client.household,
      };
    },
    (b) => recordConsultations(engine, b),
  );
  await generatedInBatches(
    N.referrals,
    EDGE_BATCH,
    (i): ReferralInput => {
      const client = clients[int(clients.length)]!;
      const service = services[int(services.length)]!;
      const when = at();
      return {
        id: `r${i}`,
        clientId: client.id,
        serviceId: service.id,
        at: when,
        statusAt: when,
        need: service.category,
        status: 'sent',
        by: client.managerId,
      };
    },
    (b) => recordReferrals(engine, b),
  );
  const edgeSeconds = seconds(started);
  const edgeCount = N.contacts + N.consultations + N.referrals;
  return {
    N,
    municipalities,
    organizations,
    services,
    managers,
    clients,
    nodeCount,
    nodeSeconds,
    edgeCount,
    edgeSeconds,
  };
}
