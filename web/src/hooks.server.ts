// Server hooks: /graphql (and /admin/boundaries) go to the API; every page gets its locale; unexpected errors are logged
// once, and users see a safe message.
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { env } from '$env/dynamic/private';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime.js';
import { mapTiles, tileOrigin } from '$lib/server/map';
import { proxyToApi } from '$lib/server/proxy';

/** What the browser reaches through the web server: GraphQL, and the admins' import of official outlines. */
const API_PATHS = new Set(['/graphql', '/admin/boundaries']);

const proxyGraphql: Handle = ({ event, resolve }) =>
  API_PATHS.has(event.url.pathname)
    ? proxyToApi(event, env.API_ORIGIN || 'http://127.0.0.1:4000')
    : resolve(event);

/**
 * German by default; `?lang=en` (the switch in the header, a plain GET form) remembers the choice in
 * Paraglide's cookie and shows the same page again without the parameter. Paraglide then reads the
 * cookie for every request (strategy cookie → baseLocale, vite.config.ts).
 */
const chooseLocale: Handle = ({ event, resolve }) => {
  const requested = event.url.searchParams.get('lang');
  if (isLocale(requested)) {
    const target = new URL(event.url);
    target.searchParams.delete('lang');
    return new Response(null, {
      status: 303,
      headers: {
        location: `${target.pathname}${target.search}`,
        // Not HttpOnly: Paraglide's browser runtime reads the same cookie.
        'set-cookie': `${cookieName}=${requested}; Path=/; Max-Age=${cookieMaxAge}; SameSite=Lax`,
      },
    });
  }
  return paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    event.locals.locale = locale;
    return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
  });
};

/** SvelteKit's CSP is fixed at build time; the tile server is not, so its host joins img-src here. */
const allowTiles: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const policy = response.headers.get('content-security-policy');
  const tiles = mapTiles();
  const origin = tiles && tileOrigin(tiles.url);
  if (policy && origin) {
    response.headers.set('content-security-policy', policy.replace(/img-src([^;]*)/, `img-src$1 ${origin}`));
  }
  return response;
};

export const handle = sequence(proxyGraphql, allowTiles, chooseLocale);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status === 404) return { message, reason: 'notFound' };
  const id = crypto.randomUUID();
  console.error(`[web] ${id} ${event.request.method} ${event.url.pathname}:`, error);
  return { message: `Interner Fehler / internal error (${id})`, reason: 'internal' };
};
