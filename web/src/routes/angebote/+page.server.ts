// The public directory: services filtered by the query string, 50 per page for the list and all of them
// for the map. A filter value that makes no sense is dropped with a note naming it, never an error page.
import {
  DirectoryPageDocument,
  type DirectoryPageQuery,
  type ServiceFilter,
} from '$lib/graphql/__generated__/graphql';
import { COUNSELLING_LANGUAGES, isNeedCategory } from '$lib/i18n';
import { GraphqlRequestError, executeGraphql, failPage } from '$lib/server/graphql';
import { mapTiles } from '$lib/server/map';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

/** The query-string names of the filters (German, as users see them in the address bar). */
export type FilterField = 'kategorie' | 'gemeinde' | 'sprache';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const query = url.searchParams;
  const ignored: FilterField[] = [];
  const category = query.get('kategorie') || null;
  const ags = query.get('gemeinde') || null;
  const language = query.get('sprache') || null;
  const filter: ServiceFilter = {
    openNow: query.get('offen') === '1',
    remote: query.get('fern') === '1',
    barrierFree: query.get('barrierefrei') === '1',
  };
  if (category !== null) {
    if (isNeedCategory(category)) filter.category = category;
    else ignored.push('kategorie');
  }
  if (ags !== null) {
    if (/^\d{8}$/.test(ags)) filter.municipalityAgs = ags;
    else ignored.push('gemeinde');
  }
  if (language !== null) {
    if (/^[a-z]{2,3}$/.test(language)) filter.language = language;
    else ignored.push('sprache');
  }

  const after = query.get('nach');
  const result = await loadDirectory(fetch, url, filter, after);
  if (ags !== null && filter.municipalityAgs && !result.municipalities.some((m) => m.ags === ags)) {
    ignored.push('gemeinde');
    delete filter.municipalityAgs;
    Object.assign(result, await loadDirectory(fetch, url, filter, after));
  }
  return {
    ...result,
    filter: {
      category: filter.category ?? '',
      ags: filter.municipalityAgs ?? '',
      language: filter.language ?? '',
      openNow: filter.openNow === true,
      remote: filter.remote === true,
      barrierFree: filter.barrierFree === true,
    },
    languages: [...new Set([...COUNSELLING_LANGUAGES, 'de', ...(filter.language ? [filter.language] : [])])],
    ignored,
    paged: result.after !== null,
    tiles: mapTiles(),
  };
};

async function loadDirectory(
  fetch: typeof globalThis.fetch,
  url: URL,
  filter: ServiceFilter,
  after: string | null,
): Promise<DirectoryPageQuery & { after: string | null }> {
  try {
    return {
      ...(await executeGraphql(fetch, DirectoryPageDocument, { filter, first: PAGE_SIZE, after })),
      after,
    };
  } catch (cause) {
    // A stale or edited cursor comes from the URL, not an outage: start from the first page.
    if (cause instanceof GraphqlRequestError && cause.code === 'BAD_USER_INPUT' && after !== null)
      return loadDirectory(fetch, url, filter, null);
    failPage(cause, url, 'directory');
  }
}
