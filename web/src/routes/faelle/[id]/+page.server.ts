// One client of the logged-in manager, with referrals. Another manager's client is refused by the API
// (and audited there); without login the visitor is sent to the login first.
import { error, redirect } from '@sveltejs/kit';
import { ClientPageDocument } from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  try {
    const { client } = await executeGraphql(fetch, ClientPageDocument, { id: params.id });
    return { client, referredTo: url.searchParams.get('weitergeleitet') };
  } catch (cause) {
    if (!(cause instanceof GraphqlRequestError)) throw cause;
    if (cause.code === 'UNAUTHENTICATED')
      redirect(303, `/anmelden?weiter=${encodeURIComponent(url.pathname)}`);
    if (cause.code === 'FORBIDDEN') error(403, { message: 'Kein Zugriff / no access', reason: 'forbidden' });
    if (cause.code === 'NOT_FOUND')
      error(404, { message: 'Fall nicht gefunden / case not found', reason: 'notFound' });
    console.error('[web] client could not be loaded:', cause.message);
    error(503, { message: 'Lotse ist nicht erreichbar / unavailable', reason: 'apiUnavailable' });
  }
};
