// One client of the logged-in manager: referrals, consultations, integration-plan goals, case closure.
// Another manager's client is refused by the API (and audited there); without login the visitor is sent
// to the login first. New records redirect after success, so reloading the page does not record twice.
import { fail, redirect } from '@sveltejs/kit';
import {
  AddGoalDocument,
  ClientPageDocument,
  CloseCaseDocument,
  MoveReferralDocument,
  RecordConsultationDocument,
  UpdateGoalDocument,
  type ConsultationTopic,
  type DeclineReason,
  type GoalArea,
  type GoalStatus,
  type ReferralOutcome,
  type ReferralStatus,
} from '$lib/graphql/__generated__/graphql';
import { CASE_OUTCOMES } from '$lib/i18n';
import { berlinInstant, berlinWallClock } from '$lib/server/berlin-time';
import { GraphqlRequestError, executeGraphql, failPage } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

/** What `?erledigt=` says was just done (after the redirect of a successful form). */
const DONE = ['beratung', 'ziel', 'ziel-stand', 'abschluss'] as const;
type Done = (typeof DONE)[number];

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  try {
    const { client } = await executeGraphql(fetch, ClientPageDocument, { id: params.id });
    const done = url.searchParams.get('erledigt');
    return {
      client,
      referredTo: url.searchParams.get('weitergeleitet'),
      done: DONE.includes(done as Done) ? (done as Done) : null,
      now: berlinWallClock(Date.now()),
    };
  } catch (cause) {
    failPage(cause, url, 'client');
  }
};

/**
 * The answer to a refused change: the API's field becomes the problem the page names (BAD_USER_INPUT),
 * a CONFLICT says the page was out of date, FORBIDDEN is 403; anything else is an outage (503).
 */
function refused(
  cause: unknown,
  form: string,
  fields: Record<string, string>,
  values: Record<string, unknown> = {},
) {
  if (!(cause instanceof GraphqlRequestError)) throw cause;
  const field = String(cause.errors[0]?.extensions?.field ?? '');
  if (cause.code === 'BAD_USER_INPUT')
    return fail(400, { form, problem: fields[field] ?? 'input', ...values });
  if (cause.code === 'CONFLICT' || cause.code === 'NOT_FOUND')
    return fail(409, {
      form,
      problem: field === 'clientId' || field === 'id' ? 'closed' : 'conflict',
      ...values,
    });
  if (cause.code === 'FORBIDDEN' || cause.code === 'UNAUTHENTICATED')
    return fail(403, { form, problem: 'forbidden', ...values });
  console.error(`[web] ${form} could not be saved:`, cause.message);
  return fail(503, { form, problem: 'unavailable', ...values });
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

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

  consultation: async ({ request, fetch, params, url }) => {
    const form = await request.formData();
    const values = {
      date: text(form, 'date'),
      time: text(form, 'time'),
      topics: form.getAll('topics').map(String),
    };
    const at = berlinInstant(values.date, values.time);
    if (at === null) return fail(400, { form: 'consultation', problem: 'at', ...values });
    try {
      await executeGraphql(fetch, RecordConsultationDocument, {
        input: {
          clientId: params.id,
          at: new Date(at).toISOString(),
          topics: values.topics as ConsultationTopic[],
        },
      });
    } catch (cause) {
      return refused(cause, 'consultation', { 'input.at': 'at', 'input.topics': 'topics' }, values);
    }
    redirect(303, `${url.pathname}?erledigt=beratung#consultations-heading`);
  },

  goal: async ({ request, fetch, params, url }) => {
    const form = await request.formData();
    const values = { area: text(form, 'area'), text: text(form, 'text'), dueOn: text(form, 'dueOn') };
    if (!values.area) return fail(400, { form: 'goal', problem: 'area', ...values });
    try {
      await executeGraphql(fetch, AddGoalDocument, {
        clientId: params.id,
        input: { area: values.area as GoalArea, text: values.text, dueOn: values.dueOn || null },
      });
    } catch (cause) {
      return refused(
        cause,
        'goal',
        { 'input.area': 'area', 'input.text': 'text', 'input.dueOn': 'dueOn' },
        values,
      );
    }
    redirect(303, `${url.pathname}?erledigt=ziel#goals-heading`);
  },

  goalStatus: async ({ request, fetch, params, url }) => {
    const form = await request.formData();
    const goalId = text(form, 'goalId');
    try {
      await executeGraphql(fetch, UpdateGoalDocument, {
        clientId: params.id,
        goalId,
        patch: { status: text(form, 'status') as GoalStatus },
      });
    } catch (cause) {
      return refused(cause, 'goalStatus', {}, { goalId });
    }
    redirect(303, `${url.pathname}?erledigt=ziel-stand#goals-heading`);
  },

  close: async ({ request, fetch, params, url }) => {
    const form = await request.formData();
    const values = { closedOn: text(form, 'closedOn'), outcome: text(form, 'outcome') };
    // The page offers a closed list (CASE_OUTCOMES), so closures can be counted by how they ended.
    if (!(values.outcome in CASE_OUTCOMES))
      return fail(400, { form: 'close', problem: 'outcome', ...values });
    if (form.get('confirm') !== 'yes') return fail(400, { form: 'close', problem: 'confirm', ...values });
    try {
      await executeGraphql(fetch, CloseCaseDocument, { id: params.id, input: values });
    } catch (cause) {
      return refused(cause, 'close', { 'input.closedOn': 'closedOn', 'input.outcome': 'outcome' }, values);
    }
    redirect(303, `${url.pathname}?erledigt=abschluss`);
  },
};
