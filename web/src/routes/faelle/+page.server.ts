// The logged-in manager's caseload: all cases, or only the open or the closed ones, 50 per page.
import { redirect } from '@sveltejs/kit';
import { MyCaseloadDocument, type CaseStatus } from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql, failPage } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

/** `?stand=` in the URL (German, as the page's other parameters) and the API's case status. */
const FILTERS: Record<string, CaseStatus> = { offen: 'OPEN', abgeschlossen: 'CLOSED' };

export const load: PageServerLoad = async ({ fetch, url }) => {
  const after = url.searchParams.get('nach');
  const stand = url.searchParams.get('stand') ?? '';
  const status = FILTERS[stand] ?? null;
  try {
    const { myClients } = await executeGraphql(fetch, MyCaseloadDocument, { after, status });
    return { caseload: myClients, paged: after !== null, stand: status ? stand : '' };
  } catch (cause) {
    // A stale or edited cursor comes from the URL, not an outage: start from the first page.
    if (cause instanceof GraphqlRequestError && cause.code === 'BAD_USER_INPUT' && after !== null)
      redirect(303, status ? `${url.pathname}?stand=${stand}` : url.pathname);
    failPage(cause, url, 'caseload');
  }
};
