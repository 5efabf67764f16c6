// Authorisation in one function. Every service asks `authorize` before it reads or writes; the table
// below is the whole policy (DESIGN.md, roles):
// - public (no login): the directory only;
// - viewer: directory and aggregates (network meetings) — never a client;
// - coordinator: directory, network, aggregates, and editing the directory and network (merging two
//   organisations included) — never a client;
// - manager: directory, network, aggregates, their own contacts, and the clients MANAGED_BY them (their
//   referrals and consultations included) — nobody else's;
// - admin: directory (merging organisations included), accounts, official municipality outlines, reading
//   the network and aggregates (reports) — never a client.
import type { Role } from '@lotse/graph';

export type Viewer =
  { kind: 'public' } | { kind: 'account'; username: string; role: Role; managerId: string | null };

export type Action =
  | 'directory.read'
  | 'directory.write'
  | 'network.read'
  | 'network.write'
  | 'aggregate.read'
  | 'account.manage'
  | 'audit.read'
  | 'client.list'
  | 'client.read'
  | 'client.create'
  | 'client.update'
  | 'contact.record'
  | 'organization.merge'
  | 'boundary.import';

const ROLE_ACTIONS: Record<Role | 'public', ReadonlySet<Action>> = {
  public: new Set(['directory.read']),
  viewer: new Set(['directory.read', 'network.read', 'aggregate.read']),
  coordinator: new Set([
    'directory.read',
    'directory.write',
    'network.read',
    'network.write',
    'aggregate.read',
    'contact.record',
    'organization.merge',
  ]),
  manager: new Set([
    'directory.read',
    'network.read',
    'aggregate.read',
    'client.list',
    'client.read',
    'client.create',
    'client.update',
    'contact.record',
  ]),
  admin: new Set([
    'directory.read',
    'directory.write',
    'network.read',
    'aggregate.read',
    'account.manage',
    'audit.read',
    'organization.merge',
    'boundary.import',
  ]),
};

export type Decision =
  { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

/**
 * May `viewer` do `action`? For client actions on existing records, `managerIds` lists the manager each
 * record is MANAGED_BY; all of them must be the viewer's own.
 */
export function authorize(viewer: Viewer, action: Action, target: { managerIds?: string[] } = {}): Decision {
  const role = viewer.kind === 'public' ? 'public' : viewer.role;
  if (!ROLE_ACTIONS[role].has(action)) {
    return viewer.kind === 'public'
      ? { allowed: false, code: 'UNAUTHENTICATED', reason: 'login required' }
      : { allowed: false, code: 'FORBIDDEN', reason: `role ${role} may not ${action}` };
  }
  // A manager records contacts as themself; coordinators record anybody's.
  if (action === 'contact.record' && role === 'manager' && target.managerIds) {
    const own = viewer.kind === 'account' ? viewer.managerId : null;
    if (own === null || target.managerIds.some((m) => m !== own))
      return { allowed: false, code: 'FORBIDDEN', reason: 'managers record their own contacts' };
  }
  if (action.startsWith('client.') && target.managerIds) {
    const own = viewer.kind === 'account' ? viewer.managerId : null;
    if (own === null || target.managerIds.some((m) => m !== own))
      return { allowed: false, code: 'FORBIDDEN', reason: 'not managed by the caller' };
  }
  return { allowed: true };
}

export const isClientAction = (action: Action): boolean => action.startsWith('client.');
