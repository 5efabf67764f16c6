// The logged-in manager's caseload: open and closed cases, 50 per page.
import { error, redirect } from '@sveltejs/kit';
import { MyCaseloadDocument } from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const after = url.searchParams.get('nach');
  try {
    const { myClients } = await executeGraphql(fetch, MyCaseloadDocument, { after });
    return { caseload: myClients, paged: after !== null };
  } catch (cause) {
    if (!(cause instanceof GraphqlRequestError)) throw cause;
    if (cause.code === 'UNAUTHENTICATED')
      redirect(303, `/anmelden?weiter=${encodeURIComponent(url.pathname)}`);
    if (cause.code === 'FORBIDDEN') error(403, { message: 'Kein Zugriff / no access', reason: 'forbidden' });
    if (cause.code === 'BAD_USER_INPUT' && after !== null) redirect(303, url.pathname);
    console.error('[web] caseload could not be loaded:', cause.message);
    error(503, { message: 'Lotse ist nicht erreichbar / unavailable', reason: 'apiUnavailable' });
  }
};
