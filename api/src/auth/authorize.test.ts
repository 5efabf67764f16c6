// The whole policy as a table: every role × every action, written out by hand.
import { describe, expect, it } from 'vitest';
import { authorize, type Action, type Viewer } from './authorize.ts';

const ACTIONS: Action[] = [
  'directory.read',
  'directory.write',
  'network.read',
  'network.write',
  'aggregate.read',
  'account.manage',
  'audit.read',
  'client.list',
  'client.read',
  'client.create',
  'client.update',
  'contact.record',
  'organization.merge',
  'boundary.import',
];
// y = allowed, n = FORBIDDEN, u = UNAUTHENTICATED; columns in the order of ACTIONS.
const EXPECTED: Record<string, string> = {
  public: 'y u u u u u u u u u u u u u',
  viewer: 'y n y n y n n n n n n n n n',
  coordinator: 'y y y y y n n n n n n y y n',
  manager: 'y n y n y n n y y y y y n n',
  admin: 'y y y n y y y n n n n n y y',
};
const viewer = (role: string): Viewer =>
  role === 'public'
    ? { kind: 'public' }
    : {
        kind: 'account',
        username: role,
        role: role as 'admin' | 'coordinator' | 'manager' | 'viewer',
        managerId: role === 'manager' ? 'm-a' : null,
      };
const letter = (d: ReturnType<typeof authorize>) => (d.allowed ? 'y' : d.code === 'FORBIDDEN' ? 'n' : 'u');

describe('authorize', () => {
  it.each(Object.entries(EXPECTED))('%s: %s', (role, expected) => {
    expect(ACTIONS.map((a) => letter(authorize(viewer(role), a))).join(' ')).toBe(expected);
  });
  it('client actions need every record to be managed by the caller', () => {
    const manager = viewer('manager');
    expect(authorize(manager, 'client.read', { managerIds: ['m-a'] }).allowed).toBe(true);
    expect(authorize(manager, 'client.read', { managerIds: ['m-a', 'm-b'] })).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN',
    });
    expect(authorize(manager, 'client.update', { managerIds: [] }).allowed).toBe(true);
  });
  it('managers record contacts only as themselves; coordinators as anybody', () => {
    expect(authorize(viewer('manager'), 'contact.record', { managerIds: ['m-b'] }).allowed).toBe(false);
    expect(authorize(viewer('manager'), 'contact.record', { managerIds: ['m-a'] }).allowed).toBe(true);
    expect(authorize(viewer('coordinator'), 'contact.record', { managerIds: ['m-b'] }).allowed).toBe(true);
  });
});
