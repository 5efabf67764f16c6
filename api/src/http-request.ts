// Who sent a request and how, on node:http's own request, as Express reads it for `req.ip` and
// `req.secure`: forwarded headers count only from proxies that `trust proxy` trusts. The /graphql
// handler has no Express request (graphql-http.ts), so both paths use these.
import type { IncomingMessage } from 'node:http';

/** Express's compiled `trust proxy` setting (`app.get('trust proxy fn')`): is this hop a proxy we trust? */
export type TrustProxy = (address: string | undefined, hop: number) => boolean;

/**
 * The client's address: the socket's peer, unless it is a trusted proxy; then the X-Forwarded-For entries
 * from the nearest on, up to the first that is not trusted.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  const chain = [
    req.socket.remoteAddress,
    ...(typeof forwarded === 'string'
      ? forwarded
          .split(',')
          // As Express (the `forwarded` package) reads it: only spaces around an entry are dropped.
          .map((entry) => entry.replace(/^ +| +$/g, ''))
          .filter((entry) => entry !== '')
          .reverse()
      : []),
  ];
  for (let hop = 0; hop < chain.length - 1; hop++) if (!trust(chain[hop], hop)) return chain[hop];
  return chain[chain.length - 1];
}

/** HTTPS directly, or behind a trusted proxy whose X-Forwarded-Proto (first entry) says https. */
export function overHttps(req: IncomingMessage, trust: TrustProxy): boolean {
  const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
  if (!trust(req.socket.remoteAddress, 0)) return encrypted;
  const header = req.headers['x-forwarded-proto'];
  if (typeof header !== 'string' || header === '') return encrypted;
  return header.split(',')[0]!.trim() === 'https';
}
