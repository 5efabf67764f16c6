// Every page knows its language and who is logged in (null without a session or when the API is away).
import { MeDocument } from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql } from '$lib/server/graphql';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, fetch, depends }) => {
  depends('lotse:me');
  let me = null;
  try {
    ({ me } = await executeGraphql(fetch, MeDocument, {}));
  } catch (cause) {
    if (!(cause instanceof GraphqlRequestError)) throw cause;
    console.error('[web] who is logged in could not be asked:', cause.message);
  }
  return { locale: locals.locale, me };
};
