// Every directory page shows the municipalities; this load does not rerun when only the chosen one changes.
import { error } from '@sveltejs/kit';
import { MunicipalitiesDocument } from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql } from '$lib/server/graphql';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ fetch }) => {
  try {
    const { municipalities } = await executeGraphql(fetch, MunicipalitiesDocument, {});
    return { municipalities };
  } catch (cause) {
    if (!(cause instanceof GraphqlRequestError)) throw cause;
    console.error('[web] municipalities could not be loaded:', cause.message);
    error(503, {
      message: 'Das Verzeichnis ist nicht erreichbar / directory unavailable',
      reason: 'apiUnavailable',
    });
  }
};
