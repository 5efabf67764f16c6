// Logout ends the session on the server (the API forgets it and clears the cookie).
import { redirect } from '@sveltejs/kit';
import { LogoutDocument } from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ fetch }) => {
    try {
      await executeGraphql(fetch, LogoutDocument, {});
    } catch (cause) {
      if (!(cause instanceof GraphqlRequestError)) throw cause;
      console.error('[web] logout failed:', cause.message);
    }
    redirect(303, '/');
  },
};
