// Server side of the GraphQL client ($lib/graphql/client): what a page load does when the API fails.
import { error, redirect } from '@sveltejs/kit';
import { GraphqlRequestError } from '$lib/graphql/client';

export { executeGraphql, GraphqlRequestError, type GraphqlErrorEntry } from '$lib/graphql/client';

/**
 * What a page's load does when the API refused or failed (never returns): to the login without a
 * session, back to where the visitor was; the error page for FORBIDDEN and NOT_FOUND; 503 when the API
 * cannot answer. Anything that is not an API error is rethrown.
 */
export function failPage(cause: unknown, url: URL, what: string): never {
  if (!(cause instanceof GraphqlRequestError)) throw cause;
  if (cause.code === 'UNAUTHENTICATED')
    redirect(303, `/anmelden?weiter=${encodeURIComponent(url.pathname + url.search)}`);
  if (cause.code === 'FORBIDDEN') error(403, { message: 'Kein Zugriff / no access', reason: 'forbidden' });
  if (cause.code === 'NOT_FOUND') error(404, { message: 'Nicht gefunden / not found', reason: 'notFound' });
  console.error(`[web] ${what} could not be loaded:`, cause.message);
  error(503, { message: 'Lotse ist nicht erreichbar / Lotse is unavailable', reason: 'apiUnavailable' });
}
