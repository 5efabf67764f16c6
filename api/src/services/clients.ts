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

const denied = (code: 'UNAUTHENTICATED' | 'FORBIDDEN') =>
  deniedError(code, 'Kein Zugriff auf diesen Fall / no access to this case');

export function createClientService(engine: GraphEngine, viewer: Viewer, audit: AuditTrail): ClientService {
  /** Decides, audits, and throws when denied. */
  async function guard(action: Action, caseIds: string[], managerIds?: string[]) {
    const decision = authorize(viewer, action, managerIds ? { managerIds } : {});
    await audit.record(action, caseIds, decision.allowed);
    if (!decision.allowed) throw denied(decision.code);
  }

  return {
    async listMine(filter, page) {
      const precheck = authorize(viewer, 'client.list');
      if (!precheck.allowed || viewer.kind !== 'account' || !viewer.managerId) {
        await audit.record('client.list', [], false);
        throw denied(precheck.allowed ? 'FORBIDDEN' : precheck.code);
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
      const role = authorize(viewer, 'client.read');
      if (!role.allowed) {
        await audit.record('client.read', [id], false);
        throw denied(role.code);
      }
      const managerId = await managerOfClient(engine, id);
      if (managerId === null) {
        await audit.record('client.read', [id], false);
        throw new NotFoundError('Fall / case', id);
      }
      await guard('client.read', [id], [managerId]);
      const client = await getClient(engine, id);
      if (!client) throw new NotFoundError('Fall / case', id);
      return toRow(client);
    },
  };
}
