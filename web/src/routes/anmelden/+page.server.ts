// Login as a form action (works without JavaScript). The API sets its session cookie on the answer,
// and SvelteKit passes it on to the browser, because the request goes through our own /graphql proxy.
import { fail, redirect } from '@sveltejs/kit';
import { LoginDocument } from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

/** Only paths of this site; anything else goes to the start page. */
const safeTarget = (value: string | null) => (value && /^\/(?!\/)[\w\-/.~%?=&]*$/.test(value) ? value : '/');

export const load: PageServerLoad = async ({ parent, url }) => {
  const { me } = await parent();
  if (me) redirect(303, safeTarget(url.searchParams.get('weiter')));
  return {};
};

export const actions: Actions = {
  default: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) return fail(400, { username, problem: 'missing' as const });
    try {
      await executeGraphql(fetch, LoginDocument, { username, password });
    } catch (cause) {
      if (!(cause instanceof GraphqlRequestError)) throw cause;
      if (cause.code === 'UNAUTHENTICATED') return fail(400, { username, problem: 'wrong' as const });
      if (cause.code === 'TOO_MANY_REQUESTS') {
        const seconds = Number(cause.errors[0]?.extensions?.['retryAfterSeconds'] ?? 30);
        return fail(429, { username, problem: 'throttled' as const, seconds });
      }
      console.error('[web] login failed:', cause.message);
      return fail(503, { username, problem: 'unavailable' as const });
    }
    redirect(303, safeTarget(url.searchParams.get('weiter')));
  },
};
