// The audit trail of client records: append and read back. There is no update or delete statement
// for AuditEvent anywhere in Lotse; an id that exists already is refused by the engine's key.
//
// Engine variant, and why: Kùzu types a list-of-struct parameter from its first row, so the embedded
// text skips a typed witness row (embedded-rows.ts); Neo4j takes the rows as they are.
import type { GraphEngine } from '../../engine.ts';
import { auditEventSchema, type AuditEvent, type AuditEventInput } from '../../model.ts';
import { NODES } from '../../schema/catalog.ts';
import { embeddedRows, embeddedValue, skipWitness } from '../embedded-rows.ts';
import { parseRows } from '../upsert/upsert-nodes.ts';

const columns = NODES.AuditEvent.properties;
const assignments = (value: (name: string, type: (typeof columns)[number][1]) => string) =>
  columns.map(([p, t]) => `${p}: ${value(p, t)}`).join(', ');

export const appendAuditCypher = {
  neo4j: `UNWIND $rows AS row CREATE (:AuditEvent {${assignments((p) => `row.${p}`)}})`,
  embedded: `UNWIND $rows AS row ${skipWitness('id')} CREATE (:AuditEvent {${assignments(embeddedValue)}})`,
};

const RETURN = `RETURN ${columns.map(([p]) => `e.${p} AS ${p}`).join(', ')} ORDER BY at DESC, id DESC LIMIT $limit`;
export const listAuditCypher = {
  all: `MATCH (e:AuditEvent) ${RETURN}`,
  byActor: `MATCH (e:AuditEvent) WHERE e.actor = $actor ${RETURN}`,
  byCase: `MATCH (e:AuditEvent) WHERE $caseId IN e.caseIds ${RETURN}`,
};

/** Appends events in one transaction: all of them or none. */
export async function appendAuditEvents(engine: GraphEngine, input: AuditEventInput[]): Promise<void> {
  const rows = parseRows(auditEventSchema, input);
  if (rows.length === 0) return;
  // One statement: atomic on both engines without an explicit transaction (two round trips fewer).
  await (engine.dialect === 'neo4j'
    ? engine.write(appendAuditCypher.neo4j, { rows })
    : engine.write(appendAuditCypher.embedded, { rows: embeddedRows(columns, 'id', rows) }));
}

/** Newest first; filtered by actor or by case (client id), never both. */
export async function listAuditEvents(
  engine: GraphEngine,
  filter: { actor?: string; caseId?: string; limit: number },
): Promise<AuditEvent[]> {
  const rows = filter.caseId
    ? await engine.read<AuditEvent & Record<string, unknown>>(listAuditCypher.byCase, {
        caseId: filter.caseId,
        limit: filter.limit,
      })
    : filter.actor !== undefined
      ? await engine.read<AuditEvent & Record<string, unknown>>(listAuditCypher.byActor, {
          actor: filter.actor,
          limit: filter.limit,
        })
      : await engine.read<AuditEvent & Record<string, unknown>>(listAuditCypher.all, { limit: filter.limit });
  return rows.map((r) => ({ ...r, caseIds: r.caseIds ?? [] }));
}
