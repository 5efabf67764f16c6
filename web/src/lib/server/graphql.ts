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

/** A change the API refused or could not make, as a form action answers it to its page. */
export interface FormRefusal {
  /** `input`: a field (or the pair of them) does not fit; the others say why nothing was checked. */
  problem: 'input' | 'forbidden' | 'login' | 'unavailable';
  /** The form's own name of the field the API named (never the API's path), when the form has it. */
  field: string | null;
  /** The API's reason, "Deutsch / English" (apiText picks the page's half); empty unless `input`. */
  reason: string;
}

/**
 * What a form action answers when the API refused or failed a change: for BAD_USER_INPUT (and NOT_FOUND,
 * CONFLICT: the thing changed meanwhile) the form's name of the API's field, mapped through `fields`
 * (`{ 'input.at': 'date' }`), and the API's reason for it; FORBIDDEN, UNAUTHENTICATED and an outage as
 * such. Anything that is not an API error is rethrown.
 */
export function formRefusal(
  cause: unknown,
  fields: Record<string, string>,
): { status: number; refusal: FormRefusal } {
  if (!(cause instanceof GraphqlRequestError)) throw cause;
  if (cause.code === 'BAD_USER_INPUT' || cause.code === 'NOT_FOUND' || cause.code === 'CONFLICT')
    return {
      status: cause.code === 'BAD_USER_INPUT' ? 400 : 409,
      refusal: { problem: 'input', field: fields[cause.field] ?? null, reason: cause.reason },
    };
  if (cause.code === 'FORBIDDEN')
    return { status: 403, refusal: { problem: 'forbidden', field: null, reason: '' } };
  if (cause.code === 'UNAUTHENTICATED')
    return { status: 401, refusal: { problem: 'login', field: null, reason: '' } };
  console.error('[web] a change could not be saved:', cause.message);
  return { status: 503, refusal: { problem: 'unavailable', field: null, reason: '' } };
}
