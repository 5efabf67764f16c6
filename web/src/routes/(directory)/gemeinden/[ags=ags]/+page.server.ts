// One municipality's services, 50 per page; `?nach=<cursor>` continues after a page.
import { error } from '@sveltejs/kit';
import {
  MunicipalityServicesDocument,
  type MunicipalityServicesQuery,
} from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ fetch, params, parent, url }) => {
  const { municipalities } = await parent();
  const municipality = municipalities.find((m) => m.ags === params.ags);
  if (!municipality) {
    error(404, {
      message: 'Gemeinde nicht gefunden / municipality not found',
      reason: 'unknownMunicipality',
    });
  }

  return { municipality, ...(await loadServices(fetch, params.ags, url.searchParams.get('nach'))) };
};

/**
 * One page of services; `services` is null when the API failed (the page says so inline and the
 * municipality list stays usable). `paged` tells whether the page starts after a cursor.
 */
async function loadServices(
  fetch: typeof globalThis.fetch,
  municipalityAgs: string,
  after: string | null,
): Promise<{ services: MunicipalityServicesQuery['services'] | null; paged: boolean }> {
  try {
    const { services } = await executeGraphql(fetch, MunicipalityServicesDocument, {
      municipalityAgs,
      first: PAGE_SIZE,
      after,
    });
    return { services, paged: after !== null };
  } catch (cause) {
    if (!(cause instanceof GraphqlRequestError)) throw cause;
    // A stale or edited cursor comes from the URL, not an outage: start from the first page.
    if (cause.code === 'BAD_USER_INPUT' && after !== null) return loadServices(fetch, municipalityAgs, null);
    console.error('[web] services could not be loaded:', cause.message);
    return { services: null, paged: false };
  }
}
