// The network map for logged-in users: scope, period and kinds come from the query string (shareable,
// back button works); coordinators and admins record contacts, add organisations and merge duplicates.
import { fail, redirect } from '@sveltejs/kit';
import {
  NetworkCreateOrganizationDocument,
  NetworkMergeOrganizationsDocument,
  NetworkPageDocument,
  NetworkPickerDocument,
  NetworkRecordContactDocument,
  NetworkUpdateOrganizationDocument,
  NetworkWarmDocument,
  type ActorLabel,
  type ContactChannel,
  type NetworkPageQueryVariables,
  type NetworkScope,
  type OrganizationKind,
} from '$lib/graphql/__generated__/graphql';
import { CONTACT_CHANNELS, isNetworkActorKind } from '$lib/i18n';
import { berlinInstant } from '$lib/server/berlin-time';
import { graphqlBody } from '$lib/graphql/client';
import { executeGraphql, failPage, formRefusal } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day a year before `day` plus one: a period of twelve months ending on `day`. */
function yearBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** `ORGANIZATION:<id>` or `MANAGER:<id>`, the node keys of the map. */
function parseKey(key: string | null): { label: ActorLabel; id: string } | null {
  const match = /^(ORGANIZATION|MANAGER):(.{1,100})$/.exec(key ?? '');
  return match ? { label: match[1] as ActorLabel, id: match[2]! } : null;
}

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { me } = await parent();
  if (!me) redirect(303, `/anmelden?weiter=${encodeURIComponent(url.pathname + url.search)}`);

  const params = url.searchParams;
  let picker;
  try {
    picker = await executeGraphql(fetch, NetworkPickerDocument, {});
  } catch (cause) {
    failPage(cause, url, 'network picker');
  }
  const to = DAY.test(params.get('bis') ?? '') ? params.get('bis')! : picker.today;
  const from = DAY.test(params.get('von') ?? '') ? params.get('von')! : yearBefore(to);
  const known = new Set(picker.municipalities.map((m) => m.ags));
  const places = params.getAll('gemeinde').filter((ags) => known.has(ags));
  const ego = parseKey(params.get('akteur'));
  const steps = params.get('schritte') === '2' ? 2 : 1;
  const kinds = params.getAll('art').filter(isNetworkActorKind);

  const scope: NetworkScope = ego
    ? { ego, steps }
    : places.length
      ? { municipalityAgs: places }
      : { district: true };
  const selection = {
    from,
    to,
    places,
    ego: ego ? `${ego.label}:${ego.id}` : null,
    steps,
    kinds,
    /** Where positions of this map are remembered in the browser. */
    layoutKey: ego
      ? `ego:${ego.label}:${ego.id}:${steps}`
      : places.length
        ? `m:${places.join(',')}`
        : 'district',
  };
  const base = {
    municipalities: picker.municipalities,
    today: picker.today,
    selection,
    canEdit: me.role === 'COORDINATOR' || me.role === 'ADMIN',
    channels: CONTACT_CHANNELS,
  };
  // The network itself loads in the browser (+page.svelte): a map of 2,000 actors is a megabyte of JSON
  // that server rendering would send twice (HTML and hydration data) before anything is drawn. The page's
  // head starts that request before the app has started (static/netzwerk-vorab.js), with this body.
  const request = {
    scope,
    period: { from, to },
    kinds: kinds.length ? kinds : null,
  } satisfies NetworkPageQueryVariables;
  // The API starts computing the map now; the browser's request finds it under way or kept. Its answer
  // (one number) and its errors are not needed: the browser's request reports them.
  executeGraphql(fetch, NetworkWarmDocument, request).catch(() => undefined);
  return { ...base, request, earlyBody: graphqlBody(NetworkPageDocument, request) };
};

/** An organisation's fields as the API names them below `root` (input or patch), and as the forms do. */
const ORGANISATION_FIELDS = (root: string): Record<string, string> =>
  Object.fromEntries(
    ['name', 'kind', 'municipalityAgs', 'address', 'phone', 'email', 'website'].map((field) => [
      `${root}.${field}`,
      field,
    ]),
  );

/** A refused change: the form's field as the page names it (`fields` maps the API's paths), and why. */
const refused = <Action extends string, Values extends object = object>(
  action: Action,
  cause: unknown,
  fields: Record<string, string>,
  values?: Values,
) => {
  const { status, refusal } = formRefusal(cause, fields);
  return fail(status, { action, ...refusal, ...values });
};

/** A field the page checked itself before asking the API. */
const missing = <Action extends string, Values extends object = object>(
  action: Action,
  field: string,
  values?: Values,
) => fail(400, { action, problem: 'input' as const, field, reason: '', ...values });

export const actions: Actions = {
  /** A contact between two actors of the map (coordinators and admins for anybody; the API decides). */
  kontakt: async ({ request, fetch }) => {
    const form = await request.formData();
    const from = parseKey(String(form.get('from') ?? ''));
    const to = parseKey(String(form.get('to') ?? ''));
    const at = berlinInstant(String(form.get('date') ?? ''), '12:00');
    const channel = String(form.get('channel') ?? '') as ContactChannel;
    const topic = String(form.get('topic') ?? '').trim();
    if (!from || !to) return missing('kontakt', 'to');
    if (at === null) return missing('kontakt', 'date');
    if (!CONTACT_CHANNELS.includes(channel)) return missing('kontakt', 'channel');
    try {
      await executeGraphql(fetch, NetworkRecordContactDocument, {
        input: { from, to, at: new Date(at).toISOString(), channel, ...(topic ? { topic } : {}) },
      });
      return { action: 'kontakt' as const, saved: true };
    } catch (cause) {
      return refused('kontakt', cause, {
        // The partner chosen under "mit" (the actor itself is the panel's, not a field of the form).
        'input.to': 'to',
        'input.to.id': 'to',
        'input.toId': 'to',
        'input.at': 'date',
        'input.channel': 'channel',
        'input.topic': 'topic',
      });
    }
  },

  organisation: async ({ request, fetch }) => {
    const form = await request.formData();
    const name = String(form.get('name') ?? '').trim();
    const kind = String(form.get('kind') ?? '') as OrganizationKind;
    const municipalityAgs = String(form.get('municipalityAgs') ?? '');
    const address = String(form.get('address') ?? '').trim();
    if (!name) return missing('organisation', 'name');
    try {
      const { createOrganization } = await executeGraphql(fetch, NetworkCreateOrganizationDocument, {
        input: { name, kind, municipalityAgs, ...(address ? { address } : {}) },
      });
      return { action: 'organisation' as const, created: createOrganization.name };
    } catch (cause) {
      return refused('organisation', cause, ORGANISATION_FIELDS('input'));
    }
  },

  /** Changes an organisation from the side panel: every field is sent, so an emptied field is cleared. */
  bearbeiten: async ({ request, fetch }) => {
    const form = await request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    if (!text('name')) return missing('bearbeiten', 'name');
    try {
      const { updateOrganization } = await executeGraphql(fetch, NetworkUpdateOrganizationDocument, {
        id: text('id'),
        patch: {
          name: text('name'),
          kind: text('kind') as OrganizationKind,
          municipalityAgs: text('municipalityAgs'),
          address: text('address'),
          phone: text('phone'),
          email: text('email'),
          website: text('website'),
        },
      });
      return { action: 'bearbeiten' as const, saved: updateOrganization.name };
    } catch (cause) {
      return refused('bearbeiten', cause, { ...ORGANISATION_FIELDS('patch'), id: 'id' });
    }
  },

  /**
   * Merging is two steps: a preview of what moves, then the same form with apply=ja. The answer carries
   * the pair, so the page keeps it chosen and offers "apply" only for the pair it previewed.
   */
  zusammenfuehren: async ({ request, fetch }) => {
    const form = await request.formData();
    const keepId = String(form.get('keepId') ?? '');
    const mergeId = String(form.get('mergeId') ?? '');
    const apply = form.get('apply') === 'ja';
    const pair = { keepId, mergeId };
    if (!mergeId) return missing('zusammenfuehren', 'mergeId', pair);
    if (!keepId) return missing('zusammenfuehren', 'keepId', pair);
    if (keepId === mergeId) return missing('zusammenfuehren', 'same', pair);
    try {
      const { mergeOrganizations } = await executeGraphql(fetch, NetworkMergeOrganizationsDocument, {
        keepId,
        mergeId,
        apply,
      });
      return { action: 'zusammenfuehren' as const, merge: mergeOrganizations, ...pair };
    } catch (cause) {
      return refused('zusammenfuehren', cause, { keepId: 'keepId', mergeId: 'mergeId' }, pair);
    }
  },
};
