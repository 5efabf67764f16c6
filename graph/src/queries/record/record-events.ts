// Batch recording of event relationships (a contact, a consultation, a referral), each with its own id.
// Re-recording an id that is stored already skips it, so imports and demo loads are re-runnable.
//
// Engine variant, and why: Neo4j creates in one managed transaction and finds stored ids through the
// relationship-id constraint's index. Kùzu has no index on relationship properties and creates
// relationships slowly through MATCH … CREATE, so it finds stored ids with one hash join and
// bulk-loads new ones with COPY: from a private CSV file for large batches (embedded-csv.ts), from
// `UNWIND $rows` otherwise and for rows CSV cannot carry exactly (docs/adr/0002-embedded-bulk-writes.md).
import type { z } from 'zod';
import type { GraphEngine } from '../../engine.ts';
import { GraphValidationError, type FieldIssue } from '../../errors.ts';
import { RELATIONSHIPS, type NodeLabel, type RelationshipType } from '../../schema/catalog.ts';
import { existingKeys, parseRows } from '../upsert/upsert-nodes.ts';
import { embeddedRows, embeddedValue, skipWitness } from '../embedded-rows.ts';
import { copyRows } from '../embedded-csv.ts';

export interface Endpoints {
  fromLabel: NodeLabel;
  fromId: string;
  toLabel: NodeLabel;
  toId: string;
}

export interface EventSpec<R> {
  type: RelationshipType;
  schema: z.ZodType<R>;
  endpoints(row: R): Endpoints;
  /** Relationship properties keyed as in the catalogue (id included). */
  toProperties(row: R): Record<string, unknown>;
  /** Field names for errors about a missing endpoint. */
  fromField: string;
  toField: string;
}

export interface RecordReport {
  created: number;
  skipped: number;
}

export function eventStatements(type: RelationshipType) {
  const spec = RELATIONSHIPS[type];
  const props = spec.properties.map(([name]) => name);
  const multi = spec.pairs.length > 1;
  const perPair = spec.pairs.map(([from, to]) => ({
    from,
    to,
    neo4j: `UNWIND $rows AS row MATCH (a:${from} {id: row.fromId}) MATCH (b:${to} {id: row.toId}) CREATE (a)-[:${type} {${props.map((p) => `${p}: row.${p}`).join(', ')}}]->(b)`,
    embedded: `COPY ${type} FROM (UNWIND $rows AS row ${skipWitness('id')} RETURN row.fromId, row.toId, ${spec.properties.map(([p, t]) => embeddedValue(p, t)).join(', ')})${multi ? ` (from='${from}', to='${to}')` : ''}`,
    /** Options of the CSV-file COPY (embedded-csv.ts) for this pair. */
    copyOptions: (multi ? { from, to } : {}) as Record<string, string>,
  }));
  const existing = {
    neo4j: `MATCH ()-[r:${type}]->() WHERE r.id IN $ids RETURN r.id AS id`,
    embedded: `UNWIND $ids AS wanted MATCH ()-[r:${type}]->() WHERE r.id = wanted RETURN r.id AS id`,
  };
  return {
    existing,
    perPair,
    neo4jAll: [existing.neo4j, ...perPair.map((p) => p.neo4j)],
    embeddedAll: [existing.embedded, ...perPair.map((p) => p.embedded)],
  };
}

export async function recordEvents<R>(
  engine: GraphEngine,
  spec: EventSpec<R>,
  input: unknown[],
): Promise<RecordReport> {
  const rows = parseRows(spec.schema, input);
  if (rows.length === 0) return { created: 0, skipped: 0 };
  const statements = eventStatements(spec.type);
  const ends = rows.map((r) => spec.endpoints(r));
  const issues: FieldIssue[] = [];
  const allowed = RELATIONSHIPS[spec.type].pairs;
  ends.forEach((e, index) => {
    if (!allowed.some(([f, t]) => f === e.fromLabel && t === e.toLabel))
      issues.push({
        path: ['rows', index, spec.fromField],
        message: `${e.fromLabel} → ${e.toLabel} ist für ${spec.type} nicht vorgesehen / not allowed`,
      });
  });
  const seen = new Set<string>();
  rows.forEach((r, index) => {
    const id = spec.toProperties(r).id as string;
    if (seen.has(id))
      issues.push({
        path: ['rows', index, 'id'],
        message: `doppelt in diesem Stapel / duplicate in this batch: ${id}`,
      });
    seen.add(id);
  });
  // Check and write in one batch, so a twin request cannot record the same id twice.
  return engine.batch(async (session) => {
    for (const side of ['from', 'to'] as const) {
      const byLabel = new Map<NodeLabel, string[]>();
      for (const e of ends) {
        const label = side === 'from' ? e.fromLabel : e.toLabel;
        const ids = byLabel.get(label) ?? [];
        ids.push(side === 'from' ? e.fromId : e.toId);
        byLabel.set(label, ids);
      }
      const found = new Map<NodeLabel, Set<string>>();
      for (const [label, ids] of byLabel) found.set(label, await existingKeys(session, label, ids));
      ends.forEach((e, index) => {
        const [label, id] = side === 'from' ? [e.fromLabel, e.fromId] : [e.toLabel, e.toId];
        if (!found.get(label)?.has(id))
          issues.push({
            path: ['rows', index, side === 'from' ? spec.fromField : spec.toField],
            message: `${label} ${id} nicht gefunden / not found`,
          });
      });
    }
    if (issues.length) throw new GraphValidationError(issues);

    const ids = [...seen];
    const stored = new Set(
      (await session.read<{ id: string }>(statements.existing[engine.dialect], { ids })).map((r) => r.id),
    );
    // One pass, one object per new row: large imports hold several hundred thousand of them.
    const byPair = new Map<string, Record<string, unknown>[]>();
    let created = 0;
    rows.forEach((r, i) => {
      const properties = spec.toProperties(r);
      if (stored.has(properties.id as string)) return;
      const { fromId, fromLabel, toId, toLabel } = ends[i]!;
      const pair = `${fromLabel}>${toLabel}`;
      const list = byPair.get(pair) ?? [];
      list.push({ fromId, toId, ...properties });
      byPair.set(pair, list);
      created += 1;
    });
    const groups = statements.perPair
      .map((p) => ({ p, rows: byPair.get(`${p.from}>${p.to}`) ?? [] }))
      .filter((g) => g.rows.length > 0);
    if (engine.dialect === 'neo4j') {
      for (const g of groups) await session.write(g.p.neo4j, { rows: g.rows });
    } else {
      const properties = RELATIONSHIPS[spec.type].properties;
      const columns = [['fromId', 'STRING'] as const, ['toId', 'STRING'] as const, ...properties];
      for (const g of groups)
        await copyRows(session, spec.type, columns, g.rows, g.p.copyOptions, (rest) =>
          session.write(g.p.embedded, {
            rows: embeddedRows(properties, 'id', rest, { fromId: 'witness', toId: 'witness' }),
          }),
        );
    }
    return { created, skipped: rows.length - created };
  });
}
