// The audit trail of client records: one append-only event per read or change, allowed or denied.
// Events carry who, when, which operation, which case ids and the outcome — never client content.
import { randomUUID } from 'node:crypto';
import { appendAuditEvents, type GraphEngine } from '@lotse/graph';
import type { Viewer } from '../auth/authorize.ts';

export interface AuditTrail {
  record(operation: string, caseIds: string[], allowed: boolean): Promise<void>;
}

export function createAuditTrail(engine: GraphEngine, viewer: Viewer, requestId: string): AuditTrail {
  return {
    record: (operation, caseIds, allowed) =>
      appendAuditEvents(engine, [
        {
          id: randomUUID(),
          at: Date.now(),
          actor: viewer.kind === 'account' ? viewer.username : '',
          role: viewer.kind === 'account' ? viewer.role : 'public',
          operation,
          caseIds: caseIds.slice(0, 1000),
          allowed,
          requestId,
        },
      ]),
  };
}
