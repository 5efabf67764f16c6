// Accounts, sessions, authorisation and audit over real HTTP against a real embedded graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents, upsertAccounts, upsertClients, type GraphEngine } from '@lotse/graph';
import { openTemporaryGraph } from '@lotse/graph/testing';
import { hashPassword } from './auth/passwords.ts';
import { seedBase, TEST_PASSWORD } from './testing/fixture.ts';
import { LOGIN, codeOf, cookieOf, graphqlClient, type Reply } from './testing/http.ts';
import { createServer, type RunningServer } from './server.ts';

const PASSWORD = TEST_PASSWORD;
let engine: GraphEngine;
let dispose: () => Promise<void>;
let server: RunningServer;

const http = graphqlClient(() => server.url);
const post = http.post;
const login = (username: string, password = PASSWORD) => http.login(username, password);
const code = codeOf;
const MY_CLIENTS =
  '{ myClients(first: 10) { totalCount edges { node { id caseCode germanLevel municipality { name } } } } }';
const CLIENT = 'query ($id: ID!) { client(id: $id) { id caseCode managerId household } }';
const auditOf = (caseId: string) => listAuditEvents(engine, { caseId, limit: 100 });

beforeAll(async () => {
  ({ engine, dispose } = await openTemporaryGraph());
  await seedBase(engine, [
    { username: 'im.a', role: 'manager', managerId: 'm-a' },
    { username: 'im.b', role: 'manager', managerId: 'm-b' },
    { username: 'koordination', role: 'coordinator' },
    { username: 'netzwerk', role: 'viewer' },
    { username: 'admin', role: 'admin' },
    { username: 'gesperrt', role: 'viewer', disabled: true },
  ]);
  const client = (id: string, caseCode: string, managerId: string) => ({
    id,
    caseCode,
    managerId,
    municipalityAgs: '08425033',
    household: 'family' as const,
    householdSize: 4,
    minors: 2,
    germanLevel: 'A2' as const,
    openedOn: '2019-03-01',
  });
  await upsertClients(engine, [
    client('c-a1', 'EHI-0001', 'm-a'),
    client('c-a2', 'EHI-0002', 'm-a'),
    client('c-b1', 'EHI-0101', 'm-b'),
  ]);
  server = await createServer({
    engine,
    port: 0,
    loginThrottle: { maxFailures: 3, windowMs: 60_000, firstLockMs: 60_000, maxLockMs: 60_000 },
    corsOrigins: ['https://lotse.example'],
  });
});
afterAll(async () => {
  await server?.close();
  await dispose?.();
});

describe('login and sessions', () => {
  it('sets an HttpOnly, SameSite session cookie and knows who is logged in', async () => {
    const reply = await post(LOGIN, { u: 'IM.A', p: PASSWORD });
    expect(reply.body.data?.login).toEqual({ username: 'im.a', role: 'MANAGER', managerId: 'm-a' });
    expect(reply.cookie).toMatch(
      /^lotse_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800$/,
    );
    expect(reply.cookie).not.toMatch(/Secure/); // plain HTTP here; Secure behind HTTPS
    const me = await post('{ me { username displayName role } }', {}, cookieOf(reply.cookie));
    expect(me.body.data?.me).toEqual({ username: 'im.a', displayName: 'im.a', role: 'MANAGER' });
    expect((await post('{ me { username } }')).body.data?.me).toBeNull();
  });

  it('marks the cookie Secure behind an HTTPS proxy it trusts, and only then', async () => {
    const behindProxy = await createServer({ engine, port: 0, trustProxy: 'loopback' });
    try {
      const viaProxy = (url: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
          body: JSON.stringify({ query: LOGIN, variables: { u: 'im.a', p: PASSWORD } }),
        });
      const trusted = await viaProxy(behindProxy.url);
      expect(trusted.headers.get('set-cookie')).toMatch(/; Secure$/);
      // The test server trusts no proxy: anyone could send that header.
      const untrusted = await viaProxy(server.url);
      expect(untrusted.headers.get('set-cookie')).toMatch(/^lotse_session=/);
      expect(untrusted.headers.get('set-cookie')).not.toMatch(/Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it('counts failed logins per client address: forwarded addresses only from a proxy it trusts', async () => {
    // One failure per name; ten per address lock the address (maxFailures × 10).
    const throttle = { maxFailures: 1, windowMs: 60_000, firstLockMs: 60_000, maxLockMs: 60_000 };
    const direct = await createServer({ engine, port: 0, loginThrottle: throttle });
    const behindProxy = await createServer({
      engine,
      port: 0,
      loginThrottle: throttle,
      trustProxy: 'loopback',
    });
    try {
      const attempt = (url: string, i: number) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
          body: JSON.stringify({ query: LOGIN, variables: { u: `niemand-${i}`, p: 'falsch-xxxxxxxx' } }),
        }).then(async (r) => ((await r.json()) as Reply['body']).errors?.[0]?.extensions?.code);
      for (let i = 0; i < 10; i++) {
        expect(await attempt(direct.url, i)).toBe('UNAUTHENTICATED');
        expect(await attempt(behindProxy.url, i)).toBe('UNAUTHENTICATED');
      }
      // Directly, the header is anybody's: all ten came from 127.0.0.1, which is now locked.
      expect(await attempt(direct.url, 10)).toBe('TOO_MANY_REQUESTS');
      // Behind the trusted proxy they were ten clients; an eleventh is not locked.
      expect(await attempt(behindProxy.url, 10)).toBe('UNAUTHENTICATED');
    } finally {
      await Promise.all([direct.close(), behindProxy.close()]);
    }
  });

  it('gives a new session id at every login', async () => {
    expect(await login('im.a')).not.toBe(await login('im.a'));
  });

  it('logout ends the session on the server: the old cookie no longer works', async () => {
    const cookie = await login('im.a');
    const out = await post('mutation { logout }', {}, cookie);
    expect(out.body.data?.logout).toBe(true);
    expect(out.cookie).toMatch(/^lotse_session=; .*Max-Age=0/);
    expect((await post('{ me { username } }', {}, cookie)).body.data?.me).toBeNull();
    expect(code(await post(MY_CLIENTS, {}, cookie))).toBe('UNAUTHENTICATED');
  });

  it('a wrong password, an unknown user and a disabled account get the same answer', async () => {
    const answers = await Promise.all([
      post(LOGIN, { u: 'koordination', p: 'wrong password!' }),
      post(LOGIN, { u: 'niemand', p: PASSWORD }),
      post(LOGIN, { u: 'gesperrt', p: PASSWORD }),
    ]);
    for (const reply of answers) {
      expect(code(reply)).toBe('UNAUTHENTICATED');
      expect(reply.body.errors?.[0]?.message).toBe(
        'Benutzername oder Passwort falsch / wrong username or password',
      );
      expect(reply.cookie).toBeNull();
    }
  });

  it('locks a username after repeated failures, even for the right password, and says how long', async () => {
    for (let i = 0; i < 3; i++)
      expect(code(await post(LOGIN, { u: 'netzwerk', p: `falsch-${i}-xxxxxx` }))).toBe('UNAUTHENTICATED');
    const locked = await post(LOGIN, { u: 'netzwerk', p: PASSWORD });
    expect(code(locked)).toBe('TOO_MANY_REQUESTS');
    expect(locked.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses an empty or oversized password naming the field', async () => {
    const reply = await post(LOGIN, { u: 'im.a', p: '' });
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const long = await post(LOGIN, { u: 'im.a', p: 'x'.repeat(201) });
    expect(long.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });
});

describe('authorisation and audit of client records', () => {
  it('a manager lists exactly their own clients, and the list read is audited with the case ids', async () => {
    const cookie = await login('im.a');
    const before = (await auditOf('c-a1')).length;
    const reply = await post(MY_CLIENTS, {}, cookie);
    expect(reply.body.data?.myClients).toEqual({
      totalCount: 2,
      edges: [
        {
          node: {
            id: 'c-a1',
            caseCode: 'EHI-0001',
            germanLevel: 'A2',
            municipality: { name: 'Ehingen (Donau)' },
          },
        },
        {
          node: {
            id: 'c-a2',
            caseCode: 'EHI-0002',
            germanLevel: 'A2',
            municipality: { name: 'Ehingen (Donau)' },
          },
        },
      ],
    });
    const events = await auditOf('c-a1');
    expect(events.length).toBe(before + 1);
    expect(events[0]).toMatchObject({
      actor: 'im.a',
      role: 'manager',
      operation: 'client.list',
      allowed: true,
      caseIds: ['c-a1', 'c-a2'],
    });
  });

  it("manager A asking for manager B's client gets FORBIDDEN and leaves exactly one audit event", async () => {
    const cookie = await login('im.a');
    const before = await auditOf('c-b1');
    const reply = await post(CLIENT, { id: 'c-b1' }, cookie);
    expect(code(reply)).toBe('FORBIDDEN');
    expect(reply.body.data).toBeNull();
    expect(JSON.stringify(reply.body)).not.toContain('EHI-0101');
    const after = await auditOf('c-b1');
    expect(after.length).toBe(before.length + 1);
    expect(after[0]).toMatchObject({
      actor: 'im.a',
      operation: 'client.read',
      allowed: false,
      caseIds: ['c-b1'],
    });
    expect(Object.keys(after[0]!).sort()).toEqual([
      'actor',
      'allowed',
      'at',
      'caseIds',
      'id',
      'operation',
      'requestId',
      'role',
    ]);
  });

  it('manager B reads their own client', async () => {
    const reply = await post(CLIENT, { id: 'c-b1' }, await login('im.b'));
    expect(reply.body.data?.client).toEqual({
      id: 'c-b1',
      caseCode: 'EHI-0101',
      managerId: 'm-b',
      household: 'FAMILY',
    });
  });

  it.each([
    ['koordination', 'FORBIDDEN'],
    ['netzwerk2', 'FORBIDDEN'],
    ['admin', 'FORBIDDEN'],
    [null, 'UNAUTHENTICATED'],
  ] as const)(
    '%s never sees a client: list and single read are refused and audited',
    async (user, expected) => {
      // netzwerk is locked by the throttle test; a second viewer account stands in.
      if (user === 'netzwerk2')
        await upsertAccounts(engine, [
          {
            username: 'netzwerk2',
            displayName: 'V',
            role: 'viewer',
            passwordHash: await hashPassword(PASSWORD),
            createdAt: 0,
          },
        ]);
      const cookie = user ? await login(user) : undefined;
      const before = (await auditOf('c-a1')).length;
      expect(code(await post(MY_CLIENTS, {}, cookie))).toBe(expected);
      expect(code(await post(CLIENT, { id: 'c-a1' }, cookie))).toBe(expected);
      const events = await auditOf('c-a1');
      expect(events.length).toBe(before + 1); // the single read names c-a1; the refused list names nobody
      expect(events[0]).toMatchObject({
        operation: 'client.read',
        allowed: false,
        actor: user ?? '',
        role: user ? expect.any(String) : 'public',
      });
    },
  );

  it('an unknown case is NOT_FOUND and audited as denied', async () => {
    const reply = await post(CLIENT, { id: 'c-none' }, await login('im.a'));
    expect(code(reply)).toBe('NOT_FOUND');
    expect(await auditOf('c-none')).toMatchObject([{ operation: 'client.read', allowed: false }]);
  });

  it('the public directory needs no login', async () => {
    const reply = await post('{ municipalities { ags name } }');
    expect(reply.body.data?.municipalities).toEqual([{ ags: '08425033', name: 'Ehingen (Donau)' }]);
  });
});

describe('request limits', () => {
  it('a too-deep query is refused before any resolver runs', async () => {
    const cookie = await login('im.a');
    const before = (await auditOf('c-a1')).length;
    // 16 levels: municipality → services → edges → node → organization → services → … (limit 15 outside production)
    const deep = `{ myClients { edges { node { municipality { services { edges { node { organization { services { edges { node { organization { services { edges { node { id } } } } } } } } } } } } } } } }`;
    const reply = await post(deep, {}, cookie);
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      max: 15,
    });
    expect((await auditOf('c-a1')).length).toBe(before); // myClients never ran
  });

  it('too many aliases are refused', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `m${i}: municipalities { ags }`).join(' ');
    const reply = await post(`{ ${aliases} }`);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
  });

  it('a body above 100 kB is refused with 413', async () => {
    const reply = await post(`{ municipalities { ags } } # ${'x'.repeat(110_000)}`);
    expect(reply.status).toBe(413);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('batched requests are refused', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { username } }' }, { query: '{ me { username } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('CORS answers only the allowlisted origin', async () => {
    const allowed = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://lotse.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://lotse.example');
    const answer = await fetch(server.url, {
      method: 'POST',
      headers: { origin: 'https://lotse.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://lotse.example');
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('vary')).toBe('Origin');
    // Answers may carry client data: never kept by a browser or proxy.
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const other = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('production settings', () => {
  it('refuse depth 9 and introspection', async () => {
    const production = await createServer({ engine, port: 0, production: true });
    try {
      const ask = (query: string) =>
        fetch(production.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        }).then((r) => r.json() as Promise<Reply['body']>);
      const nine =
        '{ services { edges { node { organization { services { edges { node { organization { name } } } } } } } } }';
      expect((await ask(nine)).errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'depth',
        max: 8,
        actual: 9,
      });
      expect((await ask('{ __schema { types { name } } }')).errors?.[0]?.extensions?.code).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
    } finally {
      await production.close();
    }
  });
});

describe('account management', () => {
  const CREATE =
    'mutation ($input: AccountInput!) { createAccount(input: $input) { username displayName role managerId disabled isDemo } }';
  const account = (overrides: Record<string, unknown> = {}) => ({
    username: 'im.neu',
    displayName: 'IM Neu',
    role: 'MANAGER',
    managerId: 'm-a',
    password: 'ein langes Passwort',
    ...overrides,
  });

  it('an admin creates a login that can log in at once; nobody else may', async () => {
    const admin = await login('admin');
    const reply = await post(CREATE, { input: account() }, admin);
    expect(reply.body.data?.createAccount).toEqual({
      username: 'im.neu',
      displayName: 'IM Neu',
      role: 'MANAGER',
      managerId: 'm-a',
      disabled: false,
      isDemo: false,
    });
    expect(await login('im.neu', 'ein langes Passwort')).toMatch(/^lotse_session=/);
    for (const user of ['koordination', 'im.a'])
      expect(code(await post(CREATE, { input: account({ username: `x.${user}` }) }, await login(user)))).toBe(
        'FORBIDDEN',
      );
    expect(code(await post('{ accounts { username } }', {}, await login('im.a')))).toBe('FORBIDDEN');
    const list = await post('{ accounts { username disabled } }', {}, admin);
    expect(list.body.data?.accounts).toContainEqual({ username: 'im.neu', disabled: false });
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt/);
  });

  it.each([
    [{ password: 'kurz' }, 'input.password'],
    [{ username: 'Mit Leerzeichen' }, 'input.username'],
    [{ role: 'VIEWER' }, 'input.managerId'],
    [{ managerId: null }, 'input.managerId'],
    [{ managerId: 'm-none' }, 'input.managerId'],
  ])('refuses %j naming %s', async (overrides, path) => {
    const admin = await login('admin');
    const reply = await post(CREATE, { input: account({ username: 'im.zwei', ...overrides }) }, admin);
    expect(code(reply)).toBe('BAD_USER_INPUT');
    expect(reply.body.errors?.[0]?.extensions?.field).toBe(path);
    const list = await post('{ accounts { username } }', {}, admin);
    expect(list.body.data?.accounts).not.toContainEqual({ username: 'im.zwei' });
  });

  it('a taken username is a CONFLICT', async () => {
    expect(code(await post(CREATE, { input: account({ username: 'im.a' }) }, await login('admin')))).toBe(
      'CONFLICT',
    );
  });

  it('disabling a login ends its sessions; a new password ends them too', async () => {
    const admin = await login('admin');
    const session = await login('im.neu', 'ein langes Passwort');
    const off = await post(
      'mutation { setAccountDisabled(username: "im.neu", disabled: true) { disabled } }',
      {},
      admin,
    );
    expect(off.body.data?.setAccountDisabled).toEqual({ disabled: true });
    expect((await post('{ me { username } }', {}, session)).body.data?.me).toBeNull();
    expect(code(await post(LOGIN, { u: 'im.neu', p: 'ein langes Passwort' }))).toBe('UNAUTHENTICATED');
    await post(
      'mutation { setAccountDisabled(username: "im.neu", disabled: false) { disabled } }',
      {},
      admin,
    );
    const again = await login('im.neu', 'ein langes Passwort');
    await post(
      'mutation ($p: String!) { setPassword(username: "im.neu", password: $p) { username } }',
      { p: 'ein neues langes Passwort' },
      admin,
    );
    expect((await post('{ me { username } }', {}, again)).body.data?.me).toBeNull();
    expect(await login('im.neu', 'ein neues langes Passwort')).toMatch(/^lotse_session=/);
  });
});
