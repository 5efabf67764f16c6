// The logged-in manager's caseload: open and closed cases, 50 per page.
import { redirect } from '@sveltejs/kit';
import { MyCaseloadDocument } from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql, failPage } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const after = url.searchParams.get('nach');
  try {
    const { myClients } = await executeGraphql(fetch, MyCaseloadDocument, { after });
    return { caseload: myClients, paged: after !== null };
  } catch (cause) {
    // A stale or edited cursor comes from the URL, not an outage: start from the first page.
    if (cause instanceof GraphqlRequestError && cause.code === 'BAD_USER_INPUT' && after !== null)
      redirect(303, url.pathname);
    failPage(cause, url, 'caseload');
  }
};
