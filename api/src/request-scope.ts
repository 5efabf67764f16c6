// Carries the request id through everything one HTTP request causes (resolvers, formatError, logs).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NodeMiddleware } from './hardening/cors.ts';

interface RequestScope {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** A caller-supplied id is kept when it is harmless to log and echo; otherwise a new one is made. */
const acceptableRequestId = /^[A-Za-z0-9._:-]{8,100}$/;

export const assignRequestId: NodeMiddleware = (req, res, next) => {
  const offered = req.headers['x-request-id'];
  const requestId = typeof offered === 'string' && acceptableRequestId.test(offered) ? offered : randomUUID();
  res.setHeader('x-request-id', requestId);
  storage.run({ requestId }, next);
};
