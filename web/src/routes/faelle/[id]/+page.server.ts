// One client of the logged-in manager, with referrals. Another manager's client is refused by the API
// (and audited there); without login the visitor is sent to the login first.
import { fail } from '@sveltejs/kit';
import {
  ClientPageDocument,
  MoveReferralDocument,
  type DeclineReason,
  type ReferralOutcome,
  type ReferralStatus,
} from '$lib/graphql/__generated__/graphql';
import { GraphqlRequestError, executeGraphql, failPage } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  try {
    const { client } = await executeGraphql(fetch, ClientPageDocument, { id: params.id });
    return { client, referredTo: url.searchParams.get('weitergeleitet') };
  } catch (cause) {
    failPage(cause, url, 'client');
  }
};

export const actions: Actions = {
  /** Moves a referral one step; the API allows only the valid next steps and names the current status. */
  status: async ({ request, fetch }) => {
    const form = await request.formData();
    const id = String(form.get('referralId') ?? '');
    const status = String(form.get('status') ?? '') as ReferralStatus;
    const reason = String(form.get('reason') ?? '');
    const outcome = String(form.get('outcome') ?? '');
    try {
      await executeGraphql(fetch, MoveReferralDocument, {
        id,
        move: {
          status,
          ...(status === 'DECLINED' && reason ? { reason: reason as DeclineReason } : {}),
          ...(status === 'CLOSED' && outcome ? { outcome: outcome as ReferralOutcome } : {}),
        },
      });
      return { movedId: id };
    } catch (cause) {
      if (!(cause instanceof GraphqlRequestError)) throw cause;
      if (cause.code === 'BAD_USER_INPUT') {
        const field = String(cause.errors[0]?.extensions?.field ?? '');
        const problem = field === 'move.reason' ? 'reason' : field === 'move.outcome' ? 'outcome' : 'step';
        return fail(400, { referralId: id, problem });
      }
      if (cause.code === 'FORBIDDEN' || cause.code === 'UNAUTHENTICATED')
        return fail(403, { referralId: id, problem: 'forbidden' });
      console.error('[web] referral could not be moved:', cause.message);
      return fail(503, { referralId: id, problem: 'unavailable' });
    }
  },
};
