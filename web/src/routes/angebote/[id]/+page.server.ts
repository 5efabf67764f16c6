// One service: everything a counsellor needs to decide and to get in touch.
import { error } from '@sveltejs/kit';
import { ServicePageDocument } from '$lib/graphql/__generated__/graphql';
import { executeGraphql, failPage } from '$lib/server/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  let service;
  try {
    ({ service } = await executeGraphql(fetch, ServicePageDocument, { id: params.id }));
  } catch (cause) {
    failPage(cause, url, 'service');
  }
  if (!service)
    error(404, { message: 'Angebot nicht gefunden / service not found', reason: 'unknownService' });
  return { service };
};
