// Batch upsert of one node label with its structural relationships (LOCATED_IN, OFFERS, SERVES …).
// Statement texts are generated from the catalogue at load time: labels, types and property names
// come from closed unions, every value is a $parameter.
//
// Engine variant, and why: Neo4j runs UNWIND … MERGE in one managed transaction. Kùzu 0.11 is slow
// at exactly that shape (a MERGE of a relationship or a SET on an existing node costs milliseconds per
// row; see docs/adr/0002-embedded-bulk-writes.md), so on the embedded engine new rows are bulk-loaded
// with COPY (from a private CSV file for large batches, embedded-csv.ts; from UNWIND $rows otherwise)
// and only existing rows take the MERGE path. COPY cannot run inside
// a transaction, so every reference is validated before the first write.
import type { z } from 'zod';
import type { GraphEngine, GraphSession } from '../../engine.ts';
import { GraphValidationError, type FieldIssue } from '../../errors.ts';
import { NODES, RELATIONSHIPS, type NodeLabel, type RelationshipType } from '../../schema/catalog.ts';
import { embeddedRows, embeddedValue, skipWitness } from '../embedded-rows.ts';
import { copyRows } from '../embedded-csv.ts';

const PAIR_COLUMNS = [
  ['from', 'STRING'],
  ['to', 'STRING'],
] as const;

export interface LinkSpec<R> {
  type: RelationshipType;
  /** 'out': (node)-[:TYPE]->(target); 'in': (target)-[:TYPE]->(node). */
  direction: 'out' | 'in';
  target: NodeLabel;
  /** Field named in errors. */
  field: string;
  keys(row: R): string[];
}

export interface UpsertSpec<R> {
  label: NodeLabel;
  schema: z.ZodType<R>;
  /** Stored property values, keyed as in the catalogue. */
  toProperties(row: R): Record<string, unknown>;
  links: LinkSpec<R>[];
}

export interface UpsertReport {
  created: number;
  updated: number;
}

const keyOf = (label: NodeLabel) => NODES[label].key;

function linkPattern(
  label: NodeLabel,
  link: { type: RelationshipType; direction: 'out' | 'in'; target: NodeLabel },
) {
  return link.direction === 'out'
    ? `(n:${label})-[r:${link.type}]->(:${link.target})`
    : `(n:${label})<-[r:${link.type}]-(:${link.target})`;
}

/** The texts one spec can send, per engine (exported for the Neo4j parser check). */
export function upsertStatements<R>(spec: UpsertSpec<R>) {
  const { label } = spec;
  const key = keyOf(label);
  const columns = NODES[label].properties;
  const setClause = columns
    .filter(([p]) => p !== key)
    .map(([p]) => `n.${p} = row.${p}`)
    .join(', ');
  const embeddedSetClause = columns
    .filter(([p]) => p !== key)
    .map(([p, type]) => `n.${p} = ${embeddedValue(p, type)}`)
    .join(', ');
  const merge = `UNWIND $rows AS row MERGE (n:${label} {${key}: row.${key}}) SET ${setClause}`;
  const embeddedMerge = `UNWIND $rows AS row ${skipWitness(key)} MERGE (n:${label} {${key}: row.${key}}) SET ${embeddedSetClause}`;
  const existing = existingKeysCypher(label);
  const links = spec.links.map((link) => {
    const [from, to] = link.direction === 'out' ? [label, link.target] : [link.target, label];
    const multi = RELATIONSHIPS[link.type].pairs.length > 1;
    const pairOptions = multi ? ` (from='${from}', to='${to}')` : '';
    return {
      link,
      remove: `UNWIND $keys AS key MATCH ${linkPattern(label, link).replace(`(n:${label})`, `(n:${label} {${key}: key})`)} DELETE r`,
      neo4jCreate: `UNWIND $pairs AS pair MATCH (a:${from} {${keyOf(from)}: pair.from}) MATCH (b:${to} {${keyOf(to)}: pair.to}) MERGE (a)-[:${link.type}]->(b)`,
      // Kùzu resolves MERGE on a primary key through its index; MATCH on a row value scans.
      embeddedCreate: `UNWIND $pairs AS pair MERGE (a:${from} {${keyOf(from)}: pair.from}) MERGE (b:${to} {${keyOf(to)}: pair.to}) CREATE (a)-[:${link.type}]->(b)`,
      embeddedCopy: `COPY ${link.type} FROM (UNWIND $pairs AS pair RETURN pair.from, pair.to)${pairOptions}`,
      /** Options of the CSV-file COPY (embedded-csv.ts). */
      copyOptions: (multi ? { from, to } : {}) as Record<string, string>,
    };
  });
  const copyNodes = `COPY ${label} FROM (UNWIND $rows AS row ${skipWitness(key)} RETURN ${columns.map(([p, type]) => embeddedValue(p, type)).join(', ')})`;
  return {
    merge,
    embeddedMerge,
    existing,
    links,
    copyNodes,
    neo4j: [merge, existing, countKeysCypher(label), ...links.flatMap((l) => [l.remove, l.neo4jCreate])],
    embedded: [
      embeddedMerge,
      existing,
      countKeysCypher(label),
      copyNodes,
      ...links.flatMap((l) => [l.remove, l.embeddedCreate, l.embeddedCopy]),
    ],
  };
}

export const existingKeysCypher = (label: NodeLabel) =>
  `UNWIND $keys AS key MATCH (n:${label} {${keyOf(label)}: key}) RETURN n.${keyOf(label)} AS key`;

export const countKeysCypher = (label: NodeLabel) =>
  `UNWIND $keys AS key MATCH (n:${label} {${keyOf(label)}: key}) RETURN count(n) AS found`;

/** Which of `keys` exist as `label` nodes. */
export async function existingKeys(
  session: GraphSession,
  label: NodeLabel,
  keys: string[],
): Promise<Set<string>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return new Set();
  // Counting first is cheap; returning tens of thousands of rows through the embedded driver is not.
  const [counted] = await session.read<{ found: number }>(countKeysCypher(label), { keys: unique });
  if (counted?.found === unique.length) return new Set(unique);
  const rows = await session.read<{ key: string }>(existingKeysCypher(label), { keys: unique });
  return new Set(rows.map((r) => r.key));
}

/** Parses every row; collects all issues with their row index so the caller sees every problem at once. */
export function parseRows<R>(schema: z.ZodType<R>, rows: unknown[]): R[] {
  const issues: FieldIssue[] = [];
  const parsed: R[] = [];
  rows.forEach((row, index) => {
    const result = schema.safeParse(row);
    if (result.success) parsed.push(result.data);
    else
      for (const issue of result.error.issues)
        issues.push({
          path: ['rows', index, ...(issue.path as (string | number)[])],
          message: issue.message,
        });
  });
  if (issues.length) throw new GraphValidationError(issues);
  return parsed;
}

function duplicateKeyIssues(keys: string[], field: string): FieldIssue[] {
  const seen = new Map<string, number>();
  const issues: FieldIssue[] = [];
  keys.forEach((k, index) => {
    if (seen.has(k))
      issues.push({
        path: ['rows', index, field],
        message: `doppelt in diesem Stapel / duplicate in this batch: ${k}`,
      });
    else seen.set(k, index);
  });
  return issues;
}

export async function upsertNodes<R>(
  engine: GraphEngine,
  spec: UpsertSpec<R>,
  input: unknown[],
): Promise<UpsertReport> {
  const rows = parseRows(spec.schema, input);
  if (rows.length === 0) return { created: 0, updated: 0 };
  const key = keyOf(spec.label);
  const properties = rows.map((r) => spec.toProperties(r));
  const keys = properties.map((p) => p[key] as string);
  const statements = upsertStatements(spec);

  const pairsFor = (link: LinkSpec<R>, subset: R[]) =>
    subset.flatMap((r) => {
      const own = spec.toProperties(r)[key] as string;
      return link
        .keys(r)
        .map((k) => (link.direction === 'out' ? { from: own, to: k } : { from: k, to: own }));
    });

  // Check and write in one batch, so no other write can slip in between (a twin upsert, a deletion).
  return engine.batch(async (session) => {
    // Every referenced node must exist, in this batch (self links) or in the store, before anything is written.
    const issues = duplicateKeyIssues(keys, key);
    for (const link of spec.links) {
      const wanted = rows.flatMap((r) => link.keys(r));
      const found = await existingKeys(session, link.target, wanted);
      if (link.target === spec.label) keys.forEach((k) => found.add(k));
      rows.forEach((r, index) => {
        for (const k of link.keys(r))
          if (!found.has(k))
            issues.push({
              path: ['rows', index, link.field],
              message: `${link.target} ${k} nicht gefunden / not found`,
            });
      });
    }
    if (issues.length) throw new GraphValidationError(issues);

    const existing = await existingKeys(session, spec.label, keys);
    if (engine.dialect === 'neo4j') {
      await session.write(statements.merge, { rows: properties });
      for (const l of statements.links) {
        await session.write(l.remove, { keys });
        const pairs = pairsFor(l.link, rows);
        if (pairs.length) await session.write(l.neo4jCreate, { pairs });
      }
    } else {
      const fresh = rows.filter((_, i) => !existing.has(keys[i]!));
      const known = rows.filter((_, i) => existing.has(keys[i]!));
      const columns = NODES[spec.label].properties;
      if (fresh.length) {
        await copyRows(
          session,
          spec.label,
          columns,
          fresh.map((r) => spec.toProperties(r)),
          {},
          (rest) => session.write(statements.copyNodes, { rows: embeddedRows(columns, key, rest) }),
        );
        for (const l of statements.links) {
          const pairs = pairsFor(l.link, fresh);
          await copyRows(session, l.link.type, PAIR_COLUMNS, pairs, l.copyOptions, (rest) =>
            session.write(l.embeddedCopy, { pairs: rest }),
          );
        }
      }
      if (known.length) {
        const knownKeys = known.map((r) => spec.toProperties(r)[key] as string);
        await session.transaction(async (tx) => {
          const encoded = embeddedRows(
            columns,
            key,
            known.map((r) => spec.toProperties(r)),
          );
          await tx.write(statements.embeddedMerge, { rows: encoded });
          for (const l of statements.links) {
            await tx.write(l.remove, { keys: knownKeys });
            const pairs = pairsFor(l.link, known);
            if (pairs.length) await tx.write(l.embeddedCreate, { pairs });
          }
        });
      }
    }
    return { created: rows.length - existing.size, updated: existing.size };
  });
}
