// What the density report (issue #7) is computed from: every actor with the municipalities it belongs to
// (organisations that are not archived, with their location; managers, with the municipalities they
// cover) and every CONTACT between two of them in given periods, one entry per contact, sorted into buckets
// of time. The figures themselves are computed in the API (api/src/services/report-density.ts).
//
// The periods (report period, comparison, trend half-years) are cut at every one of their bounds; a run of
// periods that touch or overlap is read together, one statement per label pair, and a contact's bucket is
// the number of cut points at or before it. A run with more than 16 cuts is read in several parts.
//
// Engine variants, and why: the bucket is a list comprehension over `$cuts` on Neo4j; Kùzu has none (its
// `list_filter` with a lambda was ≈ 5× slower), so there it is a CASE chain over fixed parameters
// $b01…$b16. On Kùzu every value a result hands to JavaScript costs ≈ 1 µs in the Node
// binding, so one row per contact (350,000 on the state-scale set) would take seconds. Kùzu therefore
// aggregates per actor and bucket and returns the partners as one string of node offsets
// (`list_to_string(',', collect(offset(ID(b))))`), resolved to actors through the offsets the actor
// statements return; Neo4j has neither function and returns the partners' ids as a list.
import { cypherFor, type GraphDialect, type GraphEngine } from '../../engine.ts';
import { ACTOR_LABELS, type ActorLabel } from '../../model.ts';
import type { InstantRange } from '../../periods.ts';

export interface ReportActor {
  label: ActorLabel;
  id: string;
  /** An organisation's kind, or `manager`. */
  kind: string;
  /** An organisation's location; the municipalities a manager covers (AGS order, maybe none). */
  municipalities: string[];
}

export interface ReportNetwork {
  /** Organisations first, then managers, each in id order; contacts refer to them by index. */
  actors: ReportActor[];
  /** Half-open instants `[from, to)`, oldest first, not overlapping; together they cover every period. */
  buckets: InstantRange[];
  /**
   * Per bucket, the contacts between two actors: `[from₀, to₀, from₁, to₁, …]` (actor indices, one pair per
   * contact, as recorded). Contacts with anything that is not an actor (an archived organisation) are left out.
   */
  contacts: Int32Array[];
}

/** Cut points one statement can sort contacts by: 16 cuts, 17 buckets. */
export const MAX_CUTS = 16;
const cutNames = Array.from({ length: MAX_CUTS }, (_, i) => `b${String(i + 1).padStart(2, '0')}`);
const BUCKET = {
  embedded: `CASE ${cutNames.map((name, i) => `WHEN c.at < $${name} THEN ${i}`).join(' ')} ELSE ${MAX_CUTS} END`,
  neo4j: 'size([cut IN $cuts WHERE cut <= c.at])',
};

const ref = (variable: string, dialect: GraphDialect) =>
  dialect === 'embedded' ? `offset(ID(${variable}))` : `${variable}.id`;

const actorsText = (dialect: GraphDialect) => ({
  organizations: `MATCH (o:Organization)-[:LOCATED_IN]->(m:Municipality) WHERE o.archived = false
RETURN ${ref('o', dialect)} AS ref, o.id AS id, o.kind AS kind, m.ags AS ags ORDER BY id`,
  managers: `MATCH (g:Manager)
OPTIONAL MATCH (g)-[:COVERS]->(m:Municipality)
RETURN ${ref('g', dialect)} AS ref, g.id AS id, collect(m.ags) AS covers ORDER BY id`,
});

const contactsText = (from: ActorLabel, to: ActorLabel, dialect: GraphDialect) =>
  `MATCH (a:${from})-[c:CONTACT]->(b:${to})
WHERE c.at >= $from AND c.at < $to
RETURN ${ref('a', dialect)} AS ref, ${BUCKET[dialect]} AS bucket, ${
    dialect === 'embedded' ? `list_to_string(',', collect(offset(ID(b))))` : 'collect(b.id)'
  } AS partners`;

const LABEL_PAIRS = ACTOR_LABELS.flatMap((from) => ACTOR_LABELS.map((to) => [from, to] as const));

export const reportNetworkCypher = {
  organizations: {
    neo4j: actorsText('neo4j').organizations,
    embedded: actorsText('embedded').organizations,
  },
  managers: { neo4j: actorsText('neo4j').managers, embedded: actorsText('embedded').managers },
  /** One text per (from, to) label pair, in the order of LABEL_PAIRS. */
  contacts: LABEL_PAIRS.map(([from, to]) => ({
    neo4j: contactsText(from, to, 'neo4j'),
    embedded: contactsText(from, to, 'embedded'),
  })),
};

/** The municipalities a report may list, without their outlines (which can be megabytes). */
export const reportMunicipalitiesCypher = `MATCH (m:Municipality)
RETURN m.ags AS ags, m.name AS name, m.district AS district ORDER BY ags`;

export interface ReportMunicipality {
  ags: string;
  name: string;
  district: string;
}

export const listReportMunicipalities = (engine: GraphEngine): Promise<ReportMunicipality[]> =>
  engine.read<ReportMunicipality & Record<string, unknown>>(reportMunicipalitiesCypher);

export const reportNetworkStatements = [
  reportMunicipalitiesCypher,
  reportNetworkCypher.organizations,
  reportNetworkCypher.managers,
  ...reportNetworkCypher.contacts,
];

/**
 * The buckets for some periods: every period bound is a cut; buckets that lie in no period are dropped.
 * Returned with the runs of touching buckets, each run read together.
 */
export function bucketsFor(periods: InstantRange[]): { buckets: InstantRange[]; runs: InstantRange[][] } {
  const cuts = [...new Set(periods.flatMap((p) => (p.to > p.from ? [p.from, p.to] : [])))].sort(
    (a, b) => a - b,
  );
  const buckets: InstantRange[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const bucket = { from: cuts[i]!, to: cuts[i + 1]! };
    if (periods.some((p) => p.from <= bucket.from && bucket.to <= p.to)) buckets.push(bucket);
  }
  const runs: InstantRange[][] = [];
  for (const bucket of buckets) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.to === bucket.from && run.length <= MAX_CUTS) run.push(bucket);
    else runs.push([bucket]);
  }
  return { buckets, runs };
}

interface ActorRow extends Record<string, unknown> {
  ref: number | string;
  id: string;
}

interface ContactRow extends Record<string, unknown> {
  ref: number | string;
  bucket: number;
  partners: string | string[] | null;
}

/** An Int32Array that grows by doubling (number[] of 700,000 pushes costs several times more). */
class GrowingPairs {
  private data = new Int32Array(1024);
  private length = 0;
  push(from: number, to: number) {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = from;
    this.data[this.length++] = to;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Numeric refs (Kùzu offsets) as a dense lookup table: offset → actor index, −1 for none. */
function denseIndex(refs: Map<number | string, number>): Int32Array {
  let size = 0;
  for (const ref of refs.keys()) if (typeof ref === 'number' && ref + 1 > size) size = ref + 1;
  const table = new Int32Array(size).fill(-1);
  for (const [ref, actor] of refs) if (typeof ref === 'number') table[ref] = actor;
  return table;
}

/** Reads the actors and the contacts of `periods`, bucketed (see the header). */
export async function readReportNetwork(
  engine: GraphEngine,
  periods: InstantRange[],
): Promise<ReportNetwork> {
  const { dialect } = engine;
  const [organizations, managers] = await Promise.all([
    engine.read<ActorRow & { kind: string; ags: string }>(
      cypherFor(reportNetworkCypher.organizations, dialect),
    ),
    engine.read<ActorRow & { covers: (string | null)[] | null }>(
      cypherFor(reportNetworkCypher.managers, dialect),
    ),
  ]);
  const actors: ReportActor[] = [];
  const index: Record<ActorLabel, Map<number | string, number>> = {
    Organization: new Map(),
    Manager: new Map(),
  };
  for (const o of organizations) {
    index.Organization.set(o.ref, actors.length);
    actors.push({ label: 'Organization', id: o.id, kind: o.kind, municipalities: [o.ags] });
  }
  for (const g of managers) {
    index.Manager.set(g.ref, actors.length);
    const covers = [...new Set((g.covers ?? []).filter((a): a is string => Boolean(a)))].sort();
    actors.push({ label: 'Manager', id: g.id, kind: 'manager', municipalities: covers });
  }

  const { buckets, runs } = bucketsFor(periods);
  const pairs = buckets.map(() => new GrowingPairs());
  const organizationIndex = denseIndex(index.Organization);
  const managerIndex = denseIndex(index.Manager);
  const reads = runs.flatMap((run) => {
    const first = buckets.indexOf(run[0]!);
    const end = run.at(-1)!.to;
    const params: Record<string, number | number[]> = { from: run[0]!.from, to: end };
    if (dialect === 'neo4j') params.cuts = run.slice(1).map((bucket) => bucket.from);
    else cutNames.forEach((name, i) => (params[name] = run[i + 1]?.from ?? end));
    return LABEL_PAIRS.map(async ([fromLabel, toLabel], k) => {
      const rows = await engine.read<ContactRow>(
        cypherFor(reportNetworkCypher.contacts[k]!, dialect),
        params,
      );
      const fromIndex = index[fromLabel];
      const toIndex = index[toLabel];
      const toDense = toLabel === 'Organization' ? organizationIndex : managerIndex;
      for (const row of rows) {
        const from = fromIndex.get(row.ref);
        if (from === undefined) continue;
        const into = pairs[first + Number(row.bucket)]!;
        const partners = row.partners;
        if (typeof partners === 'string') {
          // Kùzu: "12,7,12" — node offsets, parsed without allocating a string per number
          let value = -1;
          for (let i = 0; i <= partners.length; i++) {
            const code = i < partners.length ? partners.charCodeAt(i) : 44;
            if (code === 44) {
              const to = value >= 0 && value < toDense.length ? toDense[value]! : -1;
              if (to >= 0 && to !== from) into.push(from, to);
              value = -1;
            } else value = (value < 0 ? 0 : value * 10) + (code - 48);
          }
        } else
          for (const partner of partners ?? []) {
            const to = toIndex.get(partner);
            if (to !== undefined && to !== from) into.push(from, to);
          }
      }
    });
  });
  await Promise.all(reads);
  return { actors, buckets, contacts: pairs.map((list) => list.done()) };
}
