// The network meeting report for logged-in users: period and comparison come from the query string, so a
// report can be shared, bookmarked and printed as it is; the API decides what each role may see.
import { redirect } from '@sveltejs/kit';
import { GraphqlRequestError, failPage } from '$lib/server/graphql';
import { fetchPicker, fetchReport, reportSelection } from '$lib/server/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { me } = await parent();
  if (!me) redirect(303, `/anmelden?weiter=${encodeURIComponent(url.pathname + url.search)}`);

  let picker;
  try {
    picker = await fetchPicker(fetch);
  } catch (cause) {
    failPage(cause, url, 'report picker');
  }
  const selection = reportSelection(
    url.searchParams,
    picker.today,
    picker.districts,
    me.role === 'COORDINATOR' || me.role === 'ADMIN',
  );
  const base = { today: picker.today, meetings: picker.meetings, selection, query: url.search };
  if (selection.problem) return { ...base, report: null, refused: null };
  try {
    return { ...base, report: await fetchReport(fetch, selection), refused: null };
  } catch (cause) {
    // A period or comparison the API cannot use: say why beside the form, which stays usable.
    if (
      cause instanceof GraphqlRequestError &&
      (cause.code === 'BAD_USER_INPUT' || cause.code === 'NOT_FOUND')
    )
      return { ...base, report: null, refused: cause.message };
    failPage(cause, url, 'report');
  }
};
