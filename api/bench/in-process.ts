// The API's context outside the server, as bench:api's in-process side and its reference servers use
// it: the same services the server builds per process, and a session of its own for one demo account.
import { applySchema, getAccount, openGraph } from '@lotse/graph';
import { SESSION_COOKIE } from '../src/auth/cookies.ts';
import { createSessionStore } from '../src/auth/sessions.ts';
import { createLoginThrottle } from '../src/auth/throttle.ts';
import { createContext, type ApiContext } from '../src/context.ts';
import { ensureDemoAccounts } from '../src/demo-accounts.ts';
import { createAuditLog } from '../src/services/audit.ts';
import { createSignalCache } from '../src/services/signal-cache.ts';
import { createDirectoryCache } from '../src/services/directory-cache.ts';

export interface InProcess {
  /** The session's cookie (`name=value`), as the server would have set it at login. */
  cookie: string;
  /** A context for one request, built as the server builds it. */
  context(cookieHeader: string | undefined): ApiContext;
  close(): Promise<void>;
}

export async function openInProcess(dataPath: string, username: string): Promise<InProcess> {
  const engine = await openGraph({ engine: 'embedded', path: dataPath });
  await applySchema(engine);
  await ensureDemoAccounts(engine);
  const sessions = createSessionStore();
  const account = await getAccount(engine, username);
  if (!account) throw new Error(`no account ${username}`);
  const session = sessions.create({
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    managerId: account.managerId,
    isDemo: account.isDemo,
  });
  const deps = {
    engine,
    directoryCache: createDirectoryCache(engine),
    auditLog: createAuditLog(engine),
    signals: createSignalCache(engine),
    sessions,
    throttles: { user: createLoginThrottle(), address: createLoginThrottle() },
    sessionMaxAgeSeconds: 3600,
    minimumCellSize: 5,
  };
  return {
    cookie: `${SESSION_COOKIE}=${session.id}`,
    context: (cookieHeader) =>
      createContext(deps, {
        cookieHeader,
        clientAddress: '127.0.0.1',
        secure: false,
        setCookie: () => undefined,
      }),
    close: async () => {
      await deps.auditLog.settled();
      await engine.close();
    },
  };
}
