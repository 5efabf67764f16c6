// Admins replace the approximate municipality outlines with official ones (e.g. BKG VG250 as GeoJSON in
// WGS 84). The file goes through the web server to the API's /admin/boundaries (all or nothing, audited).
import { error, fail, redirect } from '@sveltejs/kit';
import { ReportOutlinesDocument } from '$lib/graphql/__generated__/graphql';
import { executeGraphql, failPage } from '$lib/server/graphql';
import type { Actions, PageServerLoad } from './$types';

/** The API's own limit for one file (its BOUNDARY_BODY_LIMIT); said here before the upload is sent. */
const MAX_BYTES = 20 * 1024 * 1024;

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { me } = await parent();
  if (!me) redirect(303, `/anmelden?weiter=${encodeURIComponent(url.pathname)}`);
  if (me.role !== 'ADMIN') error(403, { message: 'Kein Zugriff / no access', reason: 'forbidden' });
  try {
    const { municipalities } = await executeGraphql(fetch, ReportOutlinesDocument, {});
    return {
      municipalities: municipalities.length,
      approximate: municipalities.filter((m) => m.boundaryApproximate).length,
    };
  } catch (cause) {
    failPage(cause, url, 'outline overview');
  }
};

interface ImportAnswer {
  data?: { features: number; updated: string[]; unknown: string[]; skippedWater: number };
  errors?: {
    message: string;
    extensions?: { code?: string; issues?: { field: string; message: string }[] };
  }[];
}

type Issue = { field: string; message: string };
type Problem = 'datei' | 'groesse' | 'api';
/** Every refusal has one shape, so the page can read it without guessing. */
const refused = (status: number, problem: Problem, message = '', issues: Issue[] = []) =>
  fail(status, { problem, message, issues });

export const actions: Actions = {
  default: async ({ request, fetch }) => {
    const form = await request.formData();
    const file = form.get('datei');
    if (!(file instanceof File) || file.size === 0) return refused(400, 'datei');
    if (file.size > MAX_BYTES) return refused(413, 'groesse');
    const response = await fetch('/admin/boundaries', {
      method: 'POST',
      headers: { 'content-type': 'application/geo+json' },
      body: await file.text(),
    });
    let answer: ImportAnswer;
    try {
      answer = (await response.json()) as ImportAnswer;
    } catch {
      return refused(502, 'api', `HTTP ${response.status}`);
    }
    if (answer.errors?.length || !answer.data) {
      const first = answer.errors?.[0];
      return refused(
        response.status === 200 ? 400 : response.status,
        'api',
        first?.message ?? `HTTP ${response.status}`,
        first?.extensions?.issues ?? [],
      );
    }
    return { result: answer.data, fileName: file.name };
  },
};
