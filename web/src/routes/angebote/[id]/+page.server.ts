// One service: everything a counsellor needs to decide and to get in touch.
import { error } from '@sveltejs/kit';
import { ServicePageDocument } from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params }) => {
  try {
    const { service } = await executeGraphql(fetch, ServicePageDocument, { id: params.id });
    if (!service)
      error(404, { message: 'Angebot nicht gefunden / service not found', reason: 'unknownService' });
    return { service };
  } catch (cause) {
    if (!(cause instanceof GraphqlRequestError)) throw cause;
    console.error('[web] service could not be loaded:', cause.message);
    error(503, {
      message: 'Das Verzeichnis ist nicht erreichbar / directory unavailable',
      reason: 'apiUnavailable',
    });
  }
};
