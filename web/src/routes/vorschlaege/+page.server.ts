// Suggestions: the form is a GET (shareable, back button works); a referral is a POST action that needs
// the client's consent. Without login, suggestions start from a municipality only.
import { fail, redirect } from '@sveltejs/kit';
import {
  MyOpenClientsDocument,
  ReferFromSuggestionDocument,
  SuggestPickerDocument,
  SuggestServicesDocument,
  type SuggestInput,
} from '$lib/graphql/__generated__/graphql';
import { COUNSELLING_LANGUAGES } from '$lib/i18n';
import { languageNamedIn } from '$lib/language-words';
import { resolvePlace } from '$lib/place';
import { mapTiles } from '$lib/server/map';
import { GraphqlRequestError, executeGraphql, failPage } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

const DISTANCES = [10, 20, 30, 50, 100] as const;

/** `punkt=48.41,9.78` (from a click on the map); anything else is no point. */
function parsePoint(value: string | null): { lat: number; lon: number } | null {
  const match = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(value ?? '');
  if (!match) return null;
  const [lat, lon] = [Number(match[1]), Number(match[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { me } = await parent();
  const params = url.searchParams;
  const query = {
    need: params.get('bedarf')?.trim() ?? '',
    clientId: params.get('fall') ?? '',
    ags: params.get('gemeinde') ?? '',
    point: parsePoint(params.get('punkt')),
    language: params.get('sprache') ?? '',
    maxKm: DISTANCES.find((d) => String(d) === params.get('umkreis')) ?? 30,
    barrierFree: params.get('barrierefrei') === 'ja',
    remoteOnly: params.get('fern') === 'ja',
  };
  // A language named in the need ("Schwangerschaftsberatung arabisch") is asked for when none is chosen;
  // the language field stays as chosen, so the next search reads the need again.
  const languageFromText =
    query.need && !query.language ? languageNamedIn(query.need, COUNSELLING_LANGUAGES) : null;
  let picker;
  let clients: { id: string; caseCode: string; languages: string[]; municipality: { name: string } }[] = [];
  try {
    picker = await executeGraphql(fetch, SuggestPickerDocument, {});
    if (me?.role === 'MANAGER')
      clients = (await executeGraphql(fetch, MyOpenClientsDocument, {})).myClients.edges.map((e) => e.node);
  } catch (cause) {
    failPage(cause, url, 'suggestion form');
  }
  // "Wo?" typed on the start page: a municipality's name or an address naming one.
  const placeText = params.get('ort')?.trim() ?? '';
  let place: { text: string; resolvedTo: string | null; candidates: string[] } | null = null;
  if (placeText && !query.ags && !query.point && !query.clientId) {
    const match = resolvePlace(placeText, picker.municipalities);
    if (match.kind === 'found') query.ags = match.place.ags;
    place = {
      text: placeText,
      resolvedTo: match.kind === 'found' ? match.place.name : null,
      candidates: match.kind === 'ambiguous' ? match.candidates.map((p) => p.name) : [],
    };
  }
  const base = {
    place,
    languageFromText,
    municipalities: picker.municipalities,
    clients,
    distances: DISTANCES,
    query,
    tiles: mapTiles(),
  };
  // A case comes first, then a point chosen on the map, then the municipality picked in "Wo?".
  const origin = query.clientId
    ? { clientId: query.clientId }
    : query.point
      ? { point: query.point }
      : query.ags
        ? { municipalityAgs: query.ags }
        : null;
  if (!query.need) return { ...base, result: null, problem: null };
  if (!origin) return { ...base, result: null, problem: 'origin' as const };
  const caseLanguages = query.clientId ? clients.find((c) => c.id === query.clientId)?.languages : undefined;
  const input: SuggestInput = {
    need: query.need,
    origin,
    maxKm: query.maxKm,
    barrierFree: query.barrierFree,
    remoteOnly: query.remoteOnly,
    ...(query.language
      ? { languages: [query.language] }
      : languageFromText
        ? // From a case: the named language first, and the client's own languages still count.
          { languages: [...new Set([languageFromText.code, ...(caseLanguages ?? [])])] }
        : {}),
  };
  try {
    const { suggestServices } = await executeGraphql(fetch, SuggestServicesDocument, { input });
    return { ...base, result: suggestServices, problem: null };
  } catch (cause) {
    if (!(cause instanceof GraphqlRequestError)) throw cause;
    if (cause.code === 'BAD_USER_INPUT' && cause.errors[0]?.extensions?.field === 'input.need')
      return { ...base, result: null, problem: 'need' as const };
    if (cause.code === 'UNAUTHENTICATED' || cause.code === 'FORBIDDEN') failPage(cause, url, 'suggestions');
    console.error('[web] suggestions could not be loaded:', cause.message);
    return { ...base, result: null, problem: 'unavailable' as const };
  }
};

export const actions: Actions = {
  weiterleiten: async ({ request, fetch }) => {
    const form = await request.formData();
    const clientId = String(form.get('clientId') ?? '');
    const serviceId = String(form.get('serviceId') ?? '');
    const need = String(form.get('need') ?? '');
    const consentToShare = form.get('consent') === 'ja';
    if (!consentToShare) return fail(400, { serviceId, problem: 'consent' as const, detail: '' });
    try {
      await executeGraphql(fetch, ReferFromSuggestionDocument, {
        input: { clientId, serviceId, need, consentToShare, status: 'PLANNED' },
      });
    } catch (cause) {
      if (!(cause instanceof GraphqlRequestError)) throw cause;
      if (cause.code === 'BAD_USER_INPUT')
        return fail(400, { serviceId, problem: 'refused' as const, detail: cause.message });
      if (cause.code === 'FORBIDDEN' || cause.code === 'UNAUTHENTICATED')
        return fail(403, { serviceId, problem: 'forbidden' as const, detail: '' });
      console.error('[web] referral failed:', cause.message);
      return fail(503, { serviceId, problem: 'unavailable' as const, detail: '' });
    }
    redirect(303, `/faelle/${encodeURIComponent(clientId)}?weitergeleitet=${encodeURIComponent(serviceId)}`);
  },
};
