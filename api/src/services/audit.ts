// The audit trail of client records: one append-only event per read or change, allowed or denied.
// Events carry who, when, which operation, which case ids and the outcome — never client content.
import { randomUUID } from 'node:crypto';
import { appendAuditEvents, type AuditEventInput, type GraphEngine } from '@lotse/graph';
import type { Viewer } from '../auth/authorize.ts';

/**
 * The process's writer of audit events, with group commit: an event is written at once when no write
 * is running; events that arrive while one runs are written together in the next one. Every caller
 * still waits until its own event is stored (an answer never leaves before its audit event), but
 * twenty concurrent reads of client records take one write, not twenty. On Kùzu each write waits
 * for the running reads and holds back new ones, so this is what keeps the caseload usable under load.
 */
export interface AuditLog {
  append(event: AuditEventInput): Promise<void>;
  /** Resolves when nothing is waiting to be written (shutdown, tests). */
  settled(): Promise<void>;
}

/** Events per write at most; more wait for the next write. */
export const AUDIT_BATCH_LIMIT = 500;

export function createAuditLog(engine: GraphEngine): AuditLog {
  let pending: { event: AuditEventInput; done: () => void; failed: (error: unknown) => void }[] = [];
  let writing: Promise<void> | undefined;

  async function writeAll() {
    while (pending.length > 0) {
      const batch = pending.slice(0, AUDIT_BATCH_LIMIT);
      pending = pending.slice(batch.length);
      try {
        await appendAuditEvents(
          engine,
          batch.map((entry) => entry.event),
        );
        for (const entry of batch) entry.done();
      } catch (error) {
        // The requests of this batch fail (as a single write's would); later ones get their own write.
        for (const entry of batch) entry.failed(error);
      }
    }
    writing = undefined;
  }

  return {
    append: (event) =>
      new Promise<void>((done, failed) => {
        pending.push({ event, done, failed });
        writing ??= writeAll();
      }),
    settled: () => writing ?? Promise.resolve(),
  };
}

export interface AuditTrail {
  record(operation: string, caseIds: string[], allowed: boolean): Promise<void>;
}

export function createAuditTrail(log: AuditLog, viewer: Viewer, requestId: string): AuditTrail {
  return {
    record: (operation, caseIds, allowed) =>
      log.append({
        id: randomUUID(),
        at: Date.now(),
        actor: viewer.kind === 'account' ? viewer.username : '',
        role: viewer.kind === 'account' ? viewer.role : 'public',
        operation,
        caseIds: caseIds.slice(0, 1000),
        allowed,
        requestId,
      }),
  };
}
