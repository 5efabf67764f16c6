// Server hooks: /graphql goes to the API; every page gets its locale; unexpected errors are logged
// once, and users see a safe message.
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { env } from '$env/dynamic/private';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n';
import { proxyToApi } from '$lib/server/proxy';

const LOCALE_COOKIE = 'lotse-lang';

const proxyGraphql: Handle = ({ event, resolve }) =>
  event.url.pathname === '/graphql'
    ? proxyToApi(event, env.API_ORIGIN || 'http://127.0.0.1:4000')
    : resolve(event);

/** `?lang=en` switches the language and remembers it; German is the default. */
const chooseLocale: Handle = ({ event, resolve }) => {
  const requested = event.url.searchParams.get('lang');
  if (isLocale(requested)) {
    event.cookies.set(LOCALE_COOKIE, requested, { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
  }
  const remembered = event.cookies.get(LOCALE_COOKIE);
  event.locals.locale = isLocale(requested) ? requested : isLocale(remembered) ? remembered : DEFAULT_LOCALE;
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale) });
};

export const handle = sequence(proxyGraphql, chooseLocale);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status === 404) return { message, reason: 'notFound' };
  const id = crypto.randomUUID();
  console.error(`[web] ${id} ${event.request.method} ${event.url.pathname}:`, error);
  return { message: `Interner Fehler / internal error (${id})`, reason: 'internal' };
};
