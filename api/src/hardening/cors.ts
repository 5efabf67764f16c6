// A tiny CORS middleware with an exact allowlist, so the web app on another origin may call the API
// while any other site's scripts cannot read its answers. No dependency: the rules are few.
//
// - Allowed Origin: echo it back with credentials; an OPTIONS preflight is answered here with 204.
// - Other Origin: no CORS headers, so the browser withholds the response; a preflight gets 403, so
//   the browser never sends the JSON request it announced.
// - No Origin (same-origin navigation, curl, server-to-server): passed through untouched.
//
// Plain node:http types, so both Express and the /graphql handler (graphql-http.ts) can use it.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A middleware on node:http's own request and response (Express accepts it too). */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The variable `parseOrigins` reads in production; named in its errors. */
export const CORS_ORIGINS_VARIABLE = 'LOTSE_CORS_ORIGINS';

const allowedMethods = 'GET, POST, OPTIONS';
// What Apollo clients send: JSON bodies, Apollo's CSRF-prevention header, the operation name.
const allowedHeaders = 'content-type, apollo-require-preflight, x-apollo-operation-name';
/** Seconds a browser may reuse a preflight answer. */
const preflightMaxAge = '600';

const forbiddenBody = JSON.stringify({
  errors: [{ message: 'Herkunft nicht erlaubt / origin not allowed', extensions: { code: 'FORBIDDEN' } }],
});

function withoutTrailingSlash(origin: string): string {
  return origin.endsWith('/') ? origin.slice(0, -1) : origin;
}

/** CORS for exactly these origins (`https://host[:port]`; a trailing slash is ignored). */
export function corsAllowlist(allowed: string[]): NodeMiddleware {
  const origins = new Set(allowed.map(withoutTrailingSlash));
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined) {
      next();
      return;
    }
    const preflight = req.method === 'OPTIONS';
    if (!origins.has(withoutTrailingSlash(origin))) {
      if (preflight) {
        res.writeHead(403, { 'content-type': 'application/json; charset=utf-8' }).end(forbiddenBody);
        return;
      }
      // The request itself still runs (the browser only hides the answer); state-changing
      // requests need a preflight, which is refused above.
      next();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    // Caches must not hand one origin's answer to another.
    const vary = res.getHeader('Vary');
    if (vary === undefined) res.setHeader('Vary', 'Origin');
    else if (!/(^|,)\s*origin\s*(,|$)/i.test(String(vary))) res.setHeader('Vary', `${String(vary)}, Origin`);
    if (preflight) {
      res.setHeader('Access-Control-Allow-Methods', allowedMethods);
      res.setHeader('Access-Control-Allow-Headers', allowedHeaders);
      res.setHeader('Access-Control-Max-Age', preflightMaxAge);
      res.writeHead(204).end();
      return;
    }
    next();
  };
}

/** Why an entry is not an origin a browser would send, or undefined if it is one. */
function originProblem(entry: string): string | undefined {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `scheme ${url.protocol} is not http: or https:`;
  // Browsers send the origin lower-cased, without a default port or path, so nothing else can match.
  if (withoutTrailingSlash(entry) !== url.origin)
    return `more than scheme://host[:port]; did you mean ${url.origin}?`;
  return undefined;
}

/**
 * Reads a comma-separated list of origins (`LOTSE_CORS_ORIGINS`); unset or blank gives `fallback`
 * (compose files pass unset variables as empty strings).
 * Throws on an entry that is not `http(s)://host[:port]`, so a typo fails at startup rather than
 * silently locking out the web app.
 */
export function parseOrigins(value: string | undefined, fallback: string[]): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return fallback;
  return entries.map((entry) => {
    const problem = originProblem(entry);
    if (problem !== undefined) {
      throw new Error(
        `${CORS_ORIGINS_VARIABLE}: "${entry}" is not an http(s) origin (${problem}); expected http(s)://host[:port] without a path`,
      );
    }
    return withoutTrailingSlash(entry);
  });
}
