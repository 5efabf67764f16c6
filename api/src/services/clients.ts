// A manager's caseload. Every call asks `authorize` first and leaves an audit event whatever the answer.
import {
  getClient,
  listClientsOfManager,
  managerOfClient,
  type Client,
  type GraphEngine,
} from '@lotse/graph';
import { authorize, type Action, type Viewer } from '../auth/authorize.ts';
import { NotFoundError, deniedError } from '../errors.ts';
import type { AuditTrail } from './audit.ts';
import type { Page } from './directory.ts';

/**
 * A client as the API hands it on. GraphQL enum values are the model's ids in upper case (load-schema.ts);
 * CEFR levels are upper case in the model already, so they travel in lower case here.
 */
export type ClientRow = Omit<Client, 'germanLevel'> & { germanLevel: Lowercase<Client['germanLevel']> };

const toRow = (client: Client): ClientRow => ({
  ...client,
  germanLevel: client.germanLevel.toLowerCase() as ClientRow['germanLevel'],
});

export interface ClientPage {
  items: ClientRow[];
  total: number;
  offset: number;
}

export interface ClientService {
  listMine(filter: { status?: Client['caseStatus'] | undefined }, page: Page): Promise<ClientPage>;
  get(id: string): Promise<ClientRow>;
}

export const caseDenied = (code: 'UNAUTHENTICATED' | 'FORBIDDEN') =>
  deniedError(code, 'Kein Zugriff auf diesen Fall / no access to this case');

/**
 * Authorises `action` on one existing case: the role first, then whether the case is MANAGED_BY the
 * caller. Writes one audit event as `operation` whatever the answer, and throws when denied or unknown.
 * `load` reads what the caller needs of the case (by default only its manager) in the same read; it is
 * handed back only when allowed.
 */
export async function guardCase<Loaded extends { managerId: string } = { managerId: string }>(
  ...args: Parameters<typeof openCase<Loaded>>
): Promise<Loaded> {
  const { loaded, audited } = await openCase(...args);
  await audited;
  return loaded;
}

/**
 * As `guardCase`, but when allowed the audit event may still be on its way to the graph: the caller works
 * meanwhile and must await `audited` before it answers (an answer never leaves before its audit event).
 * Denied or unknown cases wait for the event and throw, as in `guardCase`.
 */
export async function openCase<Loaded extends { managerId: string } = { managerId: string }>(
  engine: GraphEngine,
  viewer: Viewer,
  audit: AuditTrail,
  action: Action,
  operation: string,
  clientId: string,
  load: (id: string) => Promise<Loaded | null> = async (id) => {
    const managerId = await managerOfClient(engine, id);
    return managerId === null ? null : ({ managerId } as Loaded);
  },
): Promise<{ loaded: Loaded; audited: Promise<void> }> {
  const role = authorize(viewer, action);
  const loaded = role.allowed ? await load(clientId) : null;
  const decision = !role.allowed
    ? role
    : loaded === null
      ? null
      : authorize(viewer, action, { managerIds: [loaded.managerId] });
  const audited = audit.record(operation, [clientId], decision?.allowed ?? false);
  if (decision === null || !decision.allowed) {
    await audited;
    if (decision === null) throw new NotFoundError('Fall / case', clientId);
    throw caseDenied(decision.code);
  }
  // A failed write surfaces where the caller awaits it; until then it must not count as unhandled.
  audited.catch(() => undefined);
  // Allowed means the role passed and the case was found.
  return { loaded: loaded!, audited };
}

export function createClientService(engine: GraphEngine, viewer: Viewer, audit: AuditTrail): ClientService {
  /** Decides, audits, and throws when denied. */
  async function guard(action: Action, caseIds: string[], managerIds?: string[]) {
    const decision = authorize(viewer, action, managerIds ? { managerIds } : {});
    await audit.record(action, caseIds, decision.allowed);
    if (!decision.allowed) throw caseDenied(decision.code);
  }

  return {
    async listMine(filter, page) {
      const precheck = authorize(viewer, 'client.list');
      if (!precheck.allowed || viewer.kind !== 'account' || !viewer.managerId) {
        await audit.record('client.list', [], false);
        throw caseDenied(precheck.allowed ? 'FORBIDDEN' : precheck.code);
      }
      const { items, total } = await listClientsOfManager(engine, {
        managerId: viewer.managerId,
        statuses: filter.status ? [filter.status] : ['open', 'closed'],
        limit: page.limit,
        offset: page.offset,
      });
      await guard(
        'client.list',
        items.map((c) => c.id),
        items.map((c) => c.managerId),
      );
      return { items: items.map(toRow), total, offset: page.offset };
    },
    async get(id) {
      await guardCase(engine, viewer, audit, 'client.read', 'client.read', id);
      const client = await getClient(engine, id);
      if (!client) throw new NotFoundError('Fall / case', id);
      return toRow(client);
    },
  };
}
